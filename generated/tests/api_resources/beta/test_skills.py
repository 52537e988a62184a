# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.beta.skill_create_response import SkillCreateResponse
from anthropic.types.beta.skill_delete_response import SkillDeleteResponse
from anthropic.types.beta.skill_list_response import SkillListResponse
from anthropic.types.beta.skill_retrieve_response import SkillRetrieveResponse

pytestmark = pytest.mark.prism


def test_create(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.create()
    assert_matches_type(SkillCreateResponse, result)


def test_create_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.create(
        betas=["string"], display_title="string", files=[("sample.txt", b"sample file contents", "text/plain")]
    )
    assert_matches_type(SkillCreateResponse, result)


def test_create_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.create()
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(SkillCreateResponse, parsed)


def test_create_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.create() as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(SkillCreateResponse, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_create(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.create()
    assert_matches_type(SkillCreateResponse, result)


@pytest.mark.anyio
async def test_async_create_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.create(
        betas=["string"], display_title="string", files=[("sample.txt", b"sample file contents", "text/plain")]
    )
    assert_matches_type(SkillCreateResponse, result)


@pytest.mark.anyio
async def test_async_create_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.create()
    parsed = response.parse()
    assert_matches_type(SkillCreateResponse, parsed)


@pytest.mark.anyio
async def test_async_create_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.create() as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(SkillCreateResponse, parsed)

    assert response.is_closed


def test_retrieve(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.retrieve("string")
    assert_matches_type(SkillRetrieveResponse, result)


def test_retrieve_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.retrieve("string", betas=["string"])
    assert_matches_type(SkillRetrieveResponse, result)


def test_retrieve_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.retrieve("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(SkillRetrieveResponse, parsed)


def test_retrieve_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.retrieve("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(SkillRetrieveResponse, parsed)

    assert response.is_closed


def test_retrieve_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.skills.retrieve("")


@pytest.mark.anyio
async def test_async_retrieve(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.retrieve("string")
    assert_matches_type(SkillRetrieveResponse, result)


@pytest.mark.anyio
async def test_async_retrieve_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.retrieve("string", betas=["string"])
    assert_matches_type(SkillRetrieveResponse, result)


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.retrieve("string")
    parsed = response.parse()
    assert_matches_type(SkillRetrieveResponse, parsed)


@pytest.mark.anyio
async def test_async_retrieve_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.retrieve("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(SkillRetrieveResponse, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.skills.retrieve("")


def test_list(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.list()
    for item in result.data:
        assert_matches_type(SkillListResponse, item)


def test_list_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.list(page="string", limit=20, source="string", betas=["string"])
    for item in result.data:
        assert_matches_type(SkillListResponse, item)


def test_list_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.list()
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(SkillListResponse, item)


def test_list_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.list() as response:
        assert not response.is_closed
        parsed = response.parse()
        for item in parsed.data:
            assert_matches_type(SkillListResponse, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_list(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.list()
    for item in result.data:
        assert_matches_type(SkillListResponse, item)


@pytest.mark.anyio
async def test_async_list_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.list(page="string", limit=20, source="string", betas=["string"])
    for item in result.data:
        assert_matches_type(SkillListResponse, item)


@pytest.mark.anyio
async def test_async_list_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.list()
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(SkillListResponse, item)


@pytest.mark.anyio
async def test_async_list_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.list() as response:
        assert not response.is_closed
        parsed = await response.parse()
        for item in parsed.data:
            assert_matches_type(SkillListResponse, item)

    assert response.is_closed


def test_delete(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.delete("string")
    assert_matches_type(SkillDeleteResponse, result)


def test_delete_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.delete("string", betas=["string"])
    assert_matches_type(SkillDeleteResponse, result)


def test_delete_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.delete("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(SkillDeleteResponse, parsed)


def test_delete_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.delete("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(SkillDeleteResponse, parsed)

    assert response.is_closed


def test_delete_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.skills.delete("")


@pytest.mark.anyio
async def test_async_delete(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.delete("string")
    assert_matches_type(SkillDeleteResponse, result)


@pytest.mark.anyio
async def test_async_delete_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.delete("string", betas=["string"])
    assert_matches_type(SkillDeleteResponse, result)


@pytest.mark.anyio
async def test_async_delete_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.delete("string")
    parsed = response.parse()
    assert_matches_type(SkillDeleteResponse, parsed)


@pytest.mark.anyio
async def test_async_delete_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.delete("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(SkillDeleteResponse, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_delete_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.skills.delete("")

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.beta.skills.version_create_response import VersionCreateResponse
from anthropic.types.beta.skills.version_delete_response import VersionDeleteResponse
from anthropic.types.beta.skills.version_list_response import VersionListResponse
from anthropic.types.beta.skills.version_retrieve_response import VersionRetrieveResponse

pytestmark = pytest.mark.prism


def test_create(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.create("string")
    assert_matches_type(VersionCreateResponse, result)


def test_create_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.create(
        "string", betas=["string"], files=[("sample.txt", b"sample file contents", "text/plain")]
    )
    assert_matches_type(VersionCreateResponse, result)


def test_create_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.versions.create("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(VersionCreateResponse, parsed)


def test_create_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.versions.create("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(VersionCreateResponse, parsed)

    assert response.is_closed


def test_create_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.skills.versions.create("")


@pytest.mark.anyio
async def test_async_create(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.create("string")
    assert_matches_type(VersionCreateResponse, result)


@pytest.mark.anyio
async def test_async_create_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.create(
        "string", betas=["string"], files=[("sample.txt", b"sample file contents", "text/plain")]
    )
    assert_matches_type(VersionCreateResponse, result)


@pytest.mark.anyio
async def test_async_create_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.versions.create("string")
    parsed = response.parse()
    assert_matches_type(VersionCreateResponse, parsed)


@pytest.mark.anyio
async def test_async_create_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.versions.create("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(VersionCreateResponse, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_create_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.skills.versions.create("")


def test_retrieve(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.retrieve("string", skill_id="string")
    assert_matches_type(VersionRetrieveResponse, result)


def test_retrieve_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.retrieve("string", skill_id="string", betas=["string"])
    assert_matches_type(VersionRetrieveResponse, result)


def test_retrieve_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.versions.retrieve("string", skill_id="string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(VersionRetrieveResponse, parsed)


def test_retrieve_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.versions.retrieve("string", skill_id="string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(VersionRetrieveResponse, parsed)

    assert response.is_closed


def test_retrieve_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.skills.versions.retrieve("", skill_id="string")


@pytest.mark.anyio
async def test_async_retrieve(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.retrieve("string", skill_id="string")
    assert_matches_type(VersionRetrieveResponse, result)


@pytest.mark.anyio
async def test_async_retrieve_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.retrieve("string", skill_id="string", betas=["string"])
    assert_matches_type(VersionRetrieveResponse, result)


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.versions.retrieve("string", skill_id="string")
    parsed = response.parse()
    assert_matches_type(VersionRetrieveResponse, parsed)


@pytest.mark.anyio
async def test_async_retrieve_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.versions.retrieve("string", skill_id="string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(VersionRetrieveResponse, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.skills.versions.retrieve("", skill_id="string")


def test_list(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.list("string")
    for item in result.data:
        assert_matches_type(VersionListResponse, item)


def test_list_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.list("string", page="string", limit=1, betas=["string"])
    for item in result.data:
        assert_matches_type(VersionListResponse, item)


def test_list_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.versions.list("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(VersionListResponse, item)


def test_list_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.versions.list("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        for item in parsed.data:
            assert_matches_type(VersionListResponse, item)

    assert response.is_closed


def test_list_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.skills.versions.list("")


@pytest.mark.anyio
async def test_async_list(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.list("string")
    for item in result.data:
        assert_matches_type(VersionListResponse, item)


@pytest.mark.anyio
async def test_async_list_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.list("string", page="string", limit=1, betas=["string"])
    for item in result.data:
        assert_matches_type(VersionListResponse, item)


@pytest.mark.anyio
async def test_async_list_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.versions.list("string")
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(VersionListResponse, item)


@pytest.mark.anyio
async def test_async_list_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.versions.list("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        for item in parsed.data:
            assert_matches_type(VersionListResponse, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_list_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.skills.versions.list("")


def test_delete(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.delete("string", skill_id="string")
    assert_matches_type(VersionDeleteResponse, result)


def test_delete_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.skills.versions.delete("string", skill_id="string", betas=["string"])
    assert_matches_type(VersionDeleteResponse, result)


def test_delete_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.skills.versions.delete("string", skill_id="string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(VersionDeleteResponse, parsed)


def test_delete_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.skills.versions.delete("string", skill_id="string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(VersionDeleteResponse, parsed)

    assert response.is_closed


def test_delete_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.skills.versions.delete("", skill_id="string")


@pytest.mark.anyio
async def test_async_delete(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.delete("string", skill_id="string")
    assert_matches_type(VersionDeleteResponse, result)


@pytest.mark.anyio
async def test_async_delete_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.skills.versions.delete("string", skill_id="string", betas=["string"])
    assert_matches_type(VersionDeleteResponse, result)


@pytest.mark.anyio
async def test_async_delete_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.skills.versions.delete("string", skill_id="string")
    parsed = response.parse()
    assert_matches_type(VersionDeleteResponse, parsed)


@pytest.mark.anyio
async def test_async_delete_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.skills.versions.delete("string", skill_id="string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(VersionDeleteResponse, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_delete_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.skills.versions.delete("", skill_id="string")

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.model_info import ModelInfo

pytestmark = pytest.mark.prism


def test_retrieve(client: Any) -> None:
    client = client
    result = client.models.retrieve("string")
    assert_matches_type(ModelInfo, result)


def test_retrieve_with_all_params(client: Any) -> None:
    client = client
    result = client.models.retrieve("string", betas=["string"])
    assert_matches_type(ModelInfo, result)


def test_retrieve_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.models.retrieve("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(ModelInfo, parsed)


def test_retrieve_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.models.retrieve("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(ModelInfo, parsed)

    assert response.is_closed


def test_retrieve_empty_path_param(client: Any) -> None:
    client = client
    with pytest.raises(ValueError, match="non-empty"):
        client.models.retrieve("")


@pytest.mark.anyio
async def test_async_retrieve(async_client: Any) -> None:
    client = async_client
    result = await client.models.retrieve("string")
    assert_matches_type(ModelInfo, result)


@pytest.mark.anyio
async def test_async_retrieve_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.models.retrieve("string", betas=["string"])
    assert_matches_type(ModelInfo, result)


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.models.retrieve("string")
    parsed = response.parse()
    assert_matches_type(ModelInfo, parsed)


@pytest.mark.anyio
async def test_async_retrieve_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.models.retrieve("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(ModelInfo, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_empty_path_param(async_client: Any) -> None:
    client = async_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.models.retrieve("")


def test_list(client: Any) -> None:
    client = client
    result = client.models.list()
    for item in result.data:
        assert_matches_type(ModelInfo, item)


def test_list_with_all_params(client: Any) -> None:
    client = client
    result = client.models.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(ModelInfo, item)


def test_list_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.models.list()
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(ModelInfo, item)


def test_list_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.models.list() as response:
        assert not response.is_closed
        parsed = response.parse()
        for item in parsed.data:
            assert_matches_type(ModelInfo, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_list(async_client: Any) -> None:
    client = async_client
    result = await client.models.list()
    for item in result.data:
        assert_matches_type(ModelInfo, item)


@pytest.mark.anyio
async def test_async_list_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.models.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(ModelInfo, item)


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.models.list()
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(ModelInfo, item)


@pytest.mark.anyio
async def test_async_list_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.models.list() as response:
        assert not response.is_closed
        parsed = await response.parse()
        for item in parsed.data:
            assert_matches_type(ModelInfo, item)

    assert response.is_closed

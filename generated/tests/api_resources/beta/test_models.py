# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.beta.beta_model_info import BetaModelInfo

pytestmark = pytest.mark.prism


def test_retrieve(query_client: Any) -> None:
    client = query_client
    result = client.beta.models.retrieve("string")
    assert_matches_type(BetaModelInfo, result)


def test_retrieve_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.models.retrieve("string", betas=["string"])
    assert_matches_type(BetaModelInfo, result)


def test_retrieve_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.models.retrieve("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(BetaModelInfo, parsed)


def test_retrieve_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.models.retrieve("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(BetaModelInfo, parsed)

    assert response.is_closed


def test_retrieve_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.models.retrieve("")


@pytest.mark.anyio
async def test_async_retrieve(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.models.retrieve("string")
    assert_matches_type(BetaModelInfo, result)


@pytest.mark.anyio
async def test_async_retrieve_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.models.retrieve("string", betas=["string"])
    assert_matches_type(BetaModelInfo, result)


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.models.retrieve("string")
    parsed = response.parse()
    assert_matches_type(BetaModelInfo, parsed)


@pytest.mark.anyio
async def test_async_retrieve_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.models.retrieve("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(BetaModelInfo, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.models.retrieve("")


def test_list(query_client: Any) -> None:
    client = query_client
    result = client.beta.models.list()
    for item in result.data:
        assert_matches_type(BetaModelInfo, item)


def test_list_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.models.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(BetaModelInfo, item)


def test_list_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.models.list()
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(BetaModelInfo, item)


def test_list_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.models.list() as response:
        assert not response.is_closed
        parsed = response.parse()
        for item in parsed.data:
            assert_matches_type(BetaModelInfo, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_list(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.models.list()
    for item in result.data:
        assert_matches_type(BetaModelInfo, item)


@pytest.mark.anyio
async def test_async_list_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.models.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(BetaModelInfo, item)


@pytest.mark.anyio
async def test_async_list_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.models.list()
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(BetaModelInfo, item)


@pytest.mark.anyio
async def test_async_list_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.models.list() as response:
        assert not response.is_closed
        parsed = await response.parse()
        for item in parsed.data:
            assert_matches_type(BetaModelInfo, item)

    assert response.is_closed

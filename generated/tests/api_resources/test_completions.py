# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.completion import Completion

pytestmark = pytest.mark.prism


def test_create(client: Any) -> None:
    client = client
    result = client.completions.create(max_tokens_to_sample=1, model="string", prompt="string")
    assert_matches_type(Completion, result)


def test_create_with_all_params(client: Any) -> None:
    client = client
    result = client.completions.create(
        betas=["string"],
        max_tokens_to_sample=1,
        model="string",
        prompt="string",
        metadata={"user_id": "string"},
        stop_sequences=["string"],
        temperature=0.0,
        top_k=0,
        top_p=0.0,
    )
    assert_matches_type(Completion, result)


def test_create_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.completions.create(max_tokens_to_sample=1, model="string", prompt="string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(Completion, parsed)


def test_create_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.completions.create(
        max_tokens_to_sample=1, model="string", prompt="string"
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(Completion, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_create(async_client: Any) -> None:
    client = async_client
    result = await client.completions.create(max_tokens_to_sample=1, model="string", prompt="string")
    assert_matches_type(Completion, result)


@pytest.mark.anyio
async def test_async_create_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.completions.create(
        betas=["string"],
        max_tokens_to_sample=1,
        model="string",
        prompt="string",
        metadata={"user_id": "string"},
        stop_sequences=["string"],
        temperature=0.0,
        top_k=0,
        top_p=0.0,
    )
    assert_matches_type(Completion, result)


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.completions.create(
        max_tokens_to_sample=1, model="string", prompt="string"
    )
    parsed = response.parse()
    assert_matches_type(Completion, parsed)


@pytest.mark.anyio
async def test_async_create_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.completions.create(
        max_tokens_to_sample=1, model="string", prompt="string"
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(Completion, parsed)

    assert response.is_closed

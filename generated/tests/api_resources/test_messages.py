# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.message import Message
from anthropic.types.message_tokens_count import MessageTokensCount

pytestmark = pytest.mark.prism


def test_create(client: Any) -> None:
    client = client
    result = client.messages.create(max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string")
    assert_matches_type(Message, result)


def test_create_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.create(
        max_tokens=1,
        messages=[{"content": "string", "role": "user"}],
        model="string",
        inference_geo="string",
        metadata={"user_id": "string"},
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        service_tier="auto",
        stop_sequences=["string"],
        system="string",
        temperature=0.0,
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": True},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
        top_k=0,
        top_p=0.0,
    )
    assert_matches_type(Message, result)


def test_create_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    )
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(Message, parsed)


def test_create_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(Message, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_create(async_client: Any) -> None:
    client = async_client
    result = await client.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    )
    assert_matches_type(Message, result)


@pytest.mark.anyio
async def test_async_create_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.create(
        max_tokens=1,
        messages=[{"content": "string", "role": "user"}],
        model="string",
        inference_geo="string",
        metadata={"user_id": "string"},
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        service_tier="auto",
        stop_sequences=["string"],
        system="string",
        temperature=0.0,
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": True},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
        top_k=0,
        top_p=0.0,
    )
    assert_matches_type(Message, result)


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    )
    parsed = response.parse()
    assert_matches_type(Message, parsed)


@pytest.mark.anyio
async def test_async_create_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(Message, parsed)

    assert response.is_closed


def test_count_tokens(client: Any) -> None:
    client = client
    result = client.messages.count_tokens(messages=[{"content": "string", "role": "user"}], model="string")
    assert_matches_type(MessageTokensCount, result)


def test_count_tokens_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}],
        model="string",
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        system="string",
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": True},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
    )
    assert_matches_type(MessageTokensCount, result)


def test_count_tokens_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    )
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(MessageTokensCount, parsed)


def test_count_tokens_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(MessageTokensCount, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_count_tokens(async_client: Any) -> None:
    client = async_client
    result = await client.messages.count_tokens(messages=[{"content": "string", "role": "user"}], model="string")
    assert_matches_type(MessageTokensCount, result)


@pytest.mark.anyio
async def test_async_count_tokens_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}],
        model="string",
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        system="string",
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": True},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
    )
    assert_matches_type(MessageTokensCount, result)


@pytest.mark.anyio
async def test_async_count_tokens_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    )
    parsed = response.parse()
    assert_matches_type(MessageTokensCount, parsed)


@pytest.mark.anyio
async def test_async_count_tokens_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(MessageTokensCount, parsed)

    assert response.is_closed

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.beta.beta_message import BetaMessage
from anthropic.types.beta.beta_message_tokens_count import BetaMessageTokensCount

pytestmark = pytest.mark.prism


def test_create(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.create(max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string")
    assert_matches_type(BetaMessage, result)


def test_create_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.create(
        betas=["string"],
        max_tokens=1,
        messages=[{"content": "string", "role": "user"}],
        model="string",
        container={"id": "string", "skills": [{"skill_id": "string", "type": "anthropic"}]},
        context_management={"edits": [{"type": "clear_tool_uses_20250919"}]},
        inference_geo="string",
        mcp_servers=[{"name": "string", "type": "url", "url": "string"}],
        metadata={"user_id": "string"},
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        output_format={"schema": {}, "type": "json_schema"},
        service_tier="auto",
        speed="standard",
        stop_sequences=["string"],
        system="string",
        temperature=0.0,
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": False},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
        top_k=0,
        top_p=0.0,
    )
    assert_matches_type(BetaMessage, result)


def test_create_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    )
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(BetaMessage, parsed)


def test_create_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(BetaMessage, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_create(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    )
    assert_matches_type(BetaMessage, result)


@pytest.mark.anyio
async def test_async_create_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.create(
        betas=["string"],
        max_tokens=1,
        messages=[{"content": "string", "role": "user"}],
        model="string",
        container={"id": "string", "skills": [{"skill_id": "string", "type": "anthropic"}]},
        context_management={"edits": [{"type": "clear_tool_uses_20250919"}]},
        inference_geo="string",
        mcp_servers=[{"name": "string", "type": "url", "url": "string"}],
        metadata={"user_id": "string"},
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        output_format={"schema": {}, "type": "json_schema"},
        service_tier="auto",
        speed="standard",
        stop_sequences=["string"],
        system="string",
        temperature=0.0,
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": False},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
        top_k=0,
        top_p=0.0,
    )
    assert_matches_type(BetaMessage, result)


@pytest.mark.anyio
async def test_async_create_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    )
    parsed = response.parse()
    assert_matches_type(BetaMessage, parsed)


@pytest.mark.anyio
async def test_async_create_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.create(
        max_tokens=1, messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(BetaMessage, parsed)

    assert response.is_closed


def test_count_tokens(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.count_tokens(messages=[{"content": "string", "role": "user"}], model="string")
    assert_matches_type(BetaMessageTokensCount, result)


def test_count_tokens_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.count_tokens(
        betas=["string"],
        messages=[{"content": "string", "role": "user"}],
        model="string",
        context_management={"edits": [{"type": "clear_tool_uses_20250919"}]},
        mcp_servers=[{"name": "string", "type": "url", "url": "string"}],
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        output_format={"schema": {}, "type": "json_schema"},
        speed="standard",
        system="string",
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": False},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
    )
    assert_matches_type(BetaMessageTokensCount, result)


def test_count_tokens_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    )
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(BetaMessageTokensCount, parsed)


def test_count_tokens_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(BetaMessageTokensCount, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_count_tokens(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.count_tokens(messages=[{"content": "string", "role": "user"}], model="string")
    assert_matches_type(BetaMessageTokensCount, result)


@pytest.mark.anyio
async def test_async_count_tokens_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.count_tokens(
        betas=["string"],
        messages=[{"content": "string", "role": "user"}],
        model="string",
        context_management={"edits": [{"type": "clear_tool_uses_20250919"}]},
        mcp_servers=[{"name": "string", "type": "url", "url": "string"}],
        output_config={"effort": "low", "format": {"schema": {}, "type": "json_schema"}},
        output_format={"schema": {}, "type": "json_schema"},
        speed="standard",
        system="string",
        thinking={"budget_tokens": 1024, "type": "enabled"},
        tool_choice={"type": "auto", "disable_parallel_tool_use": False},
        tools=[{"input_schema": {"type": "object"}, "name": "string"}],
    )
    assert_matches_type(BetaMessageTokensCount, result)


@pytest.mark.anyio
async def test_async_count_tokens_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    )
    parsed = response.parse()
    assert_matches_type(BetaMessageTokensCount, parsed)


@pytest.mark.anyio
async def test_async_count_tokens_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.count_tokens(
        messages=[{"content": "string", "role": "user"}], model="string"
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(BetaMessageTokensCount, parsed)

    assert response.is_closed

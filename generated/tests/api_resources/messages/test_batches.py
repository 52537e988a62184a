# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.messages.deleted_message_batch import DeletedMessageBatch
from anthropic.types.messages.message_batch import MessageBatch
from anthropic.types.messages.message_batch_individual_response import MessageBatchIndividualResponse

pytestmark = pytest.mark.prism


def test_create(client: Any) -> None:
    client = client
    result = client.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert_matches_type(MessageBatch, result)


def test_create_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert_matches_type(MessageBatch, result)


def test_create_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(MessageBatch, parsed)


def test_create_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(MessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_create(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert_matches_type(MessageBatch, result)


@pytest.mark.anyio
async def test_async_create_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert_matches_type(MessageBatch, result)


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    parsed = response.parse()
    assert_matches_type(MessageBatch, parsed)


@pytest.mark.anyio
async def test_async_create_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(MessageBatch, parsed)

    assert response.is_closed


def test_retrieve(client: Any) -> None:
    client = client
    result = client.messages.batches.retrieve("string")
    assert_matches_type(MessageBatch, result)


def test_retrieve_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.batches.retrieve("string")
    assert_matches_type(MessageBatch, result)


def test_retrieve_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.batches.retrieve("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(MessageBatch, parsed)


def test_retrieve_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.batches.retrieve("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(MessageBatch, parsed)

    assert response.is_closed


def test_retrieve_empty_path_param(client: Any) -> None:
    client = client
    with pytest.raises(ValueError, match="non-empty"):
        client.messages.batches.retrieve("")


@pytest.mark.anyio
async def test_async_retrieve(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.retrieve("string")
    assert_matches_type(MessageBatch, result)


@pytest.mark.anyio
async def test_async_retrieve_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.retrieve("string")
    assert_matches_type(MessageBatch, result)


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.batches.retrieve("string")
    parsed = response.parse()
    assert_matches_type(MessageBatch, parsed)


@pytest.mark.anyio
async def test_async_retrieve_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.batches.retrieve("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(MessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_empty_path_param(async_client: Any) -> None:
    client = async_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.messages.batches.retrieve("")


def test_list(client: Any) -> None:
    client = client
    result = client.messages.batches.list()
    for item in result.data:
        assert_matches_type(MessageBatch, item)


def test_list_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.batches.list(before_id="string", after_id="string", limit=20)
    for item in result.data:
        assert_matches_type(MessageBatch, item)


def test_list_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.batches.list()
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(MessageBatch, item)


def test_list_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.batches.list() as response:
        assert not response.is_closed
        parsed = response.parse()
        for item in parsed.data:
            assert_matches_type(MessageBatch, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_list(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.list()
    for item in result.data:
        assert_matches_type(MessageBatch, item)


@pytest.mark.anyio
async def test_async_list_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.list(before_id="string", after_id="string", limit=20)
    for item in result.data:
        assert_matches_type(MessageBatch, item)


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.batches.list()
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(MessageBatch, item)


@pytest.mark.anyio
async def test_async_list_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.batches.list() as response:
        assert not response.is_closed
        parsed = await response.parse()
        for item in parsed.data:
            assert_matches_type(MessageBatch, item)

    assert response.is_closed


def test_delete(client: Any) -> None:
    client = client
    result = client.messages.batches.delete("string")
    assert_matches_type(DeletedMessageBatch, result)


def test_delete_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.batches.delete("string")
    assert_matches_type(DeletedMessageBatch, result)


def test_delete_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.batches.delete("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(DeletedMessageBatch, parsed)


def test_delete_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.batches.delete("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(DeletedMessageBatch, parsed)

    assert response.is_closed


def test_delete_empty_path_param(client: Any) -> None:
    client = client
    with pytest.raises(ValueError, match="non-empty"):
        client.messages.batches.delete("")


@pytest.mark.anyio
async def test_async_delete(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.delete("string")
    assert_matches_type(DeletedMessageBatch, result)


@pytest.mark.anyio
async def test_async_delete_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.delete("string")
    assert_matches_type(DeletedMessageBatch, result)


@pytest.mark.anyio
async def test_async_delete_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.batches.delete("string")
    parsed = response.parse()
    assert_matches_type(DeletedMessageBatch, parsed)


@pytest.mark.anyio
async def test_async_delete_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.batches.delete("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(DeletedMessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_delete_empty_path_param(async_client: Any) -> None:
    client = async_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.messages.batches.delete("")


def test_cancel(client: Any) -> None:
    client = client
    result = client.messages.batches.cancel("string")
    assert_matches_type(MessageBatch, result)


def test_cancel_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.batches.cancel("string")
    assert_matches_type(MessageBatch, result)


def test_cancel_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.batches.cancel("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(MessageBatch, parsed)


def test_cancel_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.batches.cancel("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(MessageBatch, parsed)

    assert response.is_closed


def test_cancel_empty_path_param(client: Any) -> None:
    client = client
    with pytest.raises(ValueError, match="non-empty"):
        client.messages.batches.cancel("")


@pytest.mark.anyio
async def test_async_cancel(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.cancel("string")
    assert_matches_type(MessageBatch, result)


@pytest.mark.anyio
async def test_async_cancel_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.cancel("string")
    assert_matches_type(MessageBatch, result)


@pytest.mark.anyio
async def test_async_cancel_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.batches.cancel("string")
    parsed = response.parse()
    assert_matches_type(MessageBatch, parsed)


@pytest.mark.anyio
async def test_async_cancel_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.batches.cancel("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(MessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_cancel_empty_path_param(async_client: Any) -> None:
    client = async_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.messages.batches.cancel("")


def test_results(client: Any) -> None:
    client = client
    result = client.messages.batches.results("string")
    items = list(result)
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(MessageBatchIndividualResponse, item)


def test_results_with_all_params(client: Any) -> None:
    client = client
    result = client.messages.batches.results("string")
    items = list(result)
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(MessageBatchIndividualResponse, item)


def test_results_raw_response(client: Any) -> None:
    client = client
    response = client.with_raw_response.messages.batches.results("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    items = list(parsed)
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(MessageBatchIndividualResponse, item)


def test_results_streaming_response(client: Any) -> None:
    client = client
    with client.with_streaming_response.messages.batches.results("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        items = list(parsed)
        assert items, "the JSONL body had no complete line"
        for item in items:
            assert_matches_type(MessageBatchIndividualResponse, item)

    assert response.is_closed


def test_results_empty_path_param(client: Any) -> None:
    client = client
    with pytest.raises(ValueError, match="non-empty"):
        client.messages.batches.results("")


@pytest.mark.anyio
async def test_async_results(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.results("string")
    items = [item async for item in result]
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(MessageBatchIndividualResponse, item)


@pytest.mark.anyio
async def test_async_results_with_all_params(async_client: Any) -> None:
    client = async_client
    result = await client.messages.batches.results("string")
    items = [item async for item in result]
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(MessageBatchIndividualResponse, item)


@pytest.mark.anyio
async def test_async_results_raw_response(async_client: Any) -> None:
    client = async_client
    response = await client.with_raw_response.messages.batches.results("string")
    parsed = response.parse()
    items = [item async for item in parsed]
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(MessageBatchIndividualResponse, item)


@pytest.mark.anyio
async def test_async_results_streaming_response(async_client: Any) -> None:
    client = async_client
    async with client.with_streaming_response.messages.batches.results("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        items = [item async for item in parsed]
        assert items, "the JSONL body had no complete line"
        for item in items:
            assert_matches_type(MessageBatchIndividualResponse, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_results_empty_path_param(async_client: Any) -> None:
    client = async_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.messages.batches.results("")

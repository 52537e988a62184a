# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic.types.beta.messages.beta_deleted_message_batch import BetaDeletedMessageBatch
from anthropic.types.beta.messages.beta_message_batch import BetaMessageBatch
from anthropic.types.beta.messages.beta_message_batch_individual_response import BetaMessageBatchIndividualResponse

pytestmark = pytest.mark.prism


def test_create(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert_matches_type(BetaMessageBatch, result)


def test_create_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.create(
        betas=["string"],
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ],
    )
    assert_matches_type(BetaMessageBatch, result)


def test_create_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(BetaMessageBatch, parsed)


def test_create_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(BetaMessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_create(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    assert_matches_type(BetaMessageBatch, result)


@pytest.mark.anyio
async def test_async_create_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.create(
        betas=["string"],
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ],
    )
    assert_matches_type(BetaMessageBatch, result)


@pytest.mark.anyio
async def test_async_create_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    )
    parsed = response.parse()
    assert_matches_type(BetaMessageBatch, parsed)


@pytest.mark.anyio
async def test_async_create_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.batches.create(
        requests=[
            {
                "custom_id": "string",
                "params": {"max_tokens": 1, "messages": [{"content": "string", "role": "user"}], "model": "string"},
            }
        ]
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(BetaMessageBatch, parsed)

    assert response.is_closed


def test_retrieve(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.retrieve("string")
    assert_matches_type(BetaMessageBatch, result)


def test_retrieve_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.retrieve("string", betas=["string"])
    assert_matches_type(BetaMessageBatch, result)


def test_retrieve_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.batches.retrieve("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(BetaMessageBatch, parsed)


def test_retrieve_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.batches.retrieve("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(BetaMessageBatch, parsed)

    assert response.is_closed


def test_retrieve_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.messages.batches.retrieve("")


@pytest.mark.anyio
async def test_async_retrieve(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.retrieve("string")
    assert_matches_type(BetaMessageBatch, result)


@pytest.mark.anyio
async def test_async_retrieve_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.retrieve("string", betas=["string"])
    assert_matches_type(BetaMessageBatch, result)


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.batches.retrieve("string")
    parsed = response.parse()
    assert_matches_type(BetaMessageBatch, parsed)


@pytest.mark.anyio
async def test_async_retrieve_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.batches.retrieve("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(BetaMessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.messages.batches.retrieve("")


def test_list(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.list()
    for item in result.data:
        assert_matches_type(BetaMessageBatch, item)


def test_list_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(BetaMessageBatch, item)


def test_list_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.batches.list()
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(BetaMessageBatch, item)


def test_list_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.batches.list() as response:
        assert not response.is_closed
        parsed = response.parse()
        for item in parsed.data:
            assert_matches_type(BetaMessageBatch, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_list(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.list()
    for item in result.data:
        assert_matches_type(BetaMessageBatch, item)


@pytest.mark.anyio
async def test_async_list_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(BetaMessageBatch, item)


@pytest.mark.anyio
async def test_async_list_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.batches.list()
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(BetaMessageBatch, item)


@pytest.mark.anyio
async def test_async_list_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.batches.list() as response:
        assert not response.is_closed
        parsed = await response.parse()
        for item in parsed.data:
            assert_matches_type(BetaMessageBatch, item)

    assert response.is_closed


def test_delete(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.delete("string")
    assert_matches_type(BetaDeletedMessageBatch, result)


def test_delete_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.delete("string", betas=["string"])
    assert_matches_type(BetaDeletedMessageBatch, result)


def test_delete_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.batches.delete("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(BetaDeletedMessageBatch, parsed)


def test_delete_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.batches.delete("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(BetaDeletedMessageBatch, parsed)

    assert response.is_closed


def test_delete_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.messages.batches.delete("")


@pytest.mark.anyio
async def test_async_delete(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.delete("string")
    assert_matches_type(BetaDeletedMessageBatch, result)


@pytest.mark.anyio
async def test_async_delete_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.delete("string", betas=["string"])
    assert_matches_type(BetaDeletedMessageBatch, result)


@pytest.mark.anyio
async def test_async_delete_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.batches.delete("string")
    parsed = response.parse()
    assert_matches_type(BetaDeletedMessageBatch, parsed)


@pytest.mark.anyio
async def test_async_delete_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.batches.delete("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(BetaDeletedMessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_delete_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.messages.batches.delete("")


def test_cancel(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.cancel("string")
    assert_matches_type(BetaMessageBatch, result)


def test_cancel_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.cancel("string", betas=["string"])
    assert_matches_type(BetaMessageBatch, result)


def test_cancel_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.batches.cancel("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(BetaMessageBatch, parsed)


def test_cancel_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.batches.cancel("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(BetaMessageBatch, parsed)

    assert response.is_closed


def test_cancel_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.messages.batches.cancel("")


@pytest.mark.anyio
async def test_async_cancel(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.cancel("string")
    assert_matches_type(BetaMessageBatch, result)


@pytest.mark.anyio
async def test_async_cancel_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.cancel("string", betas=["string"])
    assert_matches_type(BetaMessageBatch, result)


@pytest.mark.anyio
async def test_async_cancel_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.batches.cancel("string")
    parsed = response.parse()
    assert_matches_type(BetaMessageBatch, parsed)


@pytest.mark.anyio
async def test_async_cancel_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.batches.cancel("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(BetaMessageBatch, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_cancel_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.messages.batches.cancel("")


def test_results(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.results("string")
    items = list(result)
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(BetaMessageBatchIndividualResponse, item)


def test_results_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.messages.batches.results("string", betas=["string"])
    items = list(result)
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(BetaMessageBatchIndividualResponse, item)


def test_results_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.messages.batches.results("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    items = list(parsed)
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(BetaMessageBatchIndividualResponse, item)


def test_results_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.messages.batches.results("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        items = list(parsed)
        assert items, "the JSONL body had no complete line"
        for item in items:
            assert_matches_type(BetaMessageBatchIndividualResponse, item)

    assert response.is_closed


def test_results_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.messages.batches.results("")


@pytest.mark.anyio
async def test_async_results(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.results("string")
    items = [item async for item in result]
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(BetaMessageBatchIndividualResponse, item)


@pytest.mark.anyio
async def test_async_results_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.messages.batches.results("string", betas=["string"])
    items = [item async for item in result]
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(BetaMessageBatchIndividualResponse, item)


@pytest.mark.anyio
async def test_async_results_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.messages.batches.results("string")
    parsed = response.parse()
    items = [item async for item in parsed]
    assert items, "the JSONL body had no complete line"
    for item in items:
        assert_matches_type(BetaMessageBatchIndividualResponse, item)


@pytest.mark.anyio
async def test_async_results_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.messages.batches.results("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        items = [item async for item in parsed]
        assert items, "the JSONL body had no complete line"
        for item in items:
            assert_matches_type(BetaMessageBatchIndividualResponse, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_results_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.messages.batches.results("")

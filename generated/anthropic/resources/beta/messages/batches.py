# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Iterable, List

import httpx

from ...._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from ...._request import RequestOverrides, beta_header, path_template
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ....pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.messages.batch_create_params import Request
    from ....types.beta.messages.beta_deleted_message_batch import BetaDeletedMessageBatch
    from ....types.beta.messages.beta_message_batch import BetaMessageBatch
    from ....types.beta.messages.beta_message_batch_individual_response import BetaMessageBatchIndividualResponse

__all__ = ["Batches", "AsyncBatches"]


class Batches(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return BatchesWithStreamingResponse(self)

    def create(
        self,
        *,
        requests: Iterable[Request],
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Submit a batch of message requests"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return self._client.request(
            "post",
            "/v1/messages/batches?beta=true",
            body={
                "requests": requests,
            },
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaMessageBatch,
        )

    def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Get one message batch"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return self._client.request(
            "get",
            path_template("/v1/messages/batches/{message_batch_id}?beta=true", message_batch_id=message_batch_id),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaMessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[BetaMessageBatch]:
        """List message batches, newest first"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return self._client.request_page(
            "/v1/messages/batches?beta=true",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[BetaMessageBatch],
        )

    def delete(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaDeletedMessageBatch:
        """Delete a message batch that has finished processing"""
        from ....types.beta.messages.beta_deleted_message_batch import BetaDeletedMessageBatch

        return self._client.request(
            "delete",
            path_template("/v1/messages/batches/{message_batch_id}?beta=true", message_batch_id=message_batch_id),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaDeletedMessageBatch,
        )

    def cancel(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Start cancelling a message batch"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return self._client.request(
            "post",
            path_template(
                "/v1/messages/batches/{message_batch_id}/cancel?beta=true", message_batch_id=message_batch_id
            ),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaMessageBatch,
        )

    def results(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> JSONLDecoder[BetaMessageBatchIndividualResponse]:
        """Stream the per-request results of an ended batch as JSON Lines"""
        from ....types.beta.messages.beta_message_batch_individual_response import BetaMessageBatchIndividualResponse

        return self._client.request(
            "get",
            path_template(
                "/v1/messages/batches/{message_batch_id}/results?beta=true", message_batch_id=message_batch_id
            ),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
                "Accept": "application/x-jsonl",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=JSONLDecoder[BetaMessageBatchIndividualResponse],
        )


class AsyncBatches(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncBatchesWithStreamingResponse(self)

    async def create(
        self,
        *,
        requests: Iterable[Request],
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Submit a batch of message requests"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return await self._client.request(
            "post",
            "/v1/messages/batches?beta=true",
            body={
                "requests": requests,
            },
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaMessageBatch,
        )

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Get one message batch"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return await self._client.request(
            "get",
            path_template("/v1/messages/batches/{message_batch_id}?beta=true", message_batch_id=message_batch_id),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaMessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[BetaMessageBatch, AsyncPage[BetaMessageBatch]]:
        """List message batches, newest first"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return self._client.request_page(
            "/v1/messages/batches?beta=true",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[BetaMessageBatch],
        )

    async def delete(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaDeletedMessageBatch:
        """Delete a message batch that has finished processing"""
        from ....types.beta.messages.beta_deleted_message_batch import BetaDeletedMessageBatch

        return await self._client.request(
            "delete",
            path_template("/v1/messages/batches/{message_batch_id}?beta=true", message_batch_id=message_batch_id),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaDeletedMessageBatch,
        )

    async def cancel(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Start cancelling a message batch"""
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        return await self._client.request(
            "post",
            path_template(
                "/v1/messages/batches/{message_batch_id}/cancel?beta=true", message_batch_id=message_batch_id
            ),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BetaMessageBatch,
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncJSONLDecoder[BetaMessageBatchIndividualResponse]:
        """Stream the per-request results of an ended batch as JSON Lines"""
        from ....types.beta.messages.beta_message_batch_individual_response import BetaMessageBatchIndividualResponse

        return await self._client.request(
            "get",
            path_template(
                "/v1/messages/batches/{message_batch_id}/results?beta=true", message_batch_id=message_batch_id
            ),
            headers={
                **beta_header(betas, fixed=("message-batches-2024-09-24",)),
                "Accept": "application/x-jsonl",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AsyncJSONLDecoder[BetaMessageBatchIndividualResponse],
        )


class BatchesWithRawResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_raw_response_wrapper(batches.create)
        self.retrieve = to_raw_response_wrapper(batches.retrieve)
        self.list = to_raw_response_wrapper(batches.list)
        self.delete = to_raw_response_wrapper(batches.delete)
        self.cancel = to_raw_response_wrapper(batches.cancel)
        self.results = to_raw_response_wrapper(batches.results)


class AsyncBatchesWithRawResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_raw_response_wrapper(batches.create)
        self.retrieve = async_to_raw_response_wrapper(batches.retrieve)
        self.list = async_to_raw_response_wrapper(batches.list)
        self.delete = async_to_raw_response_wrapper(batches.delete)
        self.cancel = async_to_raw_response_wrapper(batches.cancel)
        self.results = async_to_raw_response_wrapper(batches.results)


class BatchesWithStreamingResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_streamed_response_wrapper(batches.create)
        self.retrieve = to_streamed_response_wrapper(batches.retrieve)
        self.list = to_streamed_response_wrapper(batches.list)
        self.delete = to_streamed_response_wrapper(batches.delete)
        self.cancel = to_streamed_response_wrapper(batches.cancel)
        self.results = to_streamed_response_wrapper(batches.results)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_streamed_response_wrapper(batches.create)
        self.retrieve = async_to_streamed_response_wrapper(batches.retrieve)
        self.list = async_to_streamed_response_wrapper(batches.list)
        self.delete = async_to_streamed_response_wrapper(batches.delete)
        self.cancel = async_to_streamed_response_wrapper(batches.cancel)
        self.results = async_to_streamed_response_wrapper(batches.results)

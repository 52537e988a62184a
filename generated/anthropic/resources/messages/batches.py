# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Iterable

import httpx

from ..._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from ..._request import RequestOverrides, path_template
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ...types.messages.batch_create_params import Request
    from ...types.messages.deleted_message_batch import DeletedMessageBatch
    from ...types.messages.message_batch import MessageBatch
    from ...types.messages.message_batch_individual_response import MessageBatchIndividualResponse

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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Submit a batch of message requests for asynchronous processing."""
        from ...types.messages.message_batch import MessageBatch

        return self._client.request(
            "post",
            "/v1/messages/batches",
            body={
                "requests": requests,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageBatch,
        )

    def retrieve(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Fetch the current state of one message batch."""
        from ...types.messages.message_batch import MessageBatch

        return self._client.request(
            "get",
            path_template("/v1/messages/batches/{message_batch_id}", message_batch_id=message_batch_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[MessageBatch]:
        """List message batches in the workspace, newest first."""
        from ...types.messages.message_batch import MessageBatch

        return self._client.request_page(
            "/v1/messages/batches",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[MessageBatch],
        )

    def delete(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedMessageBatch:
        """Delete a message batch that is no longer processing."""
        from ...types.messages.deleted_message_batch import DeletedMessageBatch

        return self._client.request(
            "delete",
            path_template("/v1/messages/batches/{message_batch_id}", message_batch_id=message_batch_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedMessageBatch,
        )

    def cancel(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Ask the service to stop processing a message batch."""
        from ...types.messages.message_batch import MessageBatch

        return self._client.request(
            "post",
            path_template("/v1/messages/batches/{message_batch_id}/cancel", message_batch_id=message_batch_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageBatch,
        )

    def results(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> JSONLDecoder[MessageBatchIndividualResponse]:
        """Download the per-request results of an ended batch as JSON Lines."""
        from ...types.messages.message_batch_individual_response import MessageBatchIndividualResponse

        return self._client.request(
            "get",
            path_template("/v1/messages/batches/{message_batch_id}/results", message_batch_id=message_batch_id),
            headers={
                "Accept": "application/x-jsonl",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=JSONLDecoder[MessageBatchIndividualResponse],
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Submit a batch of message requests for asynchronous processing."""
        from ...types.messages.message_batch import MessageBatch

        return await self._client.request(
            "post",
            "/v1/messages/batches",
            body={
                "requests": requests,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageBatch,
        )

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Fetch the current state of one message batch."""
        from ...types.messages.message_batch import MessageBatch

        return await self._client.request(
            "get",
            path_template("/v1/messages/batches/{message_batch_id}", message_batch_id=message_batch_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[MessageBatch, AsyncPage[MessageBatch]]:
        """List message batches in the workspace, newest first."""
        from ...types.messages.message_batch import MessageBatch

        return self._client.request_page(
            "/v1/messages/batches",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[MessageBatch],
        )

    async def delete(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedMessageBatch:
        """Delete a message batch that is no longer processing."""
        from ...types.messages.deleted_message_batch import DeletedMessageBatch

        return await self._client.request(
            "delete",
            path_template("/v1/messages/batches/{message_batch_id}", message_batch_id=message_batch_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedMessageBatch,
        )

    async def cancel(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Ask the service to stop processing a message batch."""
        from ...types.messages.message_batch import MessageBatch

        return await self._client.request(
            "post",
            path_template("/v1/messages/batches/{message_batch_id}/cancel", message_batch_id=message_batch_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageBatch,
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncJSONLDecoder[MessageBatchIndividualResponse]:
        """Download the per-request results of an ended batch as JSON Lines."""
        from ...types.messages.message_batch_individual_response import MessageBatchIndividualResponse

        return await self._client.request(
            "get",
            path_template("/v1/messages/batches/{message_batch_id}/results", message_batch_id=message_batch_id),
            headers={
                "Accept": "application/x-jsonl",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AsyncJSONLDecoder[MessageBatchIndividualResponse],
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

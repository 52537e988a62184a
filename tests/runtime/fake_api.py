"""A miniature API shaped like the generated code: models, resources and raw/streaming views.

The resource methods call the runtime exactly as generated methods do
(``self._client.request(...)`` / ``request_page(...)``), so the tests exercise
the real contract between generated code and the runtime.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Iterable, List, Mapping, Optional, Union

from anthropic_runtime._base_client import AsyncAPIClient, SyncAPIClient
from anthropic_runtime._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from anthropic_runtime._models import BaseModel
from anthropic_runtime._request import RequestOverrides, beta_header, path_template
from anthropic_runtime._resource import AsyncAPIResource, SyncAPIResource
from anthropic_runtime._response import (
    AsyncBinaryAPIResponse,
    BinaryAPIResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from anthropic_runtime._streaming import AsyncStream, Stream
from anthropic_runtime._types import Body, FileTypes, Headers, NotGiven, Query, SequenceNotStr, Timeout, not_given
from anthropic_runtime.pagination import AsyncPage, AsyncPageCursor, AsyncPaginator, SyncPage, SyncPageCursor
from pydantic import Field
from typing_extensions import Annotated, Literal

Overrides = Dict[str, Any]


class TextBlock(BaseModel):
    type: Literal["text"]
    text: str
    citations: Optional[List[Dict[str, object]]] = None


class ToolUseBlock(BaseModel):
    type: Literal["tool_use"]
    id: str
    name: str
    input: Dict[str, object]


ContentBlock = Annotated[Union[TextBlock, ToolUseBlock], Field(discriminator="type")]


class Usage(BaseModel):
    input_tokens: int
    output_tokens: int


class Message(BaseModel):
    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: List[ContentBlock]
    model: str
    stop_reason: Optional[Literal["end_turn", "max_tokens", "tool_use"]] = None
    usage: Usage


class MessageStartEvent(BaseModel):
    type: Literal["message_start"]
    message: Message


class TextDelta(BaseModel):
    type: Literal["text_delta"]
    text: str


class ContentBlockDeltaEvent(BaseModel):
    type: Literal["content_block_delta"]
    index: int
    delta: TextDelta


class MessageStopEvent(BaseModel):
    type: Literal["message_stop"]


RawMessageStreamEvent = Annotated[
    Union[MessageStartEvent, ContentBlockDeltaEvent, MessageStopEvent], Field(discriminator="type")
]


class ModelInfo(BaseModel):
    id: str
    created_at: datetime
    display_name: str
    type: Literal["model"]


class BatchResult(BaseModel):
    custom_id: str
    result: Dict[str, object]


class FileMetadata(BaseModel):
    id: str
    filename: str
    size_bytes: int


def _overrides(
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: Union[float, Timeout, None, NotGiven],
) -> RequestOverrides:
    return RequestOverrides(
        extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )


class Messages(SyncAPIResource):
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[Mapping[str, object]],
        model: str,
        stream: bool = False,
        temperature: Union[float, NotGiven] = not_given,
        betas: Union[SequenceNotStr[str], NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> Union[Message, Stream[RawMessageStreamEvent]]:
        if not stream:
            timeout = self._client.nonstreaming_timeout(max_tokens, model, timeout)
        return self._client.request(
            "post",
            "/v1/messages?beta=true" if not isinstance(betas, NotGiven) else "/v1/messages",
            body={
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "stream": stream,
                "temperature": temperature,
            },
            headers=beta_header(betas),
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=Message,
            stream=stream or False,
            stream_cls=Stream[RawMessageStreamEvent],
        )

    def retrieve(
        self,
        message_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> Message:
        return self._client.request(
            "get",
            path_template("/v1/messages/{message_id}", message_id=message_id),
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=Message,
        )

    def list(
        self,
        *,
        after_id: Union[str, NotGiven] = not_given,
        before_id: Union[str, NotGiven] = not_given,
        limit: Union[int, NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> SyncPage[ModelInfo]:
        return self._client.request_page(
            "/v1/models",
            page=SyncPage[ModelInfo],
            query={"after_id": after_id, "before_id": before_id, "limit": limit},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
        )

    def list_cursor(
        self,
        *,
        page: Union[str, NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> SyncPageCursor[ModelInfo]:
        return self._client.request_page(
            "/v1/skills?beta=true",
            page=SyncPageCursor[ModelInfo],
            query={"page": page},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
        )

    def results(
        self,
        batch_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> JSONLDecoder[BatchResult]:
        return self._client.request(
            "get",
            path_template("/v1/messages/batches/{batch_id}/results", batch_id=batch_id),
            headers={"Accept": "application/binary"},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=JSONLDecoder[BatchResult],
        )

    def download(
        self,
        file_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> BinaryAPIResponse:
        return self._client.request(
            "get",
            path_template("/v1/files/{file_id}/content", file_id=file_id),
            headers={"Accept": "application/binary", **beta_header(not_given, fixed=("files-api-2025-04-14",))},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=BinaryAPIResponse,
        )

    def upload(
        self,
        *,
        file: FileTypes,
        purpose: Union[str, NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> FileMetadata:
        return self._client.request(
            "post",
            "/v1/files?beta=true",
            body={"file": file, "purpose": purpose},
            headers=beta_header(not_given, fixed=("files-api-2025-04-14",)),
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=FileMetadata,
            multipart=True,
        )


class MessagesWithRawResponse:
    def __init__(self, messages: Messages) -> None:
        self.create = to_raw_response_wrapper(messages.create)
        self.retrieve = to_raw_response_wrapper(messages.retrieve)
        self.list = to_raw_response_wrapper(messages.list)
        self.results = to_raw_response_wrapper(messages.results)
        self.download = to_raw_response_wrapper(messages.download)


class MessagesWithStreamingResponse:
    def __init__(self, messages: Messages) -> None:
        self.create = to_streamed_response_wrapper(messages.create)
        self.retrieve = to_streamed_response_wrapper(messages.retrieve)
        self.list = to_streamed_response_wrapper(messages.list)
        self.results = to_streamed_response_wrapper(messages.results)
        self.download = to_streamed_response_wrapper(messages.download)


class AsyncMessages(AsyncAPIResource):
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[Mapping[str, object]],
        model: str,
        stream: bool = False,
        betas: Union[SequenceNotStr[str], NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> Union[Message, AsyncStream[RawMessageStreamEvent]]:
        if not stream:
            timeout = self._client.nonstreaming_timeout(max_tokens, model, timeout)
        return await self._client.request(
            "post",
            "/v1/messages?beta=true" if not isinstance(betas, NotGiven) else "/v1/messages",
            body={"max_tokens": max_tokens, "messages": messages, "model": model, "stream": stream},
            headers=beta_header(betas),
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=Message,
            stream=stream or False,
            stream_cls=AsyncStream[RawMessageStreamEvent],
        )

    async def retrieve(
        self,
        message_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> Message:
        return await self._client.request(
            "get",
            path_template("/v1/messages/{message_id}", message_id=message_id),
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=Message,
        )

    def list(
        self,
        *,
        after_id: Union[str, NotGiven] = not_given,
        before_id: Union[str, NotGiven] = not_given,
        limit: Union[int, NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> AsyncPaginator[ModelInfo, AsyncPage[ModelInfo]]:
        return self._client.request_page(
            "/v1/models",
            page=AsyncPage[ModelInfo],
            query={"after_id": after_id, "before_id": before_id, "limit": limit},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
        )

    def list_cursor(
        self,
        *,
        page: Union[str, NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> AsyncPaginator[ModelInfo, AsyncPageCursor[ModelInfo]]:
        return self._client.request_page(
            "/v1/skills?beta=true",
            page=AsyncPageCursor[ModelInfo],
            query={"page": page},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
        )

    async def results(
        self,
        batch_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> AsyncJSONLDecoder[BatchResult]:
        return await self._client.request(
            "get",
            path_template("/v1/messages/batches/{batch_id}/results", batch_id=batch_id),
            headers={"Accept": "application/binary"},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=AsyncJSONLDecoder[BatchResult],
        )

    async def download(
        self,
        file_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> AsyncBinaryAPIResponse:
        return await self._client.request(
            "get",
            path_template("/v1/files/{file_id}/content", file_id=file_id),
            headers={"Accept": "application/binary", **beta_header(not_given, fixed=("files-api-2025-04-14",))},
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=AsyncBinaryAPIResponse,
        )

    async def upload(
        self,
        *,
        file: FileTypes,
        purpose: Union[str, NotGiven] = not_given,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
    ) -> FileMetadata:
        return await self._client.request(
            "post",
            "/v1/files?beta=true",
            body={"file": file, "purpose": purpose},
            headers=beta_header(not_given, fixed=("files-api-2025-04-14",)),
            options=_overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=FileMetadata,
            multipart=True,
        )


class AsyncMessagesWithRawResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self.create = async_to_raw_response_wrapper(messages.create)
        self.retrieve = async_to_raw_response_wrapper(messages.retrieve)
        self.list = async_to_raw_response_wrapper(messages.list)
        self.results = async_to_raw_response_wrapper(messages.results)
        self.download = async_to_raw_response_wrapper(messages.download)


class AsyncMessagesWithStreamingResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self.create = async_to_streamed_response_wrapper(messages.create)
        self.retrieve = async_to_streamed_response_wrapper(messages.retrieve)
        self.list = async_to_streamed_response_wrapper(messages.list)
        self.results = async_to_streamed_response_wrapper(messages.results)
        self.download = async_to_streamed_response_wrapper(messages.download)


def messages(client: SyncAPIClient) -> Messages:
    return Messages(client)


def async_messages(client: AsyncAPIClient) -> AsyncMessages:
    return AsyncMessages(client)


def message_json(text: str = "Hello", **extra: object) -> Dict[str, object]:
    data: Dict[str, object] = {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "content": [{"type": "text", "text": text}],
        "model": "claude-sonnet-4-5",
        "stop_reason": "end_turn",
        "usage": {"input_tokens": 3, "output_tokens": 5},
    }
    data.update(extra)
    return data


def model_json(index: int) -> Dict[str, object]:
    return {
        "id": f"model-{index}",
        "created_at": "2025-02-19T00:00:00Z",
        "display_name": f"Model {index}",
        "type": "model",
    }

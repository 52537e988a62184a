"""`client.messages.stream()`: message streams that accumulate the message and add helper events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic

from ..._streaming import AsyncStream, Stream
from .._parse._parsed_message import ParsedMessage, ParsedTextBlock
from .._parse._response import ResponseFormatT
from ._accumulator import Flavour
from ._base import AsyncMessageStreamBase, AsyncStreamManagerBase, SyncMessageStreamBase, SyncStreamManagerBase
from ._types import (
    CitationEvent,
    InputJsonEvent,
    ParsedContentBlockStopEvent,
    ParsedMessageStopEvent,
    SignatureEvent,
    TextEvent,
    ThinkingEvent,
)

if TYPE_CHECKING:
    from ._types import ParsedMessageStreamEvent  # noqa: F401  (named in quoted type arguments below)

__all__ = ["MessageStream", "AsyncMessageStream", "MessageStreamManager", "AsyncMessageStreamManager"]

MESSAGES = Flavour(
    message=ParsedMessage,
    text_block=ParsedTextBlock,
    text_event=TextEvent,
    citation_event=CitationEvent,
    thinking_event=ThinkingEvent,
    signature_event=SignatureEvent,
    input_json_event=InputJsonEvent,
    message_stop_event=ParsedMessageStopEvent,
    content_block_stop_event=ParsedContentBlockStopEvent,
    json_blocks=frozenset({"tool_use", "server_tool_use"}),
    input_json_event_blocks=frozenset({"tool_use"}),
)


class MessageStream(
    SyncMessageStreamBase["ParsedMessageStreamEvent[ResponseFormatT]", "ParsedMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """Iterate for the raw and helper events; the message accumulates as you go.

    ```py
    with client.messages.stream(...) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
    message = stream.get_final_message()
    ```
    """

    _flavour = MESSAGES


class AsyncMessageStream(
    AsyncMessageStreamBase["ParsedMessageStreamEvent[ResponseFormatT]", "ParsedMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """The async counterpart of `MessageStream`."""

    _flavour = MESSAGES


class MessageStreamManager(SyncStreamManagerBase[MessageStream[ResponseFormatT]], Generic[ResponseFormatT]):
    """What `client.messages.stream()` returns: `with` it to send the request and get a `MessageStream`."""

    def _wrap(self, raw_stream: Stream[Any]) -> MessageStream[ResponseFormatT]:
        return MessageStream(raw_stream, self._output_format)


class AsyncMessageStreamManager(AsyncStreamManagerBase[AsyncMessageStream[ResponseFormatT]], Generic[ResponseFormatT]):
    """What `AsyncAnthropic().messages.stream()` returns: `async with` it to get an `AsyncMessageStream`."""

    def _wrap(self, raw_stream: AsyncStream[Any]) -> AsyncMessageStream[ResponseFormatT]:
        return AsyncMessageStream(raw_stream, self._output_format)

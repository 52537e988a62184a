"""`client.beta.messages.stream()`: message streams that accumulate the message and add helper events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Union

from ..._streaming import AsyncStream, Stream
from .._parse._parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
from .._parse._response import ResponseFormatT
from ._accumulator import Flavour
from ._base import AsyncMessageStreamBase, AsyncStreamManagerBase, SyncMessageStreamBase, SyncStreamManagerBase
from ._beta_types import (
    BetaCitationEvent,
    BetaCompactionEvent,
    BetaInputJsonEvent,
    BetaSignatureEvent,
    BetaThinkingEvent,
    ParsedBetaContentBlockStopEvent,
    ParsedBetaMessageStopEvent,
    ParsedBetaTextEvent,
)
from ._buffers import PartialMode

if TYPE_CHECKING:
    from ._beta_types import ParsedBetaMessageStreamEvent  # noqa: F401  (named in quoted type arguments below)

__all__ = ["BetaMessageStream", "BetaAsyncMessageStream", "BetaMessageStreamManager", "BetaAsyncMessageStreamManager"]

BETA_MESSAGES = Flavour(
    message=ParsedBetaMessage,
    text_block=ParsedBetaTextBlock,
    text_event=ParsedBetaTextEvent,
    citation_event=BetaCitationEvent,
    thinking_event=BetaThinkingEvent,
    signature_event=BetaSignatureEvent,
    input_json_event=BetaInputJsonEvent,
    message_stop_event=ParsedBetaMessageStopEvent,
    content_block_stop_event=ParsedBetaContentBlockStopEvent,
    compaction_event=BetaCompactionEvent,
    json_blocks=frozenset({"tool_use", "server_tool_use", "mcp_tool_use"}),
    input_json_event_blocks=frozenset({"tool_use", "mcp_tool_use"}),
)

FINE_GRAINED_TOOL_STREAMING = "fine-grained-tool-streaming-2025-05-14"


def _beta_partial_mode(raw_stream: Union[Stream[Any], AsyncStream[Any]]) -> PartialMode:
    # With fine-grained tool streaming, string values arrive in pieces: keep the unfinished tail.
    try:
        betas = raw_stream.response.request.headers.get("anthropic-beta", "")
    except RuntimeError:  # a response built without a request
        return True
    return "trailing-strings" if FINE_GRAINED_TOOL_STREAMING in betas else True


class BetaMessageStream(
    SyncMessageStreamBase["ParsedBetaMessageStreamEvent[ResponseFormatT]", "ParsedBetaMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """Iterate for the raw and helper events; the message accumulates as you go."""

    _flavour = BETA_MESSAGES

    def _partial_mode(self) -> PartialMode:
        return _beta_partial_mode(self._raw_stream)


class BetaAsyncMessageStream(
    AsyncMessageStreamBase["ParsedBetaMessageStreamEvent[ResponseFormatT]", "ParsedBetaMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """The async counterpart of `BetaMessageStream`."""

    _flavour = BETA_MESSAGES

    def _partial_mode(self) -> PartialMode:
        return _beta_partial_mode(self._raw_stream)


class BetaMessageStreamManager(SyncStreamManagerBase[BetaMessageStream[ResponseFormatT]], Generic[ResponseFormatT]):
    """What `client.beta.messages.stream()` returns: `with` it to send the request and get a `BetaMessageStream`."""

    def _wrap(self, raw_stream: Stream[Any]) -> BetaMessageStream[ResponseFormatT]:
        return BetaMessageStream(raw_stream, self._output_format)


class BetaAsyncMessageStreamManager(
    AsyncStreamManagerBase[BetaAsyncMessageStream[ResponseFormatT]], Generic[ResponseFormatT]
):
    """What `AsyncAnthropic().beta.messages.stream()` returns: `async with` it to get a `BetaAsyncMessageStream`."""

    def _wrap(self, raw_stream: AsyncStream[Any]) -> BetaAsyncMessageStream[ResponseFormatT]:
        return BetaAsyncMessageStream(raw_stream, self._output_format)

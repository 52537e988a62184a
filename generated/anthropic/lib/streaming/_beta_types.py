"""The helper events `client.beta.messages.stream()` yields next to the raw events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Generic, List, Optional, Union, cast

import jiter
from pydantic import Field
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ...types.beta import (
    BetaRawContentBlockDeltaEvent,
    BetaRawContentBlockStartEvent,
    BetaRawContentBlockStopEvent,
    BetaRawMessageDeltaEvent,
    BetaRawMessageStartEvent,
    BetaRawMessageStopEvent,
    BetaTextCitation,
)
from .._parse._parsed_beta_message import ParsedBetaContentBlock, ParsedBetaMessage
from .._parse._response import ResponseFormatT
from ._lazy import LazyFieldsModel

__all__ = [
    "ParsedBetaTextEvent",
    "BetaCitationEvent",
    "BetaThinkingEvent",
    "BetaSignatureEvent",
    "BetaInputJsonEvent",
    "BetaCompactionEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStreamEvent",
]


class ParsedBetaTextEvent(LazyFieldsModel):
    type: Literal["text"]

    text: str
    """The text that this delta added."""

    snapshot: str
    """All the text of the block up to and including this delta."""

    def parsed_snapshot(self) -> Dict[str, Any]:
        """The snapshot read as (possibly unfinished) JSON, for structured outputs."""
        return cast(Dict[str, Any], jiter.from_json(self.snapshot.encode(), partial_mode="trailing-strings"))


class BetaCitationEvent(LazyFieldsModel):
    type: Literal["citation"]

    citation: BetaTextCitation
    """The citation that this delta added."""

    snapshot: List[BetaTextCitation]
    """All the citations of the block up to and including this one."""


class BetaThinkingEvent(LazyFieldsModel):
    type: Literal["thinking"]

    thinking: str
    """The thinking text that this delta added."""

    snapshot: str
    """All the thinking text of the block up to and including this delta."""


class BetaSignatureEvent(BaseModel):
    type: Literal["signature"]

    signature: str
    """The signature of the thinking block."""


class BetaInputJsonEvent(LazyFieldsModel):
    type: Literal["input_json"]

    partial_json: str
    """The piece of JSON text that this delta added, e.g. `'"San Francisco,'`."""

    snapshot: object
    """The tool input parsed from all the JSON so far, e.g. `{'location': 'San Francisco'}`."""


class BetaCompactionEvent(BaseModel):
    type: Literal["compaction"]

    content: Optional[str]
    """The summary of the compacted context."""


class ParsedBetaMessageStopEvent(BetaRawMessageStopEvent, Generic[ResponseFormatT]):
    type: Literal["message_stop"]

    if TYPE_CHECKING:
        message: ParsedBetaMessage[ResponseFormatT]
    else:
        message: ParsedBetaMessage
        """The complete message."""


class ParsedBetaContentBlockStopEvent(BetaRawContentBlockStopEvent, Generic[ResponseFormatT]):
    type: Literal["content_block_stop"]

    if TYPE_CHECKING:
        content_block: ParsedBetaContentBlock[ResponseFormatT]
    else:
        content_block: Any
        """The complete content block."""


ParsedBetaMessageStreamEvent: TypeAlias = Annotated[
    Union[
        ParsedBetaTextEvent,
        BetaCitationEvent,
        BetaThinkingEvent,
        BetaSignatureEvent,
        BetaInputJsonEvent,
        BetaCompactionEvent,
        BetaRawMessageStartEvent,
        BetaRawMessageDeltaEvent,
        ParsedBetaMessageStopEvent[ResponseFormatT],
        BetaRawContentBlockStartEvent,
        BetaRawContentBlockDeltaEvent,
        ParsedBetaContentBlockStopEvent[ResponseFormatT],
    ],
    Field(discriminator="type"),
]

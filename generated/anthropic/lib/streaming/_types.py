"""The helper events `client.messages.stream()` yields next to the raw events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Generic, List, Union, cast

import jiter
from pydantic import Field
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ...types import (
    ContentBlock,
    Message,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
    TextCitation,
)
from .._parse._parsed_message import ParsedContentBlock, ParsedMessage
from .._parse._response import ResponseFormatT
from ._lazy import LazyFieldsModel

__all__ = [
    "TextEvent",
    "CitationEvent",
    "ThinkingEvent",
    "SignatureEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "ContentBlockStopEvent",
    "MessageStreamEvent",
    "ParsedMessageStopEvent",
    "ParsedContentBlockStopEvent",
    "ParsedMessageStreamEvent",
]


class TextEvent(LazyFieldsModel):
    type: Literal["text"]

    text: str
    """The text that this delta added."""

    snapshot: str
    """All the text of the block up to and including this delta."""

    def parsed_snapshot(self) -> Dict[str, Any]:
        """The snapshot read as (possibly unfinished) JSON, for structured outputs."""
        return cast(Dict[str, Any], jiter.from_json(self.snapshot.encode(), partial_mode="trailing-strings"))


class CitationEvent(LazyFieldsModel):
    type: Literal["citation"]

    citation: TextCitation
    """The citation that this delta added."""

    snapshot: List[TextCitation]
    """All the citations of the block up to and including this one."""


class ThinkingEvent(LazyFieldsModel):
    type: Literal["thinking"]

    thinking: str
    """The thinking text that this delta added."""

    snapshot: str
    """All the thinking text of the block up to and including this delta."""


class SignatureEvent(BaseModel):
    type: Literal["signature"]

    signature: str
    """The signature of the thinking block."""


class InputJsonEvent(LazyFieldsModel):
    type: Literal["input_json"]

    partial_json: str
    """The piece of JSON text that this delta added, e.g. `'"San Francisco,'`."""

    snapshot: object
    """The tool input parsed from all the JSON so far, e.g. `{'location': 'San Francisco'}`."""


class MessageStopEvent(RawMessageStopEvent):
    type: Literal["message_stop"]

    message: Message
    """The complete message."""


class ContentBlockStopEvent(RawContentBlockStopEvent):
    type: Literal["content_block_stop"]

    content_block: ContentBlock
    """The complete content block."""


MessageStreamEvent: TypeAlias = Annotated[
    Union[
        TextEvent,
        CitationEvent,
        ThinkingEvent,
        SignatureEvent,
        InputJsonEvent,
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        MessageStopEvent,
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        ContentBlockStopEvent,
    ],
    Field(discriminator="type"),
]


class ParsedMessageStopEvent(RawMessageStopEvent, Generic[ResponseFormatT]):
    type: Literal["message_stop"]

    if TYPE_CHECKING:
        message: ParsedMessage[ResponseFormatT]
    else:
        message: ParsedMessage
        """The complete message."""


class ParsedContentBlockStopEvent(RawContentBlockStopEvent, Generic[ResponseFormatT]):
    type: Literal["content_block_stop"]

    if TYPE_CHECKING:
        content_block: ParsedContentBlock[ResponseFormatT]
    else:
        content_block: Any
        """The complete content block."""


ParsedMessageStreamEvent: TypeAlias = Annotated[
    Union[
        TextEvent,
        CitationEvent,
        ThinkingEvent,
        SignatureEvent,
        InputJsonEvent,
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        ParsedMessageStopEvent[ResponseFormatT],
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        ParsedContentBlockStopEvent[ResponseFormatT],
    ],
    Field(discriminator="type"),
]

"""`ParsedMessage`: a `Message` whose text blocks carry the reply parsed into a requested type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, List, Optional, Union

from pydantic import Field
from typing_extensions import Annotated, TypeAlias

from ...types import (
    Message,
    RedactedThinkingBlock,
    ServerToolUseBlock,
    TextBlock,
    ThinkingBlock,
    ToolUseBlock,
    WebSearchToolResultBlock,
)
from ._response import ResponseFormatT, to_parsed

__all__ = ["ParsedTextBlock", "ParsedContentBlock", "ParsedMessage"]


class ParsedTextBlock(TextBlock, Generic[ResponseFormatT]):
    # Typed for users; at runtime `Any`, so that serialising an unparametrised block does not warn.
    if TYPE_CHECKING:
        parsed_output: Optional[ResponseFormatT] = None
    else:
        parsed_output: Any = None


ParsedContentBlock: TypeAlias = Annotated[
    Union[
        ParsedTextBlock[ResponseFormatT],
        ThinkingBlock,
        RedactedThinkingBlock,
        ToolUseBlock,
        ServerToolUseBlock,
        WebSearchToolResultBlock,
    ],
    Field(discriminator="type"),
]

_RuntimeContentBlock = Annotated[
    Union[
        ParsedTextBlock,
        ThinkingBlock,
        RedactedThinkingBlock,
        ToolUseBlock,
        ServerToolUseBlock,
        WebSearchToolResultBlock,
    ],
    Field(discriminator="type"),
]


class ParsedMessage(Message, Generic[ResponseFormatT]):
    if TYPE_CHECKING:
        content: List[ParsedContentBlock[ResponseFormatT]]  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride]
    else:
        content: List[_RuntimeContentBlock]

    @property
    def parsed_output(self) -> Optional[ResponseFormatT]:
        """The first text block's `parsed_output`, or None."""
        for block in self.content:
            if block.type == "text" and block.parsed_output is not None:
                return block.parsed_output
        return None


def parse_response(
    *, response: Message, output_format: Optional[type[ResponseFormatT]]
) -> ParsedMessage[ResponseFormatT]:
    """`response` with every text block parsed into `output_format` (when given)."""
    parsed: ParsedMessage[ResponseFormatT] = to_parsed(
        response, message_cls=ParsedMessage, text_block_cls=ParsedTextBlock, output_format=output_format
    )
    return parsed

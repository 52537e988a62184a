"""`ParsedBetaMessage`: a `BetaMessage` whose text blocks carry the reply parsed into a requested type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, List, Optional, Union

from pydantic import Field
from typing_extensions import Annotated, TypeAlias

from ...types.beta import (
    BetaBashCodeExecutionToolResultBlock,
    BetaCodeExecutionToolResultBlock,
    BetaCompactionBlock,
    BetaContainerUploadBlock,
    BetaMCPToolResultBlock,
    BetaMCPToolUseBlock,
    BetaMessage,
    BetaRedactedThinkingBlock,
    BetaServerToolUseBlock,
    BetaTextBlock,
    BetaTextEditorCodeExecutionToolResultBlock,
    BetaThinkingBlock,
    BetaToolSearchToolResultBlock,
    BetaToolUseBlock,
    BetaWebFetchToolResultBlock,
    BetaWebSearchToolResultBlock,
)
from ._response import ResponseFormatT, to_parsed

__all__ = ["ParsedBetaTextBlock", "ParsedBetaContentBlock", "ParsedBetaMessage"]


class ParsedBetaTextBlock(BetaTextBlock, Generic[ResponseFormatT]):
    # Typed for users; at runtime `Any`, so that serialising an unparametrised block does not warn.
    if TYPE_CHECKING:
        parsed_output: Optional[ResponseFormatT] = None
    else:
        parsed_output: Any = None


ParsedBetaContentBlock: TypeAlias = Annotated[
    Union[
        ParsedBetaTextBlock[ResponseFormatT],
        BetaThinkingBlock,
        BetaRedactedThinkingBlock,
        BetaToolUseBlock,
        BetaServerToolUseBlock,
        BetaWebSearchToolResultBlock,
        BetaWebFetchToolResultBlock,
        BetaCodeExecutionToolResultBlock,
        BetaBashCodeExecutionToolResultBlock,
        BetaTextEditorCodeExecutionToolResultBlock,
        BetaToolSearchToolResultBlock,
        BetaMCPToolUseBlock,
        BetaMCPToolResultBlock,
        BetaContainerUploadBlock,
        BetaCompactionBlock,
    ],
    Field(discriminator="type"),
]

_RuntimeContentBlock = Annotated[
    Union[
        ParsedBetaTextBlock,
        BetaThinkingBlock,
        BetaRedactedThinkingBlock,
        BetaToolUseBlock,
        BetaServerToolUseBlock,
        BetaWebSearchToolResultBlock,
        BetaWebFetchToolResultBlock,
        BetaCodeExecutionToolResultBlock,
        BetaBashCodeExecutionToolResultBlock,
        BetaTextEditorCodeExecutionToolResultBlock,
        BetaToolSearchToolResultBlock,
        BetaMCPToolUseBlock,
        BetaMCPToolResultBlock,
        BetaContainerUploadBlock,
        BetaCompactionBlock,
    ],
    Field(discriminator="type"),
]


class ParsedBetaMessage(BetaMessage, Generic[ResponseFormatT]):
    if TYPE_CHECKING:
        content: List[ParsedBetaContentBlock[ResponseFormatT]]  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride]
    else:
        content: List[_RuntimeContentBlock]

    @property
    def parsed_output(self) -> Optional[ResponseFormatT]:
        """The first text block's `parsed_output`, or None."""
        for block in self.content:
            if block.type == "text" and block.parsed_output is not None:
                return block.parsed_output
        return None


def parse_beta_response(
    *, response: BetaMessage, output_format: Optional[type[ResponseFormatT]]
) -> ParsedBetaMessage[ResponseFormatT]:
    """`response` with every text block parsed into `output_format` (when given)."""
    parsed: ParsedBetaMessage[ResponseFormatT] = to_parsed(
        response, message_cls=ParsedBetaMessage, text_block_cls=ParsedBetaTextBlock, output_format=output_format
    )
    return parsed

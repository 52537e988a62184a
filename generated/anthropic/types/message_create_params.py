# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .message_param import MessageParam
from .metadata_param import MetadataParam
from .model_param import ModelParam
from .output_config_param import OutputConfigParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_param import ToolChoiceParam
from .tool_union_param import ToolUnionParam

__all__ = [
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "MessageCreateParams",
    "System",
]


class MessageCreateParamsBase(TypedDict, total=False):
    max_tokens: Required[int]

    messages: Required[Iterable[MessageParam]]

    model: Required[ModelParam]

    inference_geo: Optional[str]
    """Where inference should run; the workspace default applies when omitted."""

    metadata: MetadataParam

    output_config: OutputConfigParam

    service_tier: Literal["auto", "standard_only"]

    stop_sequences: SequenceNotStr[str]

    system: Union[str, Iterable[TextBlockParam]]

    temperature: float

    thinking: ThinkingConfigParam

    tool_choice: ToolChoiceParam

    tools: Iterable[ToolUnionParam]

    top_k: int

    top_p: float


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Literal[False]


class MessageCreateParamsStreaming(MessageCreateParamsBase, total=False):
    stream: Required[Literal[True]]


MessageCreateParams: TypeAlias = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]


System: TypeAlias = Union[str, Iterable[TextBlockParam]]

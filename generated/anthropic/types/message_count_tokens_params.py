# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Required, TypeAlias, TypedDict

from .message_count_tokens_tool_param import MessageCountTokensToolParam
from .message_param import MessageParam
from .model_param import ModelParam
from .output_config_param import OutputConfigParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_param import ToolChoiceParam

__all__ = [
    "MessageCountTokensParams",
    "System",
]


class MessageCountTokensParams(TypedDict, total=False):
    messages: Required[Iterable[MessageParam]]

    model: Required[ModelParam]

    output_config: OutputConfigParam

    system: Union[str, Iterable[TextBlockParam]]

    thinking: ThinkingConfigParam

    tool_choice: ToolChoiceParam

    tools: Iterable[MessageCountTokensToolParam]


System: TypeAlias = Union[str, Iterable[TextBlockParam]]

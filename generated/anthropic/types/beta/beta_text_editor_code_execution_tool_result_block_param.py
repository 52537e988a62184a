# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_text_editor_code_execution_create_result_block_param import BetaTextEditorCodeExecutionCreateResultBlockParam
from .beta_text_editor_code_execution_str_replace_result_block_param import (
    BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
)
from .beta_text_editor_code_execution_tool_result_error_param import BetaTextEditorCodeExecutionToolResultErrorParam
from .beta_text_editor_code_execution_view_result_block_param import BetaTextEditorCodeExecutionViewResultBlockParam

__all__ = [
    "BetaTextEditorCodeExecutionToolResultBlockParam",
    "Content",
]


class BetaTextEditorCodeExecutionToolResultBlockParam(TypedDict, total=False):
    content: Required[
        Union[
            BetaTextEditorCodeExecutionToolResultErrorParam,
            BetaTextEditorCodeExecutionViewResultBlockParam,
            BetaTextEditorCodeExecutionCreateResultBlockParam,
            BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["text_editor_code_execution_tool_result"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]


Content: TypeAlias = Union[
    BetaTextEditorCodeExecutionToolResultErrorParam,
    BetaTextEditorCodeExecutionViewResultBlockParam,
    BetaTextEditorCodeExecutionCreateResultBlockParam,
    BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from .beta_text_editor_code_execution_create_result_block import BetaTextEditorCodeExecutionCreateResultBlock
from .beta_text_editor_code_execution_str_replace_result_block import BetaTextEditorCodeExecutionStrReplaceResultBlock
from .beta_text_editor_code_execution_tool_result_error import BetaTextEditorCodeExecutionToolResultError
from .beta_text_editor_code_execution_view_result_block import BetaTextEditorCodeExecutionViewResultBlock

__all__ = [
    "BetaTextEditorCodeExecutionToolResultBlock",
    "Content",
]


class BetaTextEditorCodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[
            BetaTextEditorCodeExecutionToolResultError,
            BetaTextEditorCodeExecutionViewResultBlock,
            BetaTextEditorCodeExecutionCreateResultBlock,
            BetaTextEditorCodeExecutionStrReplaceResultBlock,
        ],
        FieldInfo(discriminator="type"),
    ]

    tool_use_id: str

    type: Literal["text_editor_code_execution_tool_result"]


Content: TypeAlias = Annotated[
    Union[
        BetaTextEditorCodeExecutionToolResultError,
        BetaTextEditorCodeExecutionViewResultBlock,
        BetaTextEditorCodeExecutionCreateResultBlock,
        BetaTextEditorCodeExecutionStrReplaceResultBlock,
    ],
    FieldInfo(discriminator="type"),
]

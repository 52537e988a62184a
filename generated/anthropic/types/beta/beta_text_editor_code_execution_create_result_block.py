# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaTextEditorCodeExecutionCreateResultBlock",
]


class BetaTextEditorCodeExecutionCreateResultBlock(BaseModel):
    is_file_update: bool

    type: Literal["text_editor_code_execution_create_result"]

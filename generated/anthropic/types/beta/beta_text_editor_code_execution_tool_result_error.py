# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaTextEditorCodeExecutionToolResultError",
]


class BetaTextEditorCodeExecutionToolResultError(BaseModel):
    error_code: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"
    ]

    error_message: Optional[str] = None

    type: Literal["text_editor_code_execution_tool_result_error"]

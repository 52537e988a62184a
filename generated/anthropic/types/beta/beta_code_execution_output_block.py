# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCodeExecutionOutputBlock",
]


class BetaCodeExecutionOutputBlock(BaseModel):
    """A file written by the executed code."""

    file_id: str

    type: Literal["code_execution_output"]

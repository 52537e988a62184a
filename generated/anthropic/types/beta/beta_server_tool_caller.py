# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaServerToolCaller",
]


class BetaServerToolCaller(BaseModel):
    """Set when code running in the code execution tool issued the call."""

    tool_id: str

    type: Literal["code_execution_20250825"]

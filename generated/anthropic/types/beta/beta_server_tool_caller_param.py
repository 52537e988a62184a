# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaServerToolCallerParam",
]


class BetaServerToolCallerParam(TypedDict, total=False):
    """Set when code running in the code execution tool issued the call."""

    tool_id: Required[str]

    type: Required[Literal["code_execution_20250825"]]

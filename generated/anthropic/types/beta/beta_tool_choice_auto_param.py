# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceAutoParam",
]


class BetaToolChoiceAutoParam(TypedDict, total=False):
    """Tool use is optional."""

    type: Required[Literal["auto"]]

    disable_parallel_tool_use: bool

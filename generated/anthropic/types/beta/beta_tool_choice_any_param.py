# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceAnyParam",
]


class BetaToolChoiceAnyParam(TypedDict, total=False):
    """Some tool call is required."""

    type: Required[Literal["any"]]

    disable_parallel_tool_use: bool

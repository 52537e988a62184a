# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceToolParam",
]


class BetaToolChoiceToolParam(TypedDict, total=False):
    """A call to the named tool is required."""

    name: Required[str]

    type: Required[Literal["tool"]]

    disable_parallel_tool_use: bool

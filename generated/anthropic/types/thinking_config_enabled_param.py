# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ThinkingConfigEnabledParam",
]


class ThinkingConfigEnabledParam(TypedDict, total=False):
    """Turns on extended thinking with a fixed token budget."""

    budget_tokens: Required[int]

    type: Required[Literal["enabled"]]

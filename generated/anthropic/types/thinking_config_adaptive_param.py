# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ThinkingConfigAdaptiveParam",
]


class ThinkingConfigAdaptiveParam(TypedDict, total=False):
    """Lets the model decide how much to think."""

    type: Required[Literal["adaptive"]]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "FishDetailsParam",
]

FishDetailsParam = TypedDict(
    "FishDetailsParam",
    {
        "kind": Required[Literal["fish"]],
        "water": Required[Literal["fresh", "salt"]],
        "tank-liters": float,
    },
    total=False,
)

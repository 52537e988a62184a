# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "DogDetailsParam",
]


class DogDetailsParam(TypedDict, total=False):
    kind: Required[Literal["dog"]]

    good_boy: Required[bool]

    breed: str

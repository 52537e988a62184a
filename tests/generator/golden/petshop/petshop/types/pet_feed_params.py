# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "PetFeedParamsBase",
    "PetFeedParamsNonStreaming",
    "PetFeedParamsStreaming",
    "PetFeedParams",
]


class PetFeedParamsBase(TypedDict, total=False):
    food: Required[Literal["kibble", "fish_flakes", "seeds"]]

    grams: int


class PetFeedParamsNonStreaming(PetFeedParamsBase, total=False):
    stream: Literal[False]


class PetFeedParamsStreaming(PetFeedParamsBase, total=False):
    stream: Required[Literal[True]]


PetFeedParams: TypeAlias = Union[PetFeedParamsNonStreaming, PetFeedParamsStreaming]

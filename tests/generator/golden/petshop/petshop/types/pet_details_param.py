# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .cat_details_param import CatDetailsParam
from .dog_details_param import DogDetailsParam
from .fish_details_param import FishDetailsParam

__all__ = [
    "PetDetailsParam",
]

PetDetailsParam: TypeAlias = Union[DogDetailsParam, CatDetailsParam, FishDetailsParam]
"""Species-specific details, discriminated by `kind`."""

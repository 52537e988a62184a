# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .cat_details import CatDetails
from .dog_details import DogDetails
from .fish_details import FishDetails

__all__ = [
    "PetDetails",
]

PetDetails: TypeAlias = Annotated[Union[DogDetails, CatDetails, FishDetails], FieldInfo(discriminator="kind")]
"""Species-specific details, discriminated by `kind`."""

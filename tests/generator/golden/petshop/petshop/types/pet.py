# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict, List, Optional

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from .pet_details import PetDetails
from .species import Species

__all__ = [
    "PetHealth",
    "Pet",
    "Health",
]


class PetHealth(BaseModel):
    """Last check-up (an inline object)."""

    checked_at: str

    weight_kg: Optional[float] = None

    vaccinated: Optional[bool] = None


class Pet(BaseModel):
    """A pet in the shop."""

    id: str

    type: Literal["pet"]

    name: str
    """The pet's given name."""

    species: Species

    nickname: Optional[str] = None
    """A nickname; null when the pet has none."""

    birth_date: Optional[str] = None

    tags: List[str]

    details: PetDetails

    owner: Optional[Owner] = None
    """The current owner, if the pet is sold."""

    health: Optional[PetHealth] = None
    """Last check-up (an inline object)."""

    attributes: Optional[Dict[str, str]] = None
    """Free-form attributes."""


Health: TypeAlias = PetHealth


# Imported last: these modules import this one back (a recursive schema).
from .owner import Owner  # noqa: E402

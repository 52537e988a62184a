# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr
from .pet_details_param import PetDetailsParam
from .species_param import SpeciesParam

__all__ = [
    "PetCreateParams",
]


class PetCreateParams(TypedDict, total=False):
    idempotency_key: str
    """Makes a retried request safe."""

    name: Required[str]

    species: Required[SpeciesParam]

    nickname: Optional[str]

    tags: SequenceNotStr[str]

    details: Required[PetDetailsParam]

    owner_id: Optional[str]

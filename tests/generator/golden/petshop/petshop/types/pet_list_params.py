# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import TypedDict

from .species_param import SpeciesParam

__all__ = [
    "PetListParams",
]


class PetListParams(TypedDict, total=False):
    after_id: str
    """Cursor; return the page after this pet."""

    before_id: str
    """Cursor; return the page before this pet."""

    limit: int
    """Items per page (1 to 100)."""

    species: SpeciesParam
    """Only pets of this species."""

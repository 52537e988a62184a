# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "SpeciesParam",
]

SpeciesParam: TypeAlias = Literal["dog", "cat", "fish", "bird"]
"""What kind of animal a pet is."""

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "VersionCreateResponse",
]


class VersionCreateResponse(BaseModel):
    id: str

    created_at: str

    description: str
    """Taken from the uploaded SKILL.md."""

    directory: str

    name: str
    """Taken from the uploaded SKILL.md."""

    skill_id: str

    type: str

    version: str
    """Version id"""

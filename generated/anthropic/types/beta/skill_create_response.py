# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "SkillCreateResponse",
]


class SkillCreateResponse(BaseModel):
    id: str

    created_at: str

    display_title: Optional[str] = None

    latest_version: Optional[str] = None

    source: str
    """Who made the skill: "custom" (a user) or "anthropic"."""

    type: str

    updated_at: str

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Optional

from ..._models import BaseModel
from .beta_skill import BetaSkill

__all__ = [
    "BetaContainer",
]


class BetaContainer(BaseModel):
    """Container the request ran in."""

    id: str

    expires_at: str

    skills: Optional[List[BetaSkill]] = None

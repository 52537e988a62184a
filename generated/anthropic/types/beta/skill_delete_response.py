# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "SkillDeleteResponse",
]


class SkillDeleteResponse(BaseModel):
    id: str

    type: str

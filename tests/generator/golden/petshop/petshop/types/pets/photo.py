# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "Photo",
]


class Photo(BaseModel):
    id: str

    pet_id: str

    caption: Optional[str] = None

    size_bytes: int

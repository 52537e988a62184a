# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel

__all__ = [
    "Category",
]


class Category(BaseModel):
    """A node in the category tree (a recursive schema)."""

    id: str

    name: str

    children: List[Category]

    parent: Optional[Category] = None

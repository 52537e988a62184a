# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel

__all__ = [
    "Owner",
]


class Owner(BaseModel):
    """A person who owns pets."""

    id: str

    name: str

    pets: Optional[List[Pet]] = None
    """The owner's other pets (a recursion across modules)."""


# Imported last: these modules import this one back (a recursive schema).
from .pet import Pet  # noqa: E402

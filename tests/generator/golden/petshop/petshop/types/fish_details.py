# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "FishDetails",
]


class FishDetails(BaseModel):
    kind: Literal["fish"]

    water: Literal["fresh", "salt"]

    tank_liters: Optional[float] = FieldInfo(alias="tank-liters", default=None)
    """A wire name that is not an identifier."""

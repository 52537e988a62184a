# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .meal import Meal

__all__ = [
    "MealDoneEvent",
]


class MealDoneEvent(BaseModel):
    type: Literal["meal_done"]

    meal: Meal

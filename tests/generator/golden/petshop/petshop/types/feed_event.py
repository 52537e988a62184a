# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .bite_event import BiteEvent
from .meal_done_event import MealDoneEvent

__all__ = [
    "FeedEvent",
]

FeedEvent: TypeAlias = Annotated[Union[BiteEvent, MealDoneEvent], FieldInfo(discriminator="type")]

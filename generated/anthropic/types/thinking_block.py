# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ThinkingBlock",
]


class ThinkingBlock(BaseModel):
    signature: str

    thinking: str

    type: Literal["thinking"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "TextDelta",
]


class TextDelta(BaseModel):
    text: str

    type: Literal["text_delta"]

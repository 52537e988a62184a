# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .text_citation import TextCitation

__all__ = [
    "TextBlock",
]


class TextBlock(BaseModel):
    citations: Optional[List[TextCitation]] = None

    text: str

    type: Literal["text"]

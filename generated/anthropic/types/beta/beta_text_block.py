# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_citation import BetaTextCitation

__all__ = [
    "BetaTextBlock",
]


class BetaTextBlock(BaseModel):
    citations: Optional[List[BetaTextCitation]] = None
    """Present when the text is backed by cited sources; null otherwise."""

    text: str

    type: Literal["text"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_document_block import BetaDocumentBlock

__all__ = [
    "BetaWebFetchBlock",
]


class BetaWebFetchBlock(BaseModel):
    """The content retrieved from one URL."""

    content: BetaDocumentBlock

    retrieved_at: Optional[str] = None

    type: Literal["web_fetch_result"]

    url: str

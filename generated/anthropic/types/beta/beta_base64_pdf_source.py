# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaBase64PDFSource",
]


class BetaBase64PDFSource(BaseModel):
    """A PDF document as base64 data."""

    data: str

    media_type: Literal["application/pdf"]

    type: Literal["base64"]

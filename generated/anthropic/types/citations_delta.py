# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .text_citation import TextCitation

__all__ = [
    "CitationsDelta",
]


class CitationsDelta(BaseModel):
    citation: TextCitation

    type: Literal["citations_delta"]

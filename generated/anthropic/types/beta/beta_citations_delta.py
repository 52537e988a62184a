# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_citation import BetaTextCitation

__all__ = [
    "BetaCitationsDelta",
]


class BetaCitationsDelta(BaseModel):
    citation: BetaTextCitation

    type: Literal["citations_delta"]

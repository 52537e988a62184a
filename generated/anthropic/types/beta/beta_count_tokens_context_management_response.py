# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "BetaCountTokensContextManagementResponse",
]


class BetaCountTokensContextManagementResponse(BaseModel):
    original_input_tokens: int
    """Input token count without context management."""

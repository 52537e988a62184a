# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .beta_count_tokens_context_management_response import BetaCountTokensContextManagementResponse

__all__ = [
    "BetaMessageTokensCount",
]


class BetaMessageTokensCount(BaseModel):
    context_management: Optional[BetaCountTokensContextManagementResponse] = None

    input_tokens: int
    """Token count of the whole prompt, tools included."""

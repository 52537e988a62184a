# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from ...._models import BaseModel
from .beta_message_batch_result import BetaMessageBatchResult

__all__ = [
    "BetaMessageBatchIndividualResponse",
]


class BetaMessageBatchIndividualResponse(BaseModel):
    """One line of a batch's JSONL results."""

    custom_id: str

    result: BetaMessageBatchResult

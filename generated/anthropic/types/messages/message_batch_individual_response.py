# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from ..._models import BaseModel
from .message_batch_result import MessageBatchResult

__all__ = [
    "MessageBatchIndividualResponse",
]


class MessageBatchIndividualResponse(BaseModel):
    """One line of a batch's results file."""

    custom_id: str

    result: MessageBatchResult

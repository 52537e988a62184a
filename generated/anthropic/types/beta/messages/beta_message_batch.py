# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from .beta_message_batch_request_counts import BetaMessageBatchRequestCounts

__all__ = [
    "BetaMessageBatch",
]


class BetaMessageBatch(BaseModel):
    id: str

    archived_at: Optional[str] = None

    cancel_initiated_at: Optional[str] = None

    created_at: str

    ended_at: Optional[str] = None

    expires_at: str

    processing_status: Literal["in_progress", "canceling", "ended"]

    request_counts: BetaMessageBatchRequestCounts

    results_url: Optional[str] = None
    """Where the JSONL results can be fetched once processing has ended."""

    type: Literal["message_batch"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .message_batch_request_counts import MessageBatchRequestCounts

__all__ = [
    "MessageBatch",
]


class MessageBatch(BaseModel):
    id: str

    archived_at: Optional[str] = None

    cancel_initiated_at: Optional[str] = None

    created_at: str

    ended_at: Optional[str] = None

    expires_at: str

    processing_status: Literal["in_progress", "canceling", "ended"]

    request_counts: MessageBatchRequestCounts

    results_url: Optional[str] = None
    """Where to download results once the batch has ended."""

    type: Literal["message_batch"]

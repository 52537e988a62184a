# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "BetaMessageBatchRequestCounts",
]


class BetaMessageBatchRequestCounts(BaseModel):
    canceled: int

    errored: int

    expired: int

    processing: int

    succeeded: int

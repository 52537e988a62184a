# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...beta_error_response import BetaErrorResponse

__all__ = [
    "BetaMessageBatchErroredResult",
]


class BetaMessageBatchErroredResult(BaseModel):
    error: BetaErrorResponse

    type: Literal["errored"]

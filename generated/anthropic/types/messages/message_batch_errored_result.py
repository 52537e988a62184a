# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.error_response import ErrorResponse

__all__ = [
    "MessageBatchErroredResult",
]


class MessageBatchErroredResult(BaseModel):
    error: ErrorResponse

    type: Literal["errored"]

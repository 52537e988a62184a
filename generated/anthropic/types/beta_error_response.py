# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .beta_error import BetaError

__all__ = [
    "BetaErrorResponse",
]


class BetaErrorResponse(BaseModel):
    error: BetaError

    request_id: Optional[str] = None

    type: Literal["error"]

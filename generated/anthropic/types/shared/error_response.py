# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .error_object import ErrorObject

__all__ = [
    "ErrorResponse",
]


class ErrorResponse(BaseModel):
    """Body of every non-2xx response."""

    error: ErrorObject

    request_id: Optional[str] = None

    type: Literal["error"]

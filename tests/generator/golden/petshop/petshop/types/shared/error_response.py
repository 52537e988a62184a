# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel

__all__ = [
    "ErrorResponseError",
    "ErrorResponse",
    "Error",
]


class ErrorResponseError(BaseModel):
    type: str

    message: str


class ErrorResponse(BaseModel):
    type: Literal["error"]

    error: ErrorResponseError


Error: TypeAlias = ErrorResponseError

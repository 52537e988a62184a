# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_web_search_tool_result_error_code import BetaWebSearchToolResultErrorCode

__all__ = [
    "BetaWebSearchToolResultError",
]


class BetaWebSearchToolResultError(BaseModel):
    error_code: BetaWebSearchToolResultErrorCode

    type: Literal["web_search_tool_result_error"]

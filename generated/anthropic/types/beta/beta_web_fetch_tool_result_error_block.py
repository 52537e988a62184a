# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_web_fetch_tool_result_error_code import BetaWebFetchToolResultErrorCode

__all__ = [
    "BetaWebFetchToolResultErrorBlock",
]


class BetaWebFetchToolResultErrorBlock(BaseModel):
    error_code: BetaWebFetchToolResultErrorCode

    type: Literal["web_fetch_tool_result_error"]

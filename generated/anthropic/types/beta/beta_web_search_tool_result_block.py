# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_web_search_tool_result_block_content import BetaWebSearchToolResultBlockContent

__all__ = [
    "BetaWebSearchToolResultBlock",
]


class BetaWebSearchToolResultBlock(BaseModel):
    content: BetaWebSearchToolResultBlockContent

    tool_use_id: str

    type: Literal["web_search_tool_result"]

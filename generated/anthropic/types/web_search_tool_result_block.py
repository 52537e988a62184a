# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .web_search_tool_result_block_content import WebSearchToolResultBlockContent

__all__ = [
    "WebSearchToolResultBlock",
]


class WebSearchToolResultBlock(BaseModel):
    content: WebSearchToolResultBlockContent

    tool_use_id: str

    type: Literal["web_search_tool_result"]

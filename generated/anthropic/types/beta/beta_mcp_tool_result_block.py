# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .beta_text_block import BetaTextBlock

__all__ = [
    "BetaMCPToolResultBlock",
    "Content",
]


class BetaMCPToolResultBlock(BaseModel):
    content: Union[str, List[BetaTextBlock]]

    is_error: bool

    tool_use_id: str

    type: Literal["mcp_tool_result"]


Content: TypeAlias = Union[str, List[BetaTextBlock]]

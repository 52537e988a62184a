# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ServerToolUseBlock",
]


class ServerToolUseBlock(BaseModel):
    id: str

    input: Dict[str, object]

    name: Literal["web_search"]

    type: Literal["server_tool_use"]

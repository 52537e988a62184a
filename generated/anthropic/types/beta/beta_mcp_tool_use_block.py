# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMCPToolUseBlock",
]


class BetaMCPToolUseBlock(BaseModel):
    """A call the model made to a tool on a remote MCP server."""

    id: str

    input: Dict[str, object]

    name: str

    server_name: str

    type: Literal["mcp_tool_use"]

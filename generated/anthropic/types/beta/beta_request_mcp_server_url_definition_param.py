# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_mcp_server_tool_configuration_param import BetaRequestMCPServerToolConfigurationParam

__all__ = [
    "BetaRequestMCPServerURLDefinitionParam",
]


class BetaRequestMCPServerURLDefinitionParam(TypedDict, total=False):
    """A remote MCP server reachable by URL."""

    name: Required[str]

    type: Required[Literal["url"]]

    url: Required[str]

    authorization_token: Optional[str]

    tool_configuration: Optional[BetaRequestMCPServerToolConfigurationParam]

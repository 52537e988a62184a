# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_text_block_param import BetaTextBlockParam

__all__ = [
    "BetaRequestMCPToolResultBlockParam",
    "Content",
]


class BetaRequestMCPToolResultBlockParam(TypedDict, total=False):
    tool_use_id: Required[str]

    type: Required[Literal["mcp_tool_result"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Union[str, Iterable[BetaTextBlockParam]]

    is_error: bool


Content: TypeAlias = Union[str, Iterable[BetaTextBlockParam]]

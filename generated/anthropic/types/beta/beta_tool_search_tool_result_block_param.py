# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_tool_search_tool_result_error_param import BetaToolSearchToolResultErrorParam
from .beta_tool_search_tool_search_result_block_param import BetaToolSearchToolSearchResultBlockParam

__all__ = [
    "BetaToolSearchToolResultBlockParam",
    "Content",
]


class BetaToolSearchToolResultBlockParam(TypedDict, total=False):
    content: Required[Union[BetaToolSearchToolResultErrorParam, BetaToolSearchToolSearchResultBlockParam]]

    tool_use_id: Required[str]

    type: Required[Literal["tool_search_tool_result"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]


Content: TypeAlias = Union[BetaToolSearchToolResultErrorParam, BetaToolSearchToolSearchResultBlockParam]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_direct_caller_param import BetaDirectCallerParam
from .beta_server_tool_caller_param import BetaServerToolCallerParam

__all__ = [
    "BetaServerToolUseBlockParam",
    "Caller",
]


class BetaServerToolUseBlockParam(TypedDict, total=False):
    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[
        Literal[
            "web_search",
            "web_fetch",
            "code_execution",
            "bash_code_execution",
            "text_editor_code_execution",
            "tool_search_tool_regex",
            "tool_search_tool_bm25",
        ]
    ]

    type: Required[Literal["server_tool_use"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    caller: Union[BetaDirectCallerParam, BetaServerToolCallerParam]


Caller: TypeAlias = Union[BetaDirectCallerParam, BetaServerToolCallerParam]

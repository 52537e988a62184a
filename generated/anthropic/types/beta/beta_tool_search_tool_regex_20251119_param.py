# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolSearchToolRegex20251119Param",
]


class BetaToolSearchToolRegex20251119Param(TypedDict, total=False):
    name: Required[Literal["tool_search_tool_regex"]]

    type: Required[Literal["tool_search_tool_regex_20251119", "tool_search_tool_regex"]]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    strict: bool

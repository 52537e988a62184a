# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaWebSearchTool20250305ParamUserLocationApproximate",
    "BetaWebSearchTool20250305Param",
    "UserLocation",
]


class BetaWebSearchTool20250305ParamUserLocationApproximate(TypedDict, total=False):
    type: Required[Literal["approximate"]]

    city: Optional[str]

    country: Optional[str]
    """ISO 3166-1 alpha-2 code."""

    region: Optional[str]

    timezone: Optional[str]
    """IANA time zone name."""


class BetaWebSearchTool20250305Param(TypedDict, total=False):
    name: Required[Literal["web_search"]]

    type: Required[Literal["web_search_20250305"]]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    allowed_domains: Optional[SequenceNotStr[str]]
    """Allow-list of domains."""

    blocked_domains: Optional[SequenceNotStr[str]]
    """Deny-list of domains."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    max_uses: Optional[int]

    strict: bool

    user_location: Optional[BetaWebSearchTool20250305ParamUserLocationApproximate]
    """Approximate location used to localize results."""


UserLocation: TypeAlias = BetaWebSearchTool20250305ParamUserLocationApproximate

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "WebSearchTool20250305ParamUserLocationApproximate",
    "WebSearchTool20250305Param",
    "UserLocation",
]


class WebSearchTool20250305ParamUserLocationApproximate(TypedDict, total=False):
    """Rough location used to localise search results."""

    type: Required[Literal["approximate"]]

    city: Optional[str]

    country: Optional[str]
    """Two-letter ISO country code."""

    region: Optional[str]

    timezone: Optional[str]
    """IANA time zone name."""


class WebSearchTool20250305Param(TypedDict, total=False):
    """Server-side web search run by the API."""

    name: Required[Literal["web_search"]]

    type: Required[Literal["web_search_20250305"]]

    allowed_domains: Optional[SequenceNotStr[str]]

    blocked_domains: Optional[SequenceNotStr[str]]

    cache_control: Optional[CacheControlEphemeralParam]

    max_uses: Optional[int]

    strict: bool

    user_location: Optional[WebSearchTool20250305ParamUserLocationApproximate]


UserLocation: TypeAlias = WebSearchTool20250305ParamUserLocationApproximate

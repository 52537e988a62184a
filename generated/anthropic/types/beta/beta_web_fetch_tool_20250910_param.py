# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_citations_config_param import BetaCitationsConfigParam

__all__ = [
    "BetaWebFetchTool20250910Param",
]


class BetaWebFetchTool20250910Param(TypedDict, total=False):
    name: Required[Literal["web_fetch"]]

    type: Required[Literal["web_fetch_20250910"]]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    allowed_domains: Optional[SequenceNotStr[str]]

    blocked_domains: Optional[SequenceNotStr[str]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[BetaCitationsConfigParam]

    defer_loading: bool

    max_content_tokens: Optional[int]
    """Rough token limit for fetched text."""

    max_uses: Optional[int]

    strict: bool

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaCompactionBlockParam",
]


class BetaCompactionBlockParam(TypedDict, total=False):
    """The request form of BetaCompactionBlock."""

    content: Required[Optional[str]]

    type: Required[Literal["compaction"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "CacheControlEphemeralParam",
]


class CacheControlEphemeralParam(TypedDict, total=False):
    """Marks a prompt-cache breakpoint at this block."""

    type: Required[Literal["ephemeral"]]

    ttl: Literal["5m", "1h"]

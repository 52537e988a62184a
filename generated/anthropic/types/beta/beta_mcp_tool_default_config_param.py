# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BetaMCPToolDefaultConfigParam",
]


class BetaMCPToolDefaultConfigParam(TypedDict, total=False):
    defer_loading: bool

    enabled: bool

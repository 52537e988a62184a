# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaBase64ImageSourceParam",
]


class BetaBase64ImageSourceParam(TypedDict, total=False):
    """An image sent inline as base64 data."""

    data: Required[str]

    media_type: Required[Literal["image/jpeg", "image/png", "image/gif", "image/webp"]]

    type: Required[Literal["base64"]]

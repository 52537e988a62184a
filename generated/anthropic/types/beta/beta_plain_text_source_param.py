# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaPlainTextSourceParam",
]


class BetaPlainTextSourceParam(TypedDict, total=False):
    """A plain-text document."""

    data: Required[str]

    media_type: Required[Literal["text/plain"]]

    type: Required[Literal["text"]]

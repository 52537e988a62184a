# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaURLPDFSourceParam",
]


class BetaURLPDFSourceParam(TypedDict, total=False):
    """A PDF document fetched by the API from a URL."""

    type: Required[Literal["url"]]

    url: Required[str]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "Base64PDFSourceParam",
]


class Base64PDFSourceParam(TypedDict, total=False):
    data: Required[str]

    media_type: Required[Literal["application/pdf"]]

    type: Required[Literal["base64"]]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaFileImageSourceParam",
]


class BetaFileImageSourceParam(TypedDict, total=False):
    """An image previously uploaded through the Files API."""

    file_id: Required[str]

    type: Required[Literal["file"]]

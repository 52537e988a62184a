# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ..._types import FileTypes

__all__ = [
    "PhotoUploadParams",
]


class PhotoUploadParams(TypedDict, total=False):
    file: Required[FileTypes]
    """The image to upload."""

    caption: str

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "FileMetadata",
]


class FileMetadata(BaseModel):
    id: str

    created_at: str

    filename: str

    mime_type: str

    size_bytes: int

    type: Literal["file"]

    downloadable: Optional[bool] = None

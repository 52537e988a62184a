# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "DeletedFile",
]


class DeletedFile(BaseModel):
    id: str

    type: Optional[Literal["file_deleted"]] = None

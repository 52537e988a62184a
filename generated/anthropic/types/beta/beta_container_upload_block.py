# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaContainerUploadBlock",
]


class BetaContainerUploadBlock(BaseModel):
    """A file that was placed in the code execution container."""

    file_id: str

    type: Literal["container_upload"]

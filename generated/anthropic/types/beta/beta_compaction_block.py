# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCompactionBlock",
]


class BetaCompactionBlock(BaseModel):
    """Summary of earlier turns written by context compaction (content is null on failure)."""

    content: Optional[str] = None

    type: Literal["compaction"]

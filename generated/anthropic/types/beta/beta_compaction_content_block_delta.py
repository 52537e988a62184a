# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCompactionContentBlockDelta",
]


class BetaCompactionContentBlockDelta(BaseModel):
    content: Optional[str] = None

    type: Literal["compaction_delta"]

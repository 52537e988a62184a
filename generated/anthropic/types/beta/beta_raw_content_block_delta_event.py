# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_raw_content_block_delta import BetaRawContentBlockDelta

__all__ = [
    "BetaRawContentBlockDeltaEvent",
]


class BetaRawContentBlockDeltaEvent(BaseModel):
    delta: BetaRawContentBlockDelta

    index: int

    type: Literal["content_block_delta"]

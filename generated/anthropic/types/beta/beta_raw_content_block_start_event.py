# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_content_block import BetaContentBlock

__all__ = [
    "BetaRawContentBlockStartEvent",
]


class BetaRawContentBlockStartEvent(BaseModel):
    content_block: BetaContentBlock

    index: int

    type: Literal["content_block_start"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .raw_content_block_delta import RawContentBlockDelta

__all__ = [
    "RawContentBlockDeltaEvent",
]


class RawContentBlockDeltaEvent(BaseModel):
    delta: RawContentBlockDelta

    index: int

    type: Literal["content_block_delta"]

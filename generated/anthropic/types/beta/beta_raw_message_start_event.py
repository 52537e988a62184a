# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_message import BetaMessage

__all__ = [
    "BetaRawMessageStartEvent",
]


class BetaRawMessageStartEvent(BaseModel):
    message: BetaMessage

    type: Literal["message_start"]

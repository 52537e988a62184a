# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from .message_delta_usage import MessageDeltaUsage
from .stop_reason import StopReason

__all__ = [
    "RawMessageDeltaEventDelta",
    "RawMessageDeltaEvent",
    "Delta",
]


class RawMessageDeltaEventDelta(BaseModel):
    """Top-level message fields that changed."""

    stop_reason: Optional[StopReason] = None

    stop_sequence: Optional[str] = None


class RawMessageDeltaEvent(BaseModel):
    delta: RawMessageDeltaEventDelta
    """Top-level message fields that changed."""

    type: Literal["message_delta"]

    usage: MessageDeltaUsage


Delta: TypeAlias = RawMessageDeltaEventDelta

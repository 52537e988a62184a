# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .beta_container import BetaContainer
from .beta_context_management_response import BetaContextManagementResponse
from .beta_message_delta_usage import BetaMessageDeltaUsage
from .beta_stop_reason import BetaStopReason

__all__ = [
    "BetaRawMessageDeltaEventDelta",
    "BetaRawMessageDeltaEvent",
    "Delta",
]


class BetaRawMessageDeltaEventDelta(BaseModel):
    container: Optional[BetaContainer] = None

    stop_reason: Optional[BetaStopReason] = None

    stop_sequence: Optional[str] = None


class BetaRawMessageDeltaEvent(BaseModel):
    context_management: Optional[BetaContextManagementResponse] = None

    delta: BetaRawMessageDeltaEventDelta

    type: Literal["message_delta"]

    usage: BetaMessageDeltaUsage


Delta: TypeAlias = BetaRawMessageDeltaEventDelta

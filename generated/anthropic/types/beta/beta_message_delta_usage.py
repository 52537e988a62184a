# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .beta_iterations_usage import BetaIterationsUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = [
    "BetaMessageDeltaUsage",
]


class BetaMessageDeltaUsage(BaseModel):
    """Cumulative token counts reported in message_delta events."""

    cache_creation_input_tokens: Optional[int] = None

    cache_read_input_tokens: Optional[int] = None

    input_tokens: Optional[int] = None

    iterations: Optional[BetaIterationsUsage] = None

    output_tokens: int

    server_tool_use: Optional[BetaServerToolUsage] = None

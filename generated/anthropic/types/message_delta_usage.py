# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from .server_tool_usage import ServerToolUsage

__all__ = [
    "MessageDeltaUsage",
]


class MessageDeltaUsage(BaseModel):
    """Cumulative token usage reported in a message_delta event."""

    cache_creation_input_tokens: Optional[int] = None

    cache_read_input_tokens: Optional[int] = None

    input_tokens: Optional[int] = None

    output_tokens: int

    server_tool_use: Optional[ServerToolUsage] = None

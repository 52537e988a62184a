# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_message_stream_event import RawMessageStreamEvent

__all__ = [
    "MessageStreamEvent",
]

MessageStreamEvent: TypeAlias = RawMessageStreamEvent

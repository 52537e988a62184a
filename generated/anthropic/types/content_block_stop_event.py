# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_content_block_stop_event import RawContentBlockStopEvent

__all__ = [
    "ContentBlockStopEvent",
]

ContentBlockStopEvent: TypeAlias = RawContentBlockStopEvent

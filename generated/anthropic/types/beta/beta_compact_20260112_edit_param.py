# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam

__all__ = [
    "BetaCompact20260112EditParam",
]


class BetaCompact20260112EditParam(TypedDict, total=False):
    """Server-side compaction of earlier turns."""

    type: Required[Literal["compact_20260112"]]

    instructions: Optional[str]

    pause_after_compaction: bool

    trigger: Optional[BetaInputTokensTriggerParam]

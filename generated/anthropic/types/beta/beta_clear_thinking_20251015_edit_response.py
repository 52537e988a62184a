# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaClearThinking20251015EditResponse",
]


class BetaClearThinking20251015EditResponse(BaseModel):
    cleared_input_tokens: int

    cleared_thinking_turns: int

    type: Literal["clear_thinking_20251015"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_all_thinking_turns_param import BetaAllThinkingTurnsParam
from .beta_thinking_turns_param import BetaThinkingTurnsParam

__all__ = [
    "BetaClearThinking20251015EditParam",
    "Keep",
]


class BetaClearThinking20251015EditParam(TypedDict, total=False):
    """Drop thinking blocks from older assistant turns."""

    type: Required[Literal["clear_thinking_20251015"]]

    keep: Union[BetaThinkingTurnsParam, BetaAllThinkingTurnsParam, Literal["all"]]


Keep: TypeAlias = Union[BetaThinkingTurnsParam, BetaAllThinkingTurnsParam, Literal["all"]]

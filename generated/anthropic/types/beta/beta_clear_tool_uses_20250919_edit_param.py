# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .beta_input_tokens_clear_at_least_param import BetaInputTokensClearAtLeastParam
from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam
from .beta_tool_uses_keep_param import BetaToolUsesKeepParam
from .beta_tool_uses_trigger_param import BetaToolUsesTriggerParam

__all__ = [
    "BetaClearToolUses20250919EditParam",
    "ClearToolInputs",
    "Trigger",
]


class BetaClearToolUses20250919EditParam(TypedDict, total=False):
    """Drop older tool uses and results once a trigger is reached."""

    type: Required[Literal["clear_tool_uses_20250919"]]

    clear_at_least: Optional[BetaInputTokensClearAtLeastParam]

    clear_tool_inputs: Optional[Union[bool, SequenceNotStr[str]]]

    exclude_tools: Optional[SequenceNotStr[str]]

    keep: BetaToolUsesKeepParam

    trigger: Union[BetaInputTokensTriggerParam, BetaToolUsesTriggerParam]


ClearToolInputs: TypeAlias = Union[bool, SequenceNotStr[str]]


Trigger: TypeAlias = Union[BetaInputTokensTriggerParam, BetaToolUsesTriggerParam]

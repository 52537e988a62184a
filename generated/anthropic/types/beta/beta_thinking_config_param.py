# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .beta_thinking_config_adaptive_param import BetaThinkingConfigAdaptiveParam
from .beta_thinking_config_disabled_param import BetaThinkingConfigDisabledParam
from .beta_thinking_config_enabled_param import BetaThinkingConfigEnabledParam

__all__ = [
    "BetaThinkingConfigParam",
]

BetaThinkingConfigParam: TypeAlias = Union[
    BetaThinkingConfigEnabledParam, BetaThinkingConfigDisabledParam, BetaThinkingConfigAdaptiveParam
]

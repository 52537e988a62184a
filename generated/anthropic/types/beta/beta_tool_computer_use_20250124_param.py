# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolComputerUse20250124Param",
]


class BetaToolComputerUse20250124Param(TypedDict, total=False):
    display_height_px: Required[int]

    display_width_px: Required[int]

    name: Required[Literal["computer"]]

    type: Required[Literal["computer_20250124"]]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    display_number: Optional[int]
    """Which X11 display to use."""

    input_examples: Iterable[Dict[str, object]]

    strict: bool

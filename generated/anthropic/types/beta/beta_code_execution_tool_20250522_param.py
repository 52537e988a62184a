# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaCodeExecutionTool20250522Param",
]


class BetaCodeExecutionTool20250522Param(TypedDict, total=False):
    name: Required[Literal["code_execution"]]

    type: Required[Literal["code_execution_20250522"]]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    strict: bool

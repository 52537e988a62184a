# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ToolTextEditor20250429Param",
]


class ToolTextEditor20250429Param(TypedDict, total=False):
    name: Required[Literal["str_replace_based_edit_tool"]]

    type: Required[Literal["text_editor_20250429"]]

    cache_control: Optional[CacheControlEphemeralParam]

    strict: bool

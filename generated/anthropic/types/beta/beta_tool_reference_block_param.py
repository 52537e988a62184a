# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolReferenceBlockParam",
]


class BetaToolReferenceBlockParam(TypedDict, total=False):
    """Refers to a tool by its name."""

    tool_name: Required[str]

    type: Required[Literal["tool_reference"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaToolReferenceBlock",
]


class BetaToolReferenceBlock(BaseModel):
    tool_name: str

    type: Literal["tool_reference"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaInputJSONDelta",
]


class BetaInputJSONDelta(BaseModel):
    """A fragment of the JSON tool input; concatenate the fragments and parse at block stop."""

    partial_json: str

    type: Literal["input_json_delta"]

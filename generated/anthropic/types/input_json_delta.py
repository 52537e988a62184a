# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "InputJSONDelta",
]


class InputJSONDelta(BaseModel):
    """A fragment of the JSON text of a tool call's input."""

    partial_json: str

    type: Literal["input_json_delta"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel

__all__ = [
    "InputJSONDelta",
    "InputJsonDelta",
]


class InputJSONDelta(BaseModel):
    """A fragment of the JSON text of a tool call's input."""

    partial_json: str

    type: Literal["input_json_delta"]


InputJsonDelta: TypeAlias = InputJSONDelta
"""Older spelling of InputJSONDelta, kept for compatibility."""

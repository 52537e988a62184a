# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ToolParamInputSchemaObject",
    "ToolParam",
    "InputSchema",
]


class ToolParamInputSchemaObject(TypedDict, total=False):
    type: Required[Literal["object"]]

    properties: Optional[Dict[str, object]]

    required: Optional[SequenceNotStr[str]]


class ToolParam(TypedDict, total=False):
    """A client tool the model may call; your code runs it."""

    input_schema: Required[Union[ToolParamInputSchemaObject, Dict[str, object]]]
    """JSON Schema of the tool's input object."""

    name: Required[str]

    cache_control: Optional[CacheControlEphemeralParam]

    description: str

    eager_input_streaming: Optional[bool]

    strict: bool

    type: Optional[Literal["custom"]]


InputSchema: TypeAlias = Union[ToolParamInputSchemaObject, Dict[str, object]]

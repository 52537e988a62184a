# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolParamInputSchemaObject",
    "BetaToolParam",
    "InputSchema",
]


class BetaToolParamInputSchemaObject(TypedDict, total=False):
    type: Required[Literal["object"]]

    properties: Optional[Dict[str, object]]

    required: Optional[SequenceNotStr[str]]


class BetaToolParam(TypedDict, total=False):
    """A client tool defined by a JSON schema for its input."""

    input_schema: Required[Union[BetaToolParamInputSchemaObject, Dict[str, object]]]
    """Schema the tool's input must satisfy."""

    name: Required[str]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool
    """Load lazily, via tool search."""

    description: str

    eager_input_streaming: Optional[bool]
    """Per-tool switch for eager (unbuffered) input streaming."""

    input_examples: Iterable[Dict[str, object]]

    strict: bool

    type: Optional[Literal["custom"]]


InputSchema: TypeAlias = Union[BetaToolParamInputSchemaObject, Dict[str, object]]

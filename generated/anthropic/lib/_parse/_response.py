"""Turning a reply into `parsed_output`, and an `output_format` type into a request schema."""

from __future__ import annotations

import functools
from typing import Any, Dict, Mapping, Optional, cast

import pydantic
from typing_extensions import TypeVar

from ..._exceptions import AnthropicError
from ..._types import NotGiven, Omit
from ._construct import ensure_built, rebuild
from ._transform import transform_schema

__all__ = [
    "ResponseFormatT",
    "StructuredOutputError",
    "parse_text",
    "json_schema_format",
]

ResponseFormatT = TypeVar("ResponseFormatT", default=None)


class StructuredOutputError(AnthropicError, ValueError):
    """The reply of a structured-output request does not match the requested type.

    `text` is the reply exactly as the model wrote it; the pydantic error is
    `__cause__` (and `validation_error`).
    """

    text: str
    output_format: object
    validation_error: pydantic.ValidationError

    def __init__(self, *, text: str, output_format: object, validation_error: pydantic.ValidationError) -> None:
        self.text = text
        self.output_format = output_format
        self.validation_error = validation_error
        super().__init__(
            f"The reply does not match {_type_name(output_format)}: {validation_error}\nReply text: {text!r}"
        )


def _type_name(tp: object) -> str:
    name = getattr(tp, "__name__", None)
    return name if isinstance(name, str) else repr(tp)


@functools.lru_cache(maxsize=64)
def _cached_adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def _adapter(tp: object) -> pydantic.TypeAdapter[Any]:
    # Building an adapter costs milliseconds; a program usually parses into a handful of types.
    try:
        return _cached_adapter(tp)
    except TypeError:  # unhashable type expression
        return pydantic.TypeAdapter(cast(Any, tp))


def parse_text(text: str, output_format: type[ResponseFormatT]) -> ResponseFormatT:
    """Validate the JSON `text` against `output_format`; raise `StructuredOutputError` if it does not match."""
    try:
        return cast(ResponseFormatT, _adapter(output_format).validate_json(text))
    except pydantic.ValidationError as exc:
        raise StructuredOutputError(text=text, output_format=output_format, validation_error=exc) from exc


def json_schema_format(output_format: object) -> Dict[str, Any]:
    """The `output_config.format` value for a type: `{"type": "json_schema", "schema": ...}`."""
    try:
        schema = _adapter(output_format).json_schema()
    except pydantic.PydanticUserError as exc:
        raise TypeError(
            f"Cannot build a JSON schema for output_format={output_format!r}; "
            "pass a pydantic model or another type that pydantic.TypeAdapter accepts"
        ) from exc
    return {"type": "json_schema", "schema": transform_schema(schema)}


def output_type(output_format: object) -> Optional[type[Any]]:
    """The type replies are parsed into: `output_format` when it is a type, else None.

    None for a raw `json_schema` dict, for `None`, and for `omit` / `NOT_GIVEN`.
    """
    if output_format is None or isinstance(output_format, (Mapping, NotGiven, Omit)):
        return None
    return cast("type[Any]", output_format)


def maybe_parse(text: str, output_format: Optional[type[Any]]) -> Any:
    return None if output_format is None else parse_text(text, output_format)


def _built(value: object) -> object:
    ensure_built(value)
    return value


def to_parsed(message: Any, *, message_cls: type[Any], text_block_cls: type[Any], output_format: Any) -> Any:
    """`message` re-classed as `message_cls`, its text blocks as `text_block_cls` with `parsed_output` set."""
    content = [
        rebuild(text_block_cls, block, parsed_output=_built(maybe_parse(block.text, output_format)))
        if getattr(block, "type", None) == "text"
        else block
        for block in message.content
    ]
    return rebuild(message_cls, message, content=content)

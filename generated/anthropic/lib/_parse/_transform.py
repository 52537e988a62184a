"""Rewrite a JSON schema into the subset that structured outputs accept.

The API constrains decoding with the schema, so it only takes keywords it can
enforce. This module keeps those, closes every object
(`additionalProperties: false`), turns `oneOf` into `anyOf`, and moves every
other keyword into the description, where it still guides the model.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Union, cast

import pydantic

__all__ = ["transform_schema", "SUPPORTED_STRING_FORMATS"]

SUPPORTED_STRING_FORMATS = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)

# Keywords passed through unchanged (their sub-schemas are rewritten separately).
_KEPT = frozenset({"type", "description", "title", "enum", "const", "required"})
# Keywords that only annotate the generator's output and carry no constraint.
_DROPPED = frozenset({"$schema", "$id", "$comment", "discriminator", "additionalProperties", "properties"})

JSONSchema = Dict[str, Any]


def transform_schema(json_schema: Union[type[pydantic.BaseModel], Mapping[str, Any]]) -> JSONSchema:
    """Return a copy of `json_schema` (or of a pydantic model's schema) that the API accepts.

    >>> transform_schema({"type": "integer", "minimum": 1, "description": "A count"})
    {'type': 'integer', 'description': 'A count\\n\\n{"minimum": 1}'}
    """
    if isinstance(json_schema, type):
        return _node(json_schema.model_json_schema())
    return _node(json_schema)


def _node(schema: Mapping[str, Any]) -> JSONSchema:
    if "$ref" in schema:
        # The API resolves local references; siblings of `$ref` are not accepted.
        return {"$ref": schema["$ref"]}

    out: JSONSchema = {}
    leftovers: JSONSchema = {}

    for key, value in schema.items():
        if key in ("$defs", "definitions"):
            out[key] = {name: _node(sub) for name, sub in cast(Mapping[str, Any], value).items()}
        elif key in ("anyOf", "oneOf"):
            out["anyOf"] = [_node(sub) for sub in cast(List[Any], value)]
        elif key == "allOf":
            out["allOf"] = [_node(sub) for sub in cast(List[Any], value)]
        elif key == "items" and isinstance(value, Mapping):
            out["items"] = _node(cast(Mapping[str, Any], value))
        elif key == "minItems" and not isinstance(value, bool) and value in (0, 1):
            out["minItems"] = value
        elif key == "format" and value in SUPPORTED_STRING_FORMATS:
            out["format"] = value
        elif key in _KEPT:
            out[key] = value
        elif key not in _DROPPED:
            leftovers[key] = value

    if _is_object(schema):
        properties = cast(Mapping[str, Any], schema.get("properties") or {})
        out["properties"] = {name: _node(sub) for name, sub in properties.items()}
        out["additionalProperties"] = False

    if leftovers:
        note = json.dumps(leftovers, default=str, ensure_ascii=False)
        description = out.get("description")
        out["description"] = f"{description}\n\n{note}" if description else note

    return out


def _is_object(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    if kind is None:
        return "properties" in schema
    return kind == "object" or (isinstance(kind, list) and "object" in kind)

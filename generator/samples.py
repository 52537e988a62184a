"""Sample argument values derived from a schema, for the generated endpoint tests.

Values respect what the mock server validates: consts and enums, numeric
bounds, string lengths, item counts, formats. `full=True` also fills optional
properties one level down, to exercise every parameter of a method.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .diagnostics import Location
from .load import Document


@dataclass(frozen=True)
class FileSample:
    """Stands for an upload argument; the test template writes real file contents for it."""

    filename: str = "sample.txt"


_FORMATS = {
    "date-time": "2024-05-01T12:00:00Z",
    "date": "2024-05-01",
    "uri": "https://example.com",
    "url": "https://example.com",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "byte": "aGVsbG8=",
}


class SampleMaker:
    def __init__(self, document: Document) -> None:
        self.document = document

    def sample(
        self, schema: Any, location: Location, *, full: bool, depth: int = 0, seen: frozenset[str] = frozenset()
    ) -> Any:
        resolved = self.document.resolve(schema, location)
        node = resolved.node
        if resolved.name is not None:
            if resolved.name in seen:
                return None
            seen = seen | {resolved.name}
        if not isinstance(node, dict):
            return "string"
        for key in ("const", "example", "default"):
            if key in node and node[key] is not None and not (key == "default" and node.get("type") == "object"):
                return node[key]
        if isinstance(node.get("examples"), list) and node["examples"]:
            return node["examples"][0]
        if isinstance(node.get("enum"), list):
            values = [v for v in node["enum"] if v is not None]
            return values[0] if values else None
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                members = [m for m in node[key] if not (isinstance(m, dict) and m.get("type") == "null")]
                for i, member in enumerate(members):
                    value = self.sample(member, location.child(key, i), full=full, depth=depth, seen=seen)
                    if value is not None:
                        return value
                return None
        if isinstance(node.get("allOf"), list):
            merged: dict[str, Any] = {}
            for i, part in enumerate(node["allOf"]):
                value = self.sample(part, location.child("allOf", i), full=full, depth=depth, seen=seen)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        type_ = node.get("type")
        if isinstance(type_, list):
            type_ = next((t for t in type_ if t != "null"), "null")
        if type_ == "object" or "properties" in node:
            return self._object(node, resolved.location, full=full, depth=depth, seen=seen)
        if type_ == "array":
            item = self.sample(
                node.get("items", {}), resolved.location.child("items"), full=full, depth=depth + 1, seen=seen
            )
            count = max(1, int(node.get("minItems", 1)))
            return [item] * count if item is not None else []
        if type_ == "string":
            if node.get("format") == "binary":
                return FileSample()
            text = _FORMATS.get(str(node.get("format")), "string")
            min_length = int(node.get("minLength", 0))
            max_length = node.get("maxLength")
            if len(text) < min_length:
                text = text + "x" * (min_length - len(text))
            if isinstance(max_length, int) and len(text) > max_length:
                text = text[:max_length]
            return text
        if type_ in ("integer", "number"):
            return _number(node, integer=type_ == "integer")
        if type_ == "boolean":
            return True
        if type_ == "null":
            return None
        return {}

    def _object(self, node: dict[str, Any], location: Location, *, full: bool, depth: int, seen: frozenset[str]) -> Any:
        properties = node.get("properties") or {}
        required = set(node.get("required") or [])
        result: dict[str, Any] = {}
        for name, prop in properties.items():
            include = name in required or (full and depth < 1)
            if not include:
                continue
            value = self.sample(prop, location.child("properties", name), full=full, depth=depth + 1, seen=seen)
            if value is None and name not in required:
                continue
            result[name] = value
        return result


def _number(node: dict[str, Any], *, integer: bool) -> float | int:
    low = node.get("minimum", node.get("exclusiveMinimum"))
    high = node.get("maximum", node.get("exclusiveMaximum"))
    value: float = 1
    if isinstance(low, (int, float)):
        value = low + (1 if "exclusiveMinimum" in node and "minimum" not in node else 0)
    if isinstance(high, (int, float)) and value > high:
        value = high
    return int(value) if integer else float(value)

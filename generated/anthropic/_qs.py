"""Query-string and form-field encoding.

Scalars become strings (``True`` -> ``"true"``), ``None`` and empty strings are
left out, nested mappings use brackets (``a[b]=1``) and lists are joined with
commas in query strings (``betas=a,b``) or repeated with ``[]`` in forms.
"""

from __future__ import annotations

from typing import List, Mapping, Tuple, cast

from typing_extensions import Literal

from ._types import NotGiven, Omit

__all__ = ["ArrayFormat", "encode_items", "primitive_to_str"]

ArrayFormat = Literal["comma", "repeat", "brackets"]


def primitive_to_str(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def encode_items(params: Mapping[str, object], *, array_format: ArrayFormat = "comma") -> List[Tuple[str, str]]:
    """Flatten ``params`` into ``(key, value)`` string pairs, in order."""
    items: List[Tuple[str, str]] = []
    for key, value in params.items():
        _encode(items, key, value, array_format)
    return items


def _encode(items: List[Tuple[str, str]], key: str, value: object, array_format: ArrayFormat) -> None:
    if isinstance(value, (NotGiven, Omit)):
        return
    if isinstance(value, Mapping):
        for sub_key, sub_value in cast(Mapping[object, object], value).items():
            _encode(items, f"{key}[{sub_key}]", sub_value, array_format)
        return
    if isinstance(value, (list, tuple)):
        entries: List[object] = list(cast("list[object] | tuple[object, ...]", value))
        if array_format == "comma":
            joined = ",".join(primitive_to_str(entry) for entry in entries if entry is not None)
            if joined:
                items.append((key, joined))
        else:
            item_key = key + "[]" if array_format == "brackets" else key
            for entry in entries:
                _encode(items, item_key, entry, array_format)
        return
    text = primitive_to_str(value)
    if text:
        items.append((key, text))

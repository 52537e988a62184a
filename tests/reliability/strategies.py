"""Hypothesis strategies built from the generated types themselves.

:func:`wire_value` draws data shaped like the API's JSON for a response model
(pydantic) or a request ``TypedDict``, by walking the type annotations:
models and TypedDicts become dicts keyed by wire name (optional keys drawn or
left out), unions pick a member, ``Literal`` picks a value, lists and dicts
stay small, and below a depth limit optional values are left out and lists
are empty, so recursive types stay finite.
"""

from __future__ import annotations

import collections.abc
import datetime
import types
from typing import Any, Dict, Tuple

import pydantic
from hypothesis import strategies as st
from typing_extensions import (
    Annotated,
    Literal,
    NotRequired,
    Required,
    get_args,
    get_origin,
    get_type_hints,
    is_typeddict,
)

__all__ = ["JSON", "wire_value"]

MAX_DEPTH = 4

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
"""Any JSON value (no NaN or infinities, integers within double precision)."""

_UNIONS: Tuple[Any, ...] = tuple(filter(None, (getattr(types, "UnionType", None),)))
_SEQUENCES = (list, tuple, collections.abc.Sequence, collections.abc.Iterable, collections.abc.MutableSequence)
_MAPPINGS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)

_cache: Dict[Tuple[Any, int], st.SearchStrategy[Any]] = {}


def wire_value(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON-shaped values for the annotation ``tp`` (a model, a TypedDict, a union, a primitive...)."""
    key = (tp, depth)
    try:
        found = _cache.get(key)
    except TypeError:  # an unhashable annotation
        return _build(tp, depth)
    if found is None:
        found = _cache[key] = _build(tp, depth)
    return found


def _is_optional(tp: Any) -> bool:
    return _is_union(tp) and type(None) in get_args(tp)


def _is_union(tp: Any) -> bool:
    from typing import Union

    origin = get_origin(tp)
    return origin is Union or (bool(_UNIONS) and origin in _UNIONS)


def _build(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    origin = get_origin(tp)
    if origin is Annotated:
        return wire_value(get_args(tp)[0], depth)
    if origin in (Required, NotRequired):
        return wire_value(get_args(tp)[0], depth)
    if tp is Any or tp is object:
        return JSON if depth < MAX_DEPTH else JSON_SCALARS
    if tp is type(None) or tp is None:
        return st.none()
    if tp is str:
        return st.text(max_size=16)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(min_value=-(2**40), max_value=2**40)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False, width=64)
    if tp is datetime.datetime:
        return st.datetimes(timezones=st.just(datetime.timezone.utc)).map(lambda value: value.isoformat())
    if origin is Literal:
        return st.sampled_from(get_args(tp))
    if _is_union(tp):
        members = get_args(tp)
        if depth >= MAX_DEPTH and type(None) in members:
            return st.none()
        return st.one_of([wire_value(member, depth) for member in members])
    if origin in _SEQUENCES or (isinstance(origin, type) and issubclass(origin, collections.abc.Sequence)):
        (item,) = get_args(tp)[:1] or (Any,)
        if depth >= MAX_DEPTH:
            return st.just([])
        return st.lists(wire_value(item, depth + 1), max_size=3)
    if origin in _MAPPINGS:
        args = get_args(tp)
        value_type = args[1] if len(args) == 2 else Any
        if depth >= MAX_DEPTH:
            return st.just({})
        return st.dictionaries(st.text(max_size=8), wire_value(value_type, depth + 1), max_size=3)
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return _model(tp, depth)
    if is_typeddict(tp):
        return _typeddict(tp, depth)
    if getattr(tp, "__name__", "") == "SequenceNotStr":
        return st.lists(st.text(max_size=8), max_size=3)
    raise TypeError(f"no strategy for {tp!r}")


def _model(model: type[pydantic.BaseModel], depth: int) -> st.SearchStrategy[Dict[str, Any]]:
    required: Dict[str, st.SearchStrategy[Any]] = {}
    optional: Dict[str, st.SearchStrategy[Any]] = {}
    for name, info in model.model_fields.items():
        wire = info.alias or name
        annotation = info.annotation
        value = st.deferred(lambda annotation=annotation: wire_value(annotation, depth + 1))
        if info.is_required():
            required[wire] = value
        elif depth < MAX_DEPTH:
            optional[wire] = value
    return st.fixed_dictionaries(required, optional=optional)


def _typeddict(typed: Any, depth: int) -> st.SearchStrategy[Dict[str, Any]]:
    hints = get_type_hints(typed, include_extras=True)
    required: Dict[str, st.SearchStrategy[Any]] = {}
    optional: Dict[str, st.SearchStrategy[Any]] = {}
    total = getattr(typed, "__total__", True)
    for name, annotation in hints.items():
        origin = get_origin(annotation)
        is_required = origin is Required or (total and origin is not NotRequired)
        value = st.deferred(lambda annotation=annotation: wire_value(annotation, depth + 1))
        if is_required:
            required[name] = value
        elif depth < MAX_DEPTH and not (_is_optional(annotation) and depth >= MAX_DEPTH - 1):
            optional[name] = value
    return st.fixed_dictionaries(required, optional=optional)

"""Build response models without validating them again."""

from __future__ import annotations

from typing import AbstractSet, Any, Optional, TypeVar

import pydantic

__all__ = ["construct", "rebuild", "set_parsed_output", "ensure_built"]

ModelT = TypeVar("ModelT", bound=pydantic.BaseModel)


def ensure_built(value: object) -> None:
    """Build the schema of `value`'s model class if it was deferred.

    Response models defer building; one validated as part of a bigger type still
    has an unbuilt class, and older pydantic versions then fail to serialise it
    where it sits under an `Any` field (as blocks do in stop events).
    """
    if isinstance(value, pydantic.BaseModel) and not type(value).__pydantic_complete__:
        type(value).model_rebuild()


def construct(cls: type[ModelT], _fields_set: Optional[AbstractSet[str]] = None, **values: Any) -> ModelT:
    """`cls.model_construct(...)`, building the class's schema first if it was deferred (see `ensure_built`)."""
    if not cls.__pydantic_complete__:
        cls.model_rebuild()
    return cls.model_construct(_fields_set=None if _fields_set is None else set(_fields_set), **values)


def rebuild(cls: type[ModelT], source: pydantic.BaseModel, **overrides: Any) -> ModelT:
    """An instance of `cls` with the fields (and extra fields) of `source`, plus `overrides`.

    Values are shared, not copied (callers replace rather than mutate them).
    `parsed_output` never counts as set, so it is left out of `to_dict()` and of
    request bodies when the block is sent back to the API.
    """
    values = dict(source.__dict__)
    if source.__pydantic_extra__:
        values.update(source.__pydantic_extra__)
    values.update(overrides)
    fields_set = (set(source.model_fields_set) | set(overrides)) - {"parsed_output"}
    return construct(cls, fields_set, **values)


def set_parsed_output(block: pydantic.BaseModel, value: object) -> None:
    """Set `parsed_output` without marking it as set (see `rebuild`)."""
    ensure_built(value)
    object.__setattr__(block, "parsed_output", value)

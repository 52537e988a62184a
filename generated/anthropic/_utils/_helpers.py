"""Helpers for the ``omit`` / ``not_given`` sentinels."""

from __future__ import annotations

from typing import Dict, Mapping, Optional, TypeVar, Union

from typing_extensions import TypeGuard

from .._types import NotGiven, Omit

__all__ = ["is_given", "strip_not_given"]

_T = TypeVar("_T")


def is_given(value: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    return not isinstance(value, (NotGiven, Omit))


def strip_not_given(values: Optional[Mapping[str, object]]) -> Dict[str, object]:
    """A copy of ``values`` without ``omit`` / ``not_given`` entries (``None`` gives ``{}``)."""
    if not values:
        return {}
    return {key: value for key, value in values.items() if not isinstance(value, (NotGiven, Omit))}

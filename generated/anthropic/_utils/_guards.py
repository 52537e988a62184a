"""Type guards that give checkers precise types for decoded JSON values (no imports from the package)."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping

from typing_extensions import TypeGuard

__all__ = ["is_dict", "is_list", "is_mapping"]


def is_dict(value: object) -> TypeGuard[Dict[str, Any]]:
    return isinstance(value, dict)


def is_list(value: object) -> TypeGuard[List[Any]]:
    return isinstance(value, list)


def is_mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, Mapping)

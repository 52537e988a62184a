# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Checks shared by the endpoint tests."""

from __future__ import annotations

from typing import Any

import pydantic

from anthropic._models import BaseModel


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return {k: _plain(v) for k, v in value.to_dict(mode="python").items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def assert_matches_type(expected: Any, value: object) -> None:
    """The value's data validates strictly against the declared type, and models have that class."""
    if isinstance(expected, type) and issubclass(expected, BaseModel):
        assert isinstance(value, expected), f"expected {expected.__name__}, got {type(value).__name__}"
    pydantic.TypeAdapter(expected).validate_python(_plain(value))

"""Request pieces shared by the messages helpers (sync, async, beta)."""

from __future__ import annotations

import warnings
from typing import Any, Dict, Mapping, Optional, Union, cast

import httpx

from ..._exceptions import AnthropicError
from ..._request import RequestOverrides, is_given
from ..._types import Body, Headers, NotGiven, Query
from .._parse._response import json_schema_format
from .._parse._response import output_type as parse_type

__all__ = [
    "overrides",
    "output_config_with_format",
    "parse_type",
    "check_format_conflict",
    "warn_output_format",
    "with_beta",
]

Timeout = Union[float, httpx.Timeout, None, NotGiven]

STRUCTURED_OUTPUTS_BETA = "structured-outputs-2025-12-15"


def overrides(
    extra_headers: Optional[Headers], extra_query: Optional[Query], extra_body: Optional[Body], timeout: Timeout
) -> RequestOverrides:
    return RequestOverrides(
        extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )


def output_config_with_format(output_config: Any, output_format: object) -> Any:
    """`output_config` with `format` set from `output_format` (a type, or a ready `json_schema` dict)."""
    if output_format is None or not is_given(output_format):
        return output_config
    fmt: Dict[str, Any] = (
        dict(cast(Mapping[str, Any], output_format))
        if isinstance(output_format, Mapping)
        else json_schema_format(output_format)
    )
    base: Dict[str, Any] = dict(output_config) if is_given(output_config) and output_config is not None else {}
    return {**base, "format": fmt}


def check_format_conflict(output_config: Any, output_format: object) -> None:
    if output_format is None or not is_given(output_format) or not is_given(output_config) or not output_config:
        return
    if output_config.get("format") is not None:
        raise AnthropicError(
            "Both output_format and output_config.format were given; pass only output_config.format "
            "(output_format is deprecated)."
        )


def warn_output_format(output_format: object, *, stacklevel: int = 4) -> None:
    # Only a raw schema has a direct replacement (output_config.format); a type is how `parse` is told
    # what to build, so it is not deprecated here.
    if isinstance(output_format, Mapping):
        warnings.warn(
            "The `output_format` parameter is deprecated; use `output_config={'format': ...}` instead.",
            DeprecationWarning,
            stacklevel=stacklevel,
        )


def with_beta(betas: Any, beta: str) -> Any:
    """`betas` with `beta` added (once)."""
    names = list(betas) if is_given(betas) and betas is not None else []
    return names if beta in names else [*names, beta]

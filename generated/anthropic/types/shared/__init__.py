# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types.shared`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_object import APIErrorObject as APIErrorObject
    from .authentication_error import AuthenticationError as AuthenticationError
    from .billing_error import BillingError as BillingError
    from .error_object import ErrorObject as ErrorObject
    from .error_response import ErrorResponse as ErrorResponse
    from .gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from .invalid_request_error import InvalidRequestError as InvalidRequestError
    from .not_found_error import NotFoundError as NotFoundError
    from .overloaded_error import OverloadedError as OverloadedError
    from .permission_error import PermissionError as PermissionError
    from .rate_limit_error import RateLimitError as RateLimitError

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "APIErrorObject": ".api_error_object",
    "AuthenticationError": ".authentication_error",
    "BillingError": ".billing_error",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "GatewayTimeoutError": ".gateway_timeout_error",
    "InvalidRequestError": ".invalid_request_error",
    "NotFoundError": ".not_found_error",
    "OverloadedError": ".overloaded_error",
    "PermissionError": ".permission_error",
    "RateLimitError": ".rate_limit_error",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "APIErrorObject",
    "AuthenticationError",
    "BillingError",
    "ErrorObject",
    "ErrorResponse",
    "GatewayTimeoutError",
    "InvalidRequestError",
    "NotFoundError",
    "OverloadedError",
    "PermissionError",
    "RateLimitError",
]


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still reported

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(__all__)

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import pagination as pagination
    from . import resources as resources
    from . import types as types
    from ._client import AsyncClient as AsyncClient
    from ._client import AsyncPetshop as AsyncPetshop
    from ._client import Client as Client
    from ._client import Petshop as Petshop
    from ._exceptions import AnthropicError as AnthropicError
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import DeadlineExceededError as DeadlineExceededError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import OverloadedError as OverloadedError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import RequestTooLargeError as RequestTooLargeError
    from ._exceptions import ServiceUnavailableError as ServiceUnavailableError
    from ._exceptions import StreamAlreadyConsumed as StreamAlreadyConsumed
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import AnyMapping as AnyMapping
    from ._types import AsyncTransport as AsyncTransport
    from ._types import Body as Body
    from ._types import FileContent as FileContent
    from ._types import FileTypes as FileTypes
    from ._types import Headers as Headers
    from ._types import HttpxFileTypes as HttpxFileTypes
    from ._types import IncEx as IncEx
    from ._types import NoneType as NoneType
    from ._types import NotGiven as NotGiven
    from ._types import Omit as Omit
    from ._types import ProxiesTypes as ProxiesTypes
    from ._types import Query as Query
    from ._types import RequestFiles as RequestFiles
    from ._types import RequestOptions as RequestOptions
    from ._types import SequenceNotStr as SequenceNotStr
    from ._types import Timeout as Timeout
    from ._types import Transport as Transport
    from ._types import not_given as not_given
    from ._types import omit as omit

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AnthropicError": "._exceptions",
    "AnyMapping": "._types",
    "AsyncClient": "._client",
    "AsyncPetshop": "._client",
    "AsyncTransport": "._types",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "Body": "._types",
    "Client": "._client",
    "ConflictError": "._exceptions",
    "DeadlineExceededError": "._exceptions",
    "FileContent": "._types",
    "FileTypes": "._types",
    "Headers": "._types",
    "HttpxFileTypes": "._types",
    "IncEx": "._types",
    "InternalServerError": "._exceptions",
    "NOT_GIVEN": "._types",
    "NoneType": "._types",
    "NotFoundError": "._exceptions",
    "NotGiven": "._types",
    "Omit": "._types",
    "OverloadedError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "Petshop": "._client",
    "ProxiesTypes": "._types",
    "Query": "._types",
    "RateLimitError": "._exceptions",
    "RequestFiles": "._types",
    "RequestOptions": "._types",
    "RequestTooLargeError": "._exceptions",
    "SequenceNotStr": "._types",
    "ServiceUnavailableError": "._exceptions",
    "StreamAlreadyConsumed": "._exceptions",
    "Timeout": "._types",
    "Transport": "._types",
    "UnprocessableEntityError": "._exceptions",
    "not_given": "._types",
    "omit": "._types",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "pagination",
        "resources",
        "types",
    }
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnthropicError",
    "AnyMapping",
    "AsyncClient",
    "AsyncPetshop",
    "AsyncTransport",
    "AuthenticationError",
    "BadRequestError",
    "Body",
    "Client",
    "ConflictError",
    "DeadlineExceededError",
    "FileContent",
    "FileTypes",
    "Headers",
    "HttpxFileTypes",
    "IncEx",
    "InternalServerError",
    "NOT_GIVEN",
    "NoneType",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "OverloadedError",
    "PermissionDeniedError",
    "Petshop",
    "ProxiesTypes",
    "Query",
    "RateLimitError",
    "RequestFiles",
    "RequestOptions",
    "RequestTooLargeError",
    "SequenceNotStr",
    "ServiceUnavailableError",
    "StreamAlreadyConsumed",
    "Timeout",
    "Transport",
    "UnprocessableEntityError",
    "not_given",
    "omit",
    "pagination",
    "resources",
    "types",
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

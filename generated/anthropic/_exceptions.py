"""The SDK's exception tree.

    AnthropicError
    └── APIError                      (message, request, body)
        ├── APIConnectionError        no usable response
        │   └── APITimeoutError
        ├── APIResponseValidationError
        └── APIStatusError            (response, status_code, request_id)
            ├── BadRequestError 400 ... InternalServerError >= 500

Every exception pickles: the state lives in ``__dict__`` and ``__reduce__``
rebuilds it without calling ``__init__`` (whose signatures are keyword-only).
A pickle never holds credentials: the attached request (also the response's)
is pickled with its credential headers replaced by ``<redacted>``.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Tuple, Type, cast

import httpx
from typing_extensions import Literal, Self, override

from ._logs import is_sensitive_header

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnthropicError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "InternalServerError",
    "NotFoundError",
    "OverloadedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "StreamAlreadyConsumed",
    "UnprocessableEntityError",
]


def _rebuild(cls: Type[BaseException], args: Tuple[Any, ...], state: Dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def _redacted_request(request: httpx.Request, seen: Dict[int, httpx.Request]) -> httpx.Request:
    clone = seen.get(id(request))
    if clone is None:
        clone = object.__new__(type(request))
        clone.__dict__.update(request.__dict__)
        clone.headers = httpx.Headers(
            [(key, "<redacted>" if is_sensitive_header(key) else value) for key, value in request.headers.multi_items()]
        )
        seen[id(request)] = clone
    return clone


def _redacted(value: object, seen: Dict[int, httpx.Request]) -> object:
    """``value`` made safe to persist: requests (and responses' requests) without credential headers."""
    if isinstance(value, httpx.Request):
        return _redacted_request(value, seen)
    if isinstance(value, httpx.Response) and value._request is not None:
        clone = object.__new__(type(value))
        clone.__dict__.update(value.__dict__)
        clone._request = _redacted_request(value._request, seen)
        return clone
    return value


class AnthropicError(Exception):
    @override
    def __reduce__(self) -> Tuple[Any, ...]:
        seen: Dict[int, httpx.Request] = {}
        state = {key: _redacted(value, seen) for key, value in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))

    def __copy__(self) -> Self:
        """``copy.copy`` keeps the request as it is; pickles (and ``copy.deepcopy``) are redacted."""
        return cast(Self, _rebuild(type(self), self.args, dict(self.__dict__)))


class APIError(AnthropicError):
    message: str
    request: httpx.Request
    body: Optional[object]
    """The decoded JSON error body when there was one, else the raw text, else None."""

    def __init__(self, message: str, request: httpx.Request, *, body: Optional[object]) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    @property
    def type(self) -> Optional[str]:
        """The API's error type (``"overloaded_error"``, ...) when the body carries one."""
        return error_type_of(self.body)


class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: Optional[object], *, message: Optional[str] = None) -> None:
        super().__init__(
            message or "The API returned data that does not match the expected schema.", response.request, body=body
        )
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx/5xx status, or sent an ``error`` event in a stream."""

    response: httpx.Response
    status_code: int
    request_id: Optional[str]

    def __init__(self, message: str, *, response: httpx.Response, body: Optional[object]) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("request-id")


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request, *, message: Optional[str] = None) -> None:
        super().__init__(
            message=message
            or (
                "Request timed out or was interrupted (network timeout, dropped connection or cancellation). "
                "For long requests see https://docs.anthropic.com/en/api/errors#long-requests"
            ),
            request=request,
        )


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride]


class RequestTooLargeError(APIStatusError):
    status_code: Literal[413] = 413  # pyright: ignore[reportIncompatibleVariableOverride]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride]


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride]


class ServiceUnavailableError(APIStatusError):
    status_code: Literal[503] = 503  # pyright: ignore[reportIncompatibleVariableOverride]


class OverloadedError(APIStatusError):
    status_code: Literal[529] = 529  # pyright: ignore[reportIncompatibleVariableOverride]


class DeadlineExceededError(APIStatusError):
    status_code: Literal[504] = 504  # pyright: ignore[reportIncompatibleVariableOverride]


class InternalServerError(APIStatusError):
    pass


class StreamAlreadyConsumed(AnthropicError):
    """The response body was already streamed, so it cannot be read or streamed again."""

    def __init__(self) -> None:
        super().__init__(
            "The response body has already been consumed (streamed or iterated), so it cannot be read again. "
            "Call `.read()` before iterating if you need the content more than once."
        )


# HTTP status -> exception, as the first-party API client maps them. 503 and 504
# stay InternalServerError here (platform clients may map them differently).
STATUS_ERRORS: Mapping[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    529: OverloadedError,
}

# The API's `error.type` -> exception, used for `error` events inside a stream.
ERROR_TYPES: Mapping[str, Type[APIStatusError]] = {
    "invalid_request_error": BadRequestError,
    "authentication_error": AuthenticationError,
    "permission_error": PermissionDeniedError,
    "not_found_error": NotFoundError,
    "request_too_large": RequestTooLargeError,
    "rate_limit_error": RateLimitError,
    "api_error": InternalServerError,
    "timeout_error": DeadlineExceededError,
    "overloaded_error": OverloadedError,
}


def status_error_class(
    status_code: int, table: Mapping[int, Type[APIStatusError]] = STATUS_ERRORS
) -> Type[APIStatusError]:
    found = table.get(status_code)
    if found is not None:
        return found
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


def error_type_of(body: object) -> Optional[str]:
    """``body["error"]["type"]`` (or ``body["type"]`` for a bare error object), if present."""
    if isinstance(body, Mapping):
        data = cast(Mapping[str, object], body)
        error = data.get("error")
        if isinstance(error, Mapping):
            kind = cast(Mapping[str, object], error).get("type")
            if isinstance(kind, str):
                return kind
        kind = data.get("type")
        if isinstance(kind, str) and kind != "error":
            return kind
    return None


_IMPLIED_STATUS: Dict[Type[APIStatusError], int] = {cls: code for code, cls in STATUS_ERRORS.items()}
_IMPLIED_STATUS.update({InternalServerError: 500, ServiceUnavailableError: 503, DeadlineExceededError: 504})


def implied_status(cls: Type[APIStatusError]) -> Optional[int]:
    """The HTTP status an exception class stands for (None for the generic APIStatusError)."""
    return _IMPLIED_STATUS.get(cls)

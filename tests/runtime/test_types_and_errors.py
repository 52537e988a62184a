from __future__ import annotations

import copy
import pickle
from typing import Optional, Type

import httpx
import pytest
from anthropic_runtime import _exceptions as errors
from anthropic_runtime._exceptions import (
    AnthropicError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    error_type_of,
    status_error_class,
)
from anthropic_runtime._types import NOT_GIVEN, NotGiven, Omit, not_given, omit


def _response(
    status: int = 500, body: bytes = b'{"type":"error"}', request_id: Optional[str] = "req_1"
) -> httpx.Response:
    headers = {"request-id": request_id} if request_id else {}
    request = httpx.Request("POST", "https://api.anthropic.com/v1/messages", headers={"X-Api-Key": "sk-secret"})
    return httpx.Response(status, content=body, headers=headers, request=request)


class TestSentinels:
    def test_not_given_is_falsy_singleton(self) -> None:
        assert not not_given
        assert NOT_GIVEN is not_given
        assert NotGiven() is not_given
        assert repr(not_given) == "NOT_GIVEN"

    def test_omit_is_falsy_singleton(self) -> None:
        assert not omit
        assert Omit() is omit
        assert repr(omit) == "omit"

    @pytest.mark.parametrize("value", [not_given, omit])
    def test_sentinels_survive_pickle_and_copy(self, value: object) -> None:
        assert pickle.loads(pickle.dumps(value)) is value
        assert copy.deepcopy(value) is value


class TestHierarchy:
    def test_tree(self) -> None:
        assert issubclass(APIError, AnthropicError)
        assert issubclass(APIConnectionError, APIError)
        assert issubclass(APITimeoutError, APIConnectionError)
        assert issubclass(APIResponseValidationError, APIError)
        assert issubclass(APIStatusError, APIError)
        for name in (
            "BadRequestError",
            "AuthenticationError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "RequestTooLargeError",
            "UnprocessableEntityError",
            "RateLimitError",
            "ServiceUnavailableError",
            "OverloadedError",
            "DeadlineExceededError",
            "InternalServerError",
        ):
            assert issubclass(getattr(errors, name), APIStatusError), name

    @pytest.mark.parametrize(
        ("status", "expected"),
        [
            (400, errors.BadRequestError),
            (401, errors.AuthenticationError),
            (403, errors.PermissionDeniedError),
            (404, errors.NotFoundError),
            (409, errors.ConflictError),
            (413, errors.RequestTooLargeError),
            (422, errors.UnprocessableEntityError),
            (429, errors.RateLimitError),
            (529, errors.OverloadedError),
            (500, errors.InternalServerError),
            (502, errors.InternalServerError),
            (503, errors.InternalServerError),
            (504, errors.InternalServerError),
            (418, errors.APIStatusError),
            (402, errors.APIStatusError),
        ],
    )
    def test_status_mapping(self, status: int, expected: Type[APIStatusError]) -> None:
        assert status_error_class(status) is expected

    def test_status_error_fields(self) -> None:
        error = errors.RateLimitError("slow down", response=_response(429), body={"type": "error"})
        assert error.status_code == 429
        assert error.request_id == "req_1"
        assert error.message == "slow down"
        assert str(error) == "slow down"
        assert error.request.url.path == "/v1/messages"

    def test_type_from_body(self) -> None:
        body = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
        error = errors.OverloadedError("x", response=_response(529), body=body)
        assert error.type == "overloaded_error"
        assert error_type_of({"type": "rate_limit_error", "message": "x"}) == "rate_limit_error"
        assert error_type_of("text") is None
        assert error_type_of({"type": "error"}) is None

    def test_timeout_message_mentions_long_requests(self) -> None:
        error = APITimeoutError(request=httpx.Request("GET", "https://x"))
        assert "timed out" in str(error)


def _all_errors() -> list[BaseException]:
    response = _response(529, body=b'{"type":"error","error":{"type":"overloaded_error","message":"busy"}}')
    response.read()
    request = response.request
    built: list[BaseException] = [
        AnthropicError("plain"),
        APIError("api", request, body={"a": 1}),
        APIConnectionError(request=request),
        APIConnectionError(message="custom", request=request),
        APITimeoutError(request=request),
        APIResponseValidationError(response, {"bad": True}),
        APIResponseValidationError(response, None, message="custom"),
        APIStatusError("status", response=response, body=None),
        errors.StreamAlreadyConsumed(),
    ]
    for name in (
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "RequestTooLargeError",
        "UnprocessableEntityError",
        "RateLimitError",
        "ServiceUnavailableError",
        "OverloadedError",
        "DeadlineExceededError",
        "InternalServerError",
    ):
        built.append(getattr(errors, name)(f"{name} happened", response=response, body={"error": {"type": "x"}}))
    return built


@pytest.mark.parametrize("error", _all_errors(), ids=lambda error: type(error).__name__)
def test_every_exception_pickles(error: BaseException) -> None:
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert restored.args == error.args
    if isinstance(error, APIError):
        assert isinstance(restored, APIError)
        assert restored.message == error.message
        assert restored.body == error.body
        assert str(restored.request.url) == str(error.request.url)
    if isinstance(error, APIStatusError):
        assert isinstance(restored, APIStatusError)
        assert restored.status_code == error.status_code
        assert restored.request_id == error.request_id
        assert restored.response.status_code == error.response.status_code
        assert restored.response.content == error.response.content
    copied = copy.copy(error)
    assert type(copied) is type(error)


def test_exception_messages_never_include_credentials() -> None:
    for error in _all_errors():
        assert "sk-secret" not in str(error)
        assert "sk-secret" not in repr(error)

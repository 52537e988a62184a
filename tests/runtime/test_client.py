"""The request path end to end against scripted servers, with the sync and the async client."""

from __future__ import annotations

import email.utils
import json
import logging
import time
from typing import Any, Dict, List, Type

import httpx
import pytest
from anthropic_runtime import _exceptions as errors
from anthropic_runtime._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient
from anthropic_runtime._types import omit

from tests.servers import (
    ScriptedServer,
    close_before_headers,
    redirect,
    reply,
    reset_before_headers,
    reset_mid_body,
    stall,
)

from .clients import Anthropic, AsyncAnthropic, sync_client
from .dual import Dual, Env, Scenario
from .fake_api import Message, TextBlock, message_json

ARGS: Dict[str, Any] = {"max_tokens": 16, "messages": [{"role": "user", "content": "Hi"}], "model": "claude-sonnet-4-5"}


def create(env: Env, **extra: Any) -> Any:
    return env.messages.create(**{**ARGS, **extra})


# --------------------------------------------------------------------------- headers and auth


def test_default_headers(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json(), headers={"request-id": "req_42"}))

    def scenario(env: Env) -> Scenario:
        message = yield create(env)
        assert isinstance(message, Message)
        assert isinstance(message.content[0], TextBlock)
        assert message._request_id == "req_42"

    dual.run(scenario)
    request = server.requests[0]
    assert request.method == "POST"
    assert request.path == "/v1/messages"
    assert request.header("x-api-key") == "sk-test-secret"
    assert request.header("authorization") is None
    assert request.header("anthropic-version") == "2023-06-01"
    assert request.header("content-type") == "application/json"
    assert request.header("accept") == "application/json"
    expected_agent = "AsyncAnthropic/Python 0.79.0" if dual.is_async else "Anthropic/Python 0.79.0"
    assert request.header("user-agent") == expected_agent
    assert request.header("x-stainless-lang") == "python"
    assert request.header("x-stainless-package-version") == "0.79.0"
    assert request.header("x-stainless-runtime") == "CPython"
    assert request.header("x-stainless-os")
    assert request.header("x-stainless-arch")
    assert request.header("x-stainless-runtime-version")
    assert request.header("x-stainless-async") == ("async:asyncio" if dual.is_async else "false")
    assert request.header("x-stainless-retry-count") == "0"
    assert request.header("x-stainless-read-timeout") == "600"
    assert request.json() == {**ARGS, "stream": False}


def test_auth_token_is_a_bearer(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield create(env)

    dual.run(scenario, api_key=None, auth_token="tok-123")
    assert server.requests[0].header("authorization") == "Bearer tok-123"
    assert server.requests[0].header("x-api-key") is None


def test_credentials_from_the_environment(dual: Dual, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "env-token")
    server.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        assert env.client.api_key == "env-key"
        assert env.client.auth_token == "env-token"
        yield create(env)

    dual.run(scenario, api_key=None)
    assert server.requests[0].header("x-api-key") == "env-key"
    assert server.requests[0].header("authorization") == "Bearer env-token"


def test_missing_credentials_fail_clearly(dual: Dual, server: ScriptedServer) -> None:
    def scenario(env: Env) -> Scenario:
        with pytest.raises(TypeError) as info:
            yield create(env)
        message = str(info.value)
        for name in ("api_key", "ANTHROPIC_API_KEY", "auth_token", "ANTHROPIC_AUTH_TOKEN"):
            assert name in message

    dual.run(scenario, api_key=None)
    assert server.requests == []


def test_omitting_the_auth_header_is_allowed(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield create(env, extra_headers={"X-Api-Key": omit})

    dual.run(scenario, api_key=None)
    assert "x-api-key" not in server.requests[0].header_names()


def test_auth_header_from_default_headers(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield create(env)

    dual.run(scenario, api_key=None, default_headers={"X-Api-Key": "from-defaults"})
    assert server.requests[0].header("x-api-key") == "from-defaults"


def test_extra_headers_override_and_remove(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield create(
            env,
            betas=["b1", "b2"],
            extra_headers={"anthropic-version": "2099-01-01", "X-Stainless-Lang": omit, "X-Custom": "1"},
            extra_query={"debug": "yes"},
            extra_body={"metadata": {"user_id": "u"}, "model": "other"},
        )

    dual.run(scenario, default_headers={"X-Default": "d"})
    request = server.requests[0]
    assert request.header("anthropic-version") == "2099-01-01"
    assert request.header("x-stainless-lang") is None
    assert request.header("x-custom") == "1"
    assert request.header("x-default") == "d"
    assert request.header("anthropic-beta") == "b1,b2"
    assert request.target == "/v1/messages?beta=true&debug=yes"
    assert request.json()["metadata"] == {"user_id": "u"}
    assert request.json()["model"] == "other"


def test_default_query_and_base_path(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield env.messages.retrieve("msg/../x", extra_query={"b": "2"})

    dual.run(scenario, base_url=server.url + "/prefix", default_query={"a": "1", "b": "1"})
    assert server.requests[0].target == "/prefix/v1/messages/msg%2F%2E%2E%2Fx?a=1&b=2".replace("%2E%2E", "..")


def test_base_url_from_the_environment(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.url + "/env")
    client = Anthropic(api_key="k")
    assert str(client.base_url) == server.url + "/env/"
    assert Anthropic(api_key="k", base_url="https://explicit.example").base_url == httpx.URL(
        "https://explicit.example/"
    )
    monkeypatch.delenv("ANTHROPIC_BASE_URL")
    assert Anthropic(api_key="k").base_url == httpx.URL("https://api.anthropic.com/")
    client.close()


def test_repr_never_shows_secrets() -> None:
    client = Anthropic(api_key="sk-very-secret", auth_token="tok-very-secret")
    text = repr(client)
    assert "sk-very-secret" not in text and "tok-very-secret" not in text
    assert "api.anthropic.com" in text
    client.close()


# --------------------------------------------------------------------------- retries


def test_retries_server_errors_with_backoff(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(500), reply(503), reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        raw = yield env.raw.create(**ARGS)
        assert raw.retries_taken == 2
        message = yield raw.parse()
        assert message.id == "msg_01"

    dual.run(scenario)
    assert dual.sleeps == [0.5, 1.0]
    assert [request.header("x-stainless-retry-count") for request in server.requests] == ["0", "1", "2"]
    assert len({request.body for request in server.requests}) == 1


def test_retry_after_headers_are_honoured(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        reply(429, headers={"retry-after-ms": "1250"}),
        reply(429, headers={"retry-after": "3"}),
        reply(200, json=message_json()),
    )

    def scenario(env: Env) -> Scenario:
        yield create(env)

    dual.run(scenario)
    assert dual.sleeps == [1.25, 3.0]


def test_retry_after_http_date(dual: Dual, server: ScriptedServer) -> None:
    now = 1_800_000_000.0
    server.script(
        reply(529, headers={"retry-after": email.utils.formatdate(now + 12, usegmt=True)}),
        reply(200, json=message_json()),
    )

    def scenario(env: Env) -> Scenario:
        env.client._clock = lambda: now
        yield create(env)

    dual.run(scenario)
    assert dual.sleeps == [pytest.approx(12.0)]


def test_a_too_long_retry_after_raises_at_once(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        reply(
            429,
            json={"type": "error", "error": {"type": "rate_limit_error", "message": "slow"}},
            headers={"retry-after": "120"},
        )
    )

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.RateLimitError) as info:
            yield create(env)
        assert info.value.status_code == 429
        assert info.value.type == "rate_limit_error"

    dual.run(scenario)
    assert dual.sleeps == []
    assert len(server.requests) == 1


def test_x_should_retry(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        reply(400, headers={"x-should-retry": "true"}),
        reply(
            500,
            headers={"x-should-retry": "false"},
            json={"type": "error", "error": {"type": "api_error", "message": "no"}},
        ),
    )

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.InternalServerError):
            yield create(env)

    dual.run(scenario)
    assert len(server.requests) == 2
    assert dual.sleeps == [0.5]


def test_retries_are_bounded(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        *(
            reply(529, json={"type": "error", "error": {"type": "overloaded_error", "message": "busy"}})
            for _ in range(4)
        )
    )

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.OverloadedError) as info:
            yield create(env)
        assert info.value.status_code == 529
        assert "overloaded_error" in info.value.message

    dual.run(scenario, max_retries=3)
    assert len(server.requests) == 4
    assert dual.sleeps == [0.5, 1.0, 2.0]


def test_no_retries(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(500))

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.InternalServerError):
            yield create(env)

    dual.run(scenario, max_retries=0)
    assert len(server.requests) == 1


def test_with_options_max_retries(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(500), reply(500))

    def scenario(env: Env) -> Scenario:
        copy = env.client.with_options(max_retries=1)
        with pytest.raises(errors.InternalServerError):
            yield copy.request("get", "/v1/x", cast_to=object)

    dual.run(scenario, max_retries=5)
    assert len(server.requests) == 2


@pytest.mark.parametrize("fault", [reset_before_headers, close_before_headers, reset_mid_body])
def test_connection_failures_are_retried(dual: Dual, server: ScriptedServer, fault: Any) -> None:
    server.script(fault(), reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        message = yield create(env)
        assert message.id == "msg_01"

    dual.run(scenario)
    assert len(server.requests) == 2
    assert dual.sleeps == [0.5]


def test_connection_failures_end_in_api_connection_error(dual: Dual, server: ScriptedServer) -> None:
    server.script(reset_before_headers(), reset_before_headers(), reset_before_headers())

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.APIConnectionError) as info:
            yield create(env)
        assert not isinstance(info.value, errors.APITimeoutError)
        assert isinstance(info.value.__cause__, httpx.HTTPError)

    dual.run(scenario)
    assert len(server.requests) == 3


def test_unreachable_host(dual: Dual) -> None:
    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.APIConnectionError):
            yield create(env)

    dual.run(scenario, base_url="http://127.0.0.1:9", max_retries=1)
    assert dual.sleeps == [0.5]


def test_timeouts_become_api_timeout_error(dual: Dual, server: ScriptedServer) -> None:
    server.script(stall(5), stall(5))

    def scenario(env: Env) -> Scenario:
        start = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            yield create(env, timeout=0.2)
        assert time.monotonic() - start < 4

    dual.run(scenario, max_retries=1)
    assert len(server.requests) == 2
    assert dual.sleeps == [0.5]
    assert server.requests[0].header("x-stainless-read-timeout") == "0.2"
    assert server.requests[0].header("x-stainless-timeout") == "0.2"


# --------------------------------------------------------------------------- error responses


@pytest.mark.parametrize(
    ("status", "error_type", "expected"),
    [
        (400, "invalid_request_error", errors.BadRequestError),
        (401, "authentication_error", errors.AuthenticationError),
        (403, "permission_error", errors.PermissionDeniedError),
        (404, "not_found_error", errors.NotFoundError),
        (413, "request_too_large", errors.RequestTooLargeError),
        (422, "invalid_request_error", errors.UnprocessableEntityError),
        (418, "teapot", errors.APIStatusError),
    ],
)
def test_error_statuses(
    dual: Dual, server: ScriptedServer, status: int, error_type: str, expected: Type[errors.APIStatusError]
) -> None:
    body = {"type": "error", "error": {"type": error_type, "message": "nope"}}
    server.script(reply(status, json=body, headers={"request-id": "req_err"}))

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.APIStatusError) as info:
            yield create(env)
        error = info.value
        assert type(error) is expected
        assert error.status_code == status
        assert error.body == body
        assert error.request_id == "req_err"
        assert error.message == f"Error code: {status} - {body}"
        assert error.type == error_type
        assert error.response.status_code == status

    dual.run(scenario)
    assert len(server.requests) == 1


def test_non_json_error_body(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(404, body="no such thing", content_type="text/plain"))

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.NotFoundError) as info:
            yield create(env)
        assert info.value.body == "no such thing"
        assert info.value.message == "no such thing"

    dual.run(scenario)


def test_strict_validation(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        reply(200, json=message_json(stop_reason="new_reason")), reply(200, json=message_json(stop_reason="new_reason"))
    )

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.APIResponseValidationError):
            yield create(env)
        lenient = env.client.with_options()
        assert lenient._strict_response_validation is True

    dual.run(scenario, _strict_response_validation=True)


def test_lenient_by_default(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json(stop_reason="new_reason")))

    def scenario(env: Env) -> Scenario:
        message = yield create(env)
        assert message.stop_reason == "new_reason"

    dual.run(scenario)


# --------------------------------------------------------------------------- redirects


def test_same_origin_redirect_keeps_credentials(dual: Dual, server: ScriptedServer) -> None:
    server.script(redirect("/v1/elsewhere", 307), reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield create(env)

    dual.run(scenario)
    second = server.requests[1]
    assert second.path == "/v1/elsewhere"
    assert second.method == "POST"
    assert second.header("x-api-key") == "sk-test-secret"
    assert second.json()["model"] == ARGS["model"]


def test_cross_origin_redirect_drops_credentials(dual: Dual, server: ScriptedServer, server2: ScriptedServer) -> None:
    server.script(redirect(server2.url + "/v1/moved", 308))
    server2.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        message = yield create(env)
        assert message.id == "msg_01"

    dual.run(scenario, auth_token="tok-secret")
    moved = server2.requests[0]
    assert moved.path == "/v1/moved"
    assert moved.header("x-api-key") is None
    assert moved.header("authorization") is None
    assert moved.header("anthropic-version") == "2023-06-01"
    assert moved.json()["model"] == ARGS["model"]


def test_see_other_becomes_a_get(dual: Dual, server: ScriptedServer) -> None:
    server.script(redirect("/v1/result", 303), reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield create(env)

    dual.run(scenario)
    follow = server.requests[1]
    assert follow.method == "GET"
    assert follow.body == b""
    assert follow.header("content-type") is None


def test_redirect_loops_stop(dual: Dual, server: ScriptedServer) -> None:
    server.handler = lambda request: redirect("/loop", 302)

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.APIConnectionError):
            yield env.messages.retrieve("x")

    dual.run(scenario, max_retries=0)
    assert len(server.requests) == 21


def test_plain_httpx_client_does_not_follow(server: ScriptedServer) -> None:
    server.script(redirect("/elsewhere", 302))
    with httpx.Client() as http:
        client = sync_client(server.url, http_client=http)
        response = client.get("/v1/x", cast_to=httpx.Response)
        assert response.status_code == 302
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- client lifecycle and options


def test_copy_and_with_options(server: ScriptedServer) -> None:
    sleeps: List[float] = []
    client = sync_client(server.url, sleeps, default_headers={"A": "1"}, default_query={"q": "1"})
    copy = client.with_options(api_key="other", timeout=5.0, default_headers={"B": "2"}, default_query={"r": "2"})
    assert copy.api_key == "other" and client.api_key == "sk-test-secret"
    assert copy.timeout == 5.0
    assert copy._custom_headers == {"A": "1", "B": "2"}
    assert copy._custom_query == {"q": "1", "r": "2"}
    assert copy._client is client._client
    assert copy.max_retries == client.max_retries
    assert copy._sleep is client._sleep
    replaced = client.copy(set_default_headers={"C": "3"}, set_default_query={})
    assert replaced._custom_headers == {"C": "3"}
    assert replaced._custom_query == {}
    with pytest.raises(ValueError):
        client.copy(default_headers={}, set_default_headers={})
    with pytest.raises(ValueError):
        client.copy(default_query={}, set_default_query={})
    client.close()
    assert copy.is_closed()


def test_context_managers() -> None:
    with Anthropic(api_key="k") as client:
        assert not client.is_closed()
    assert client.is_closed()

    async def main() -> None:
        async with AsyncAnthropic(api_key="k") as client:
            assert not client.is_closed()
        assert client.is_closed()

    import asyncio

    asyncio.run(main())


def test_constructor_checks() -> None:
    with pytest.raises(TypeError, match="max_retries"):
        Anthropic(api_key="k", max_retries=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="httpx.Client"):
        Anthropic(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="httpx.AsyncClient"):
        AsyncAnthropic(api_key="k", http_client=httpx.Client())  # type: ignore[arg-type]


def test_timeouts() -> None:
    client = Anthropic(api_key="k")
    assert client.timeout == httpx.Timeout(600.0, connect=5.0)
    assert Anthropic(api_key="k", timeout=30.0).timeout == 30.0
    assert Anthropic(api_key="k", timeout=None).timeout is None
    with httpx.Client(timeout=12.0) as http:
        assert Anthropic(api_key="k", http_client=http).timeout == httpx.Timeout(12.0)
    with httpx.Client() as http:
        assert Anthropic(api_key="k", http_client=http).timeout == httpx.Timeout(600.0, connect=5.0)
    client.close()


def test_owned_http_client_uses_sdk_defaults() -> None:
    client = Anthropic(api_key="k")
    assert isinstance(client._client, DefaultHttpxClient)
    assert client._client.follow_redirects is True
    client.close()
    client2 = AsyncAnthropic(api_key="k")
    assert isinstance(client2._client, DefaultAsyncHttpxClient)


class TestNonStreamingGuard:
    def test_small_requests_get_the_default_timeout(self) -> None:
        client = Anthropic(api_key="k")
        from anthropic_runtime._types import not_given

        assert client.nonstreaming_timeout(1024, "claude-sonnet-4-5", not_given) == httpx.Timeout(600, connect=5.0)
        client.close()

    def test_long_requests_must_stream(self) -> None:
        from anthropic_runtime._types import not_given

        client = Anthropic(api_key="k")
        with pytest.raises(ValueError) as info:
            client.nonstreaming_timeout(64_000, "claude-sonnet-4-5", not_given)
        assert "stream=True" in str(info.value) and "timeout" in str(info.value)
        assert "10 minutes" in str(info.value)
        # exactly at the limit: 600 s
        assert client.nonstreaming_timeout(21_333, "claude-sonnet-4-5", not_given) == httpx.Timeout(600, connect=5.0)
        with pytest.raises(ValueError):
            client.nonstreaming_timeout(21_334, "claude-sonnet-4-5", not_given)
        client.close()

    def test_model_specific_limits(self) -> None:
        from anthropic_runtime._types import not_given

        client = Anthropic(api_key="k")
        with pytest.raises(ValueError):
            client.nonstreaming_timeout(8_193, "claude-opus-4-20250514", not_given)
        assert client.nonstreaming_timeout(8_192, "claude-opus-4-20250514", not_given) == httpx.Timeout(
            600, connect=5.0
        )
        client.close()

    def test_explicit_timeouts_opt_out(self) -> None:
        from anthropic_runtime._types import not_given

        client = Anthropic(api_key="k")
        assert client.nonstreaming_timeout(100_000, "m", 30.0) == 30.0
        assert client.nonstreaming_timeout(100_000, "m", None) is None
        custom = Anthropic(api_key="k", timeout=120.0)
        assert custom.nonstreaming_timeout(100_000, "m", not_given) is not_given
        client.close()
        custom.close()

    def test_through_a_method(self, server: ScriptedServer) -> None:
        client = sync_client(server.url)
        with pytest.raises(ValueError, match="stream=True"):
            from .fake_api import Messages

            Messages(client).create(**{**ARGS, "max_tokens": 100_000})
        assert server.requests == []
        client.close()


# --------------------------------------------------------------------------- logging


def test_debug_logs_never_show_credentials(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    server.script(reply(500), reply(200, json=message_json()))
    client = sync_client(server.url, auth_token="tok-hidden", api_key="sk-hidden")
    from .fake_api import Messages

    with caplog.at_level(logging.DEBUG, logger="anthropic"):
        Messages(client).create(**ARGS)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "HTTP request POST" in text
    assert "Retrying" in text
    assert "sk-hidden" not in text and "tok-hidden" not in text
    assert "<redacted>" in text
    client.close()


def test_anthropic_log_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from anthropic_runtime import _logs

    monkeypatch.setenv("ANTHROPIC_LOG", "debug")
    monkeypatch.setattr(_logs, "_configured", False)
    previous = _logs.logger.level
    try:
        _logs.setup_logging()
        assert _logs.logger.level == logging.DEBUG
        assert _logs.httpx_logger.level == logging.DEBUG
    finally:
        _logs.logger.setLevel(previous)
        _logs.httpx_logger.setLevel(logging.NOTSET)


# --------------------------------------------------------------------------- low-level helpers


def test_custom_requests(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json={"ok": True}), reply(200, body="plain", content_type="text/plain"), reply(204))

    def scenario(env: Env) -> Scenario:
        response = yield env.client.post(
            "/v1/custom", cast_to=httpx.Response, body={"x": 1}, options={"params": {"p": "1"}, "headers": {"H": "v"}}
        )
        assert isinstance(response, httpx.Response)
        assert response.json() == {"ok": True}
        text = yield env.client.get("/v1/text", cast_to=str)
        assert text == "plain"
        nothing = yield env.client.delete("/v1/thing", cast_to=type(None))
        assert nothing is None

    dual.run(scenario)
    assert server.requests[0].target == "/v1/custom?p=1"
    assert server.requests[0].header("h") == "v"
    assert json.loads(server.requests[0].body) == {"x": 1}
    assert server.requests[1].method == "GET" and server.requests[1].body == b""
    assert server.requests[1].header("content-type") is None


def test_cancellation_is_not_swallowed(server: ScriptedServer) -> None:
    import asyncio

    from .clients import async_client
    from .fake_api import AsyncMessages

    server.script(stall(5))

    async def main() -> None:
        client = async_client(server.url)
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(AsyncMessages(client).create(**ARGS), 0.2)
        await client.close()

    asyncio.run(main())

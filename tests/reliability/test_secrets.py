"""Credentials stay secret, and path parameters cannot change the route.

The API key and the auth token must never appear in ``repr(client)``, in the
SDK's logs at debug level (in-process and with ``ANTHROPIC_LOG=debug``), in
exception messages, reprs or pickles, and must not follow a redirect to another
origin (two local servers on different ports). Path parameters are
percent-encoded: the raw request target the server receives is asserted.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Callable, List

import anthropic
import httpx
import pytest

from tests.servers import (
    RecordedRequest,
    ScriptedServer,
    redirect,
    reply,
    reset_before_headers,
    sse,
    sse_event,
    stall,
)

from .scenarios import HEAD
from .support import API_KEY, ARGS, AUTH_TOKEN, MESSAGE, SECRETS, async_client, error_body, sync_client

ROOT = Path(__file__).resolve().parents[2]


def _assert_clean(text: Any, where: str) -> None:
    rendered = text if isinstance(text, (str, bytes)) else repr(text)
    for secret in SECRETS:
        needle: Any = secret.encode() if isinstance(rendered, bytes) else secret
        assert needle not in rendered, f"a credential leaked into {where}"


def _both(url: str, **kwargs: Any) -> Any:
    return sync_client(url, [], auth_token=AUTH_TOKEN, **kwargs)


# --------------------------------------------------------------------------- repr


def test_client_reprs_hold_no_credentials(server: ScriptedServer) -> None:
    clients: List[Any] = [
        anthropic.Anthropic(api_key=API_KEY, auth_token=AUTH_TOKEN, base_url=server.url),
        anthropic.AsyncAnthropic(api_key=API_KEY, auth_token=AUTH_TOKEN, base_url=server.url),
    ]
    clients += [client.copy(max_retries=5) for client in clients]
    for client in clients:
        _assert_clean(repr(client), "repr(client)")
        _assert_clean(str(client), "str(client)")
        _assert_clean(repr(client.messages), "repr(client.messages)")
        assert client.api_key == API_KEY  # still usable: only the text forms hide it


def test_credentials_from_the_environment_stay_out_of_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", API_KEY)
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", AUTH_TOKEN)
    client = anthropic.Anthropic(base_url="http://127.0.0.1:9")
    assert client.auth_headers == {"X-Api-Key": API_KEY, "Authorization": f"Bearer {AUTH_TOKEN}"}
    _assert_clean(repr(client), "repr(client)")
    client.close()


# --------------------------------------------------------------------------- exceptions


def _errors_sync(server: ScriptedServer) -> List[BaseException]:
    """Real exceptions raised by real calls, one per kind of failure."""
    server.script(
        reply(400, json=error_body("invalid_request_error"), headers={"request-id": "req_400"}),
        reply(401, json=error_body("authentication_error", "invalid x-api-key")),
        reply(429, json=error_body("rate_limit_error"), headers={"retry-after": "3600"}),
        reply(529, json=error_body("overloaded_error"), headers={"x-should-retry": "false"}),
        reset_before_headers(),
        stall(30),
        reply(200, body=b"{not json", content_type="application/json"),
        sse([*HEAD, sse_event("error", error_body("overloaded_error"))]),
    )
    client = _both(server.url, max_retries=0, timeout=httpx.Timeout(5.0, read=0.2))
    found: List[BaseException] = []
    for _ in range(7):
        with pytest.raises(anthropic.AnthropicError) as info:
            client.messages.create(**ARGS)
        found.append(info.value)
    with pytest.raises(anthropic.AnthropicError) as info:
        for _ in client.messages.create(**ARGS, stream=True):
            pass
    found.append(info.value)
    client.close()
    return found


EXPECTED_KINDS = [
    anthropic.BadRequestError,
    anthropic.AuthenticationError,
    anthropic.RateLimitError,
    anthropic.OverloadedError,
    anthropic.APIConnectionError,
    anthropic.APITimeoutError,
    anthropic.APIResponseValidationError,
    anthropic.OverloadedError,
]


def _check_errors(errors: List[BaseException]) -> None:
    assert [type(error) for error in errors] == EXPECTED_KINDS
    for error in errors:
        assert isinstance(error, anthropic.APIError)
        # the live exception still carries the request as it was sent...
        assert error.request.headers["x-api-key"] == API_KEY
        _assert_clean(str(error), f"str({type(error).__name__})")
        _assert_clean(repr(error), f"repr({type(error).__name__})")
        _assert_clean(error.message, f"{type(error).__name__}.message")
        _assert_clean(json.dumps(error.body, default=str), f"{type(error).__name__}.body")
        data = pickle.dumps(error)
        _assert_clean(data, f"pickle of {type(error).__name__}")
        restored = pickle.loads(data)
        # ...the pickled one does not, but keeps everything else
        assert type(restored) is type(error)
        assert str(restored) == str(error)
        assert restored.request.headers["x-api-key"] == "<redacted>"
        assert restored.request.headers["authorization"] == "<redacted>"
        assert restored.request.headers["anthropic-version"] == "2023-06-01"
        assert restored.request.url == error.request.url
        if isinstance(error, anthropic.APIStatusError):
            assert isinstance(restored, anthropic.APIStatusError)
            assert restored.response.request is restored.request
            assert restored.response.headers == error.response.headers
            assert restored.status_code == error.status_code
            assert restored.body == error.body


def test_exceptions_never_expose_credentials(server: ScriptedServer) -> None:
    _check_errors(_errors_sync(server))


@pytest.mark.anyio
async def test_async_exceptions_never_expose_credentials(server: ScriptedServer) -> None:
    server.script(
        reply(400, json=error_body("invalid_request_error"), headers={"request-id": "req_400"}),
        reply(401, json=error_body("authentication_error", "invalid x-api-key")),
        reply(429, json=error_body("rate_limit_error"), headers={"retry-after": "3600"}),
        reply(529, json=error_body("overloaded_error"), headers={"x-should-retry": "false"}),
        reset_before_headers(),
        stall(30),
        reply(200, body=b"{not json", content_type="application/json"),
        sse([*HEAD, sse_event("error", error_body("overloaded_error"))]),
    )
    client = async_client(server.url, [], auth_token=AUTH_TOKEN, max_retries=0, timeout=httpx.Timeout(5.0, read=0.2))
    found: List[BaseException] = []
    for _ in range(7):
        with pytest.raises(anthropic.AnthropicError) as info:
            await client.messages.create(**ARGS)
        found.append(info.value)
    with pytest.raises(anthropic.AnthropicError) as info:
        async for _ in await client.messages.create(**ARGS, stream=True):
            pass
    found.append(info.value)
    await client.close()
    _check_errors(found)


# --------------------------------------------------------------------------- logs


def _exercise(client: Any, server: ScriptedServer, other: ScriptedServer) -> None:
    """Requests that log: success, retry, reset, error, stream, cross-origin redirect."""
    server.script(
        reply(200, json=MESSAGE),
        reply(500, json=error_body("api_error")),
        reply(200, json=MESSAGE),
        reset_before_headers(),
        reply(200, json=MESSAGE),
        reply(401, json=error_body("authentication_error")),
        sse([*HEAD]),
        redirect(f"{other.url}/v1/messages", 307),
    )
    other.script(reply(200, json=MESSAGE))
    client.messages.create(**ARGS)
    client.messages.create(**ARGS)
    client.messages.create(**ARGS)
    with pytest.raises(anthropic.AuthenticationError):
        client.messages.create(**ARGS)
    for _ in client.messages.create(**ARGS, stream=True):
        pass
    client.messages.create(**ARGS)


def test_debug_logs_hold_no_credentials(
    server: ScriptedServer, server2: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: anthropic, httpx, httpcore
    for name in ("anthropic", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    client = _both(server.url)
    _exercise(client, server, server2)
    client.close()
    messages = [record.getMessage() for record in caplog.records]
    assert any("HTTP request" in message and "<redacted>" in message for message in messages)
    assert any("Retrying" in message for message in messages)
    assert len(messages) > 20
    for record in caplog.records:
        _assert_clean(record.getMessage(), f"the log record {record.name}:{record.lineno}")
        _assert_clean(repr(record.args), f"the arguments of log record {record.name}:{record.lineno}")


_CHILD = """
import sys
import anthropic, httpx
url, other, key, token = sys.argv[1:5]
client = anthropic.Anthropic(api_key=key, auth_token=token, base_url=url)
client._sleep = lambda seconds: None
args = {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
client.messages.create(**args)                     # 200
client.messages.create(**args)                     # 500, then 200
try:
    client.messages.create(**args)                 # 401
except anthropic.AuthenticationError as exc:
    print("error:", exc, repr(exc), file=sys.stderr)
client.messages.create(**args)                     # redirected to the other origin
print("done", file=sys.stderr)
"""


def test_anthropic_log_debug_output_holds_no_credentials(server: ScriptedServer, server2: ScriptedServer) -> None:
    """``ANTHROPIC_LOG=debug`` in a fresh process: the whole stderr is checked."""
    server.script(
        reply(200, json=MESSAGE),
        reply(500, json=error_body("api_error")),
        reply(200, json=MESSAGE),
        reply(401, json=error_body("authentication_error")),
        redirect(f"{server2.url}/v1/messages", 308),
    )
    server2.script(reply(200, json=MESSAGE))
    env = {key: value for key, value in os.environ.items() if not key.startswith("ANTHROPIC_")}
    env.update(ANTHROPIC_LOG="debug", PYTHONPATH=os.pathsep.join([str(ROOT / "generated"), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CHILD), server.url, server2.url, API_KEY, AUTH_TOKEN],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "done" in done.stderr
    assert "DEBUG" in done.stderr and "HTTP request" in done.stderr and "<redacted>" in done.stderr
    _assert_clean(done.stderr, "the ANTHROPIC_LOG=debug output")
    _assert_clean(done.stdout, "stdout")
    assert len(server2.requests) == 1 and server2.requests[0].header("x-api-key") is None


# --------------------------------------------------------------------------- redirects


def _credentials(request: RecordedRequest) -> List[str]:
    return [name for name in ("x-api-key", "authorization", "cookie") if request.header(name) is not None]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_credentials_do_not_follow_a_redirect_to_another_origin(
    server: ScriptedServer, server2: ScriptedServer, status: int
) -> None:
    server.script(redirect(f"{server2.url}/v1/messages?hop=1", status))
    server2.script(reply(200, json=MESSAGE))
    client = _both(server.url, default_headers={"Cookie": "session=RELIABILITY-SECRET-KEY"})
    client.messages.create(**ARGS)
    client.close()
    assert _credentials(server.requests[0]) == ["x-api-key", "authorization", "cookie"]
    (moved,) = server2.requests
    assert _credentials(moved) == []
    assert moved.header("anthropic-version") == "2023-06-01"  # other headers do follow
    for name, value in moved.headers:
        _assert_clean(value, f"the {name} header sent to the other origin")
    if status in (307, 308):
        assert moved.method == "POST" and moved.body == server.requests[0].body  # replayed byte for byte
    else:  # 303, and 301/302 after a POST, continue as a GET without the body
        assert moved.method == "GET"
        assert moved.body == b""


def test_same_origin_redirect_keeps_credentials(server: ScriptedServer) -> None:
    server.script(redirect("/v1/messages/elsewhere", 307), reply(200, json=MESSAGE))
    client = _both(server.url)
    client.messages.create(**ARGS)
    client.close()
    first, second = server.requests
    assert second.path == "/v1/messages/elsewhere"
    assert second.header("x-api-key") == API_KEY
    assert second.body == first.body


def test_credentials_stay_dropped_when_a_redirect_chain_comes_back(
    server: ScriptedServer, server2: ScriptedServer
) -> None:
    """origin A -> origin B -> origin A: what B was not trusted with is not sent back to A either."""
    server.script(redirect(f"{server2.url}/hop", 307), reply(200, json=MESSAGE))
    server2.script(redirect(f"{server.url}/v1/messages/back", 307))
    client = _both(server.url)
    client.messages.create(**ARGS)
    client.close()
    assert _credentials(server2.requests[0]) == []
    assert _credentials(server.requests[1]) == []


@pytest.mark.anyio
async def test_async_credentials_do_not_follow_a_redirect_to_another_origin(
    server: ScriptedServer, server2: ScriptedServer
) -> None:
    server.script(redirect(f"{server2.url}/v1/messages", 307))
    server2.script(reply(200, json=MESSAGE))
    client = async_client(server.url, [], auth_token=AUTH_TOKEN)
    await client.messages.create(**ARGS)
    await client.close()
    assert _credentials(server.requests[0]) == ["x-api-key", "authorization"]
    assert _credentials(server2.requests[0]) == []


def test_platform_credentials_do_not_follow_a_redirect(server: ScriptedServer, server2: ScriptedServer) -> None:
    """Bedrock's SigV4 headers (Authorization, X-Amz-Security-Token) are dropped like the API key."""
    bedrock = pytest.importorskip("anthropic.lib.bedrock")
    server.script(redirect(f"{server2.url}/elsewhere", 307))
    server2.script(reply(200, json=MESSAGE))
    client = bedrock.AnthropicBedrock(
        aws_access_key="AKIDEXAMPLE",
        aws_secret_key="RELIABILITY-SECRET-KEY-aws",
        aws_session_token="RELIABILITY-SECRET-TOKEN-aws",
        aws_region="us-east-1",
        base_url=server.url,
        max_retries=0,
    )
    client.messages.create(**ARGS)
    client.close()
    assert server.requests[0].header("x-amz-security-token") == "RELIABILITY-SECRET-TOKEN-aws"
    assert (server.requests[0].header("authorization") or "").startswith("AWS4-HMAC-SHA256")
    moved = server2.requests[0]
    assert moved.header("authorization") is None and moved.header("x-amz-security-token") is None
    for _, value in moved.headers:
        assert "RELIABILITY-SECRET" not in value


# --------------------------------------------------------------------------- path parameters

HOSTILE = [
    ("a/b", "a%2Fb"),
    ("..", "%2E%2E"),
    (".", "%2E"),
    ("../../v1/models", "..%2F..%2Fv1%2Fmodels"),
    ("x?limit=1000", "x%3Flimit%3D1000"),
    ("x#fragment", "x%23fragment"),
    ("100%", "100%25"),
    ("%2e%2e", "%252e%252e"),
    ("héllo wörld", "h%C3%A9llo%20w%C3%B6rld"),
    ("你好/👋", "%E4%BD%A0%E5%A5%BD%2F%F0%9F%91%8B"),
    ("a b+c&d=e;f", "a%20b%2Bc%26d%3De%3Bf"),
]

Call = Callable[[Any, str], Any]
ROUTES: List[Any] = [
    ("batches.retrieve", lambda client, value: client.messages.batches.retrieve(value), "/v1/messages/batches/{}", ""),
    (
        "batches.results",
        lambda client, value: list(client.messages.batches.results(value)),
        "/v1/messages/batches/{}/results",
        "",
    ),
    ("models.retrieve", lambda client, value: client.models.retrieve(value), "/v1/models/{}", ""),
    (
        "beta.files.retrieve_metadata",
        lambda client, value: client.beta.files.retrieve_metadata(value),
        "/v1/files/{}",
        "beta=true",
    ),
    (
        "beta.skills.versions.retrieve",
        lambda client, value: client.beta.skills.versions.retrieve(value, skill_id=value),
        "/v1/skills/{}/versions/{}",
        "beta=true",
    ),
]


@pytest.mark.parametrize(("value", "encoded"), HOSTILE, ids=[encoded for _, encoded in HOSTILE])
@pytest.mark.parametrize(("name", "call", "template", "query"), ROUTES, ids=[route[0] for route in ROUTES])
def test_path_parameters_cannot_change_the_route(
    server: ScriptedServer, name: str, call: Call, template: str, query: str, value: str, encoded: str
) -> None:
    server.handler = lambda request: reply(200, body=b"{}", content_type="application/json")
    client = sync_client(server.url, [])
    call(client, value)
    client.close()
    (request,) = server.requests
    expected = template.format(encoded, encoded)
    assert request.target == expected + (f"?{query}" if query else "")
    assert request.raw_query == query


@pytest.mark.anyio
async def test_async_path_parameters_are_encoded(server: ScriptedServer) -> None:
    server.handler = lambda request: reply(200, body=b"{}", content_type="application/json")
    client = async_client(server.url, [])
    for value, encoded in HOSTILE:
        await client.models.retrieve(value)
        assert server.requests[-1].target == f"/v1/models/{encoded}"
    await client.close()


@pytest.mark.parametrize("value", ["", None])
def test_empty_path_parameters_are_refused_before_sending(server: ScriptedServer, value: Any) -> None:
    client = sync_client(server.url, [])
    with pytest.raises((ValueError, TypeError)) as info:
        client.messages.batches.retrieve(value)
    assert "message_batch_id" in str(info.value)
    assert server.requests == []
    client.close()

"""AnthropicVertex / AsyncAnthropicVertex against a local Vertex AI look-alike on 127.0.0.1.

Auth uses either a fixed ``access_token`` or :class:`CountingCredentials`, a real
``google.auth.credentials.Credentials`` subclass that counts its refreshes, records
the thread each ran on and can be expired on demand. Application default
credentials are provided by monkeypatching ``google.auth.default``.
"""

from __future__ import annotations

import collections
import datetime
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Deque, Dict, List, Optional, Set, Tuple

import anthropic
import google.auth
import pytest
from anthropic.lib.tools import beta_async_tool
from anthropic.lib.vertex import AnthropicVertex, AsyncAnthropicVertex
from google.auth.credentials import Credentials

from tests.servers import Behaviour, RecordedRequest, ScriptedServer, reply, sse, sse_event

from ._fakes import message, stream_events, tool_use_message

ROOT = Path(__file__).resolve().parents[2]
MODEL = "claude-sonnet-4-5@20250929"
ARGS: Dict[str, Any] = {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": "Hello"}]}
_ROUTE = re.compile(
    r"^/v1/projects/(?P<project>[^/]+)/locations/(?P<region>[^/]+)/publishers/anthropic/models/(?P<model>[^/:]+):(?P<action>rawPredict|streamRawPredict)$"
)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)  # google-auth compares naive UTC


class CountingCredentials(Credentials):  # type: ignore[misc]
    def __init__(self, project_id: Optional[str] = None) -> None:
        super().__init__()
        self.refreshes = 0
        self.refresh_threads: List[int] = []
        self.issued: Set[str] = set()
        if project_id is not None:
            self.project_id = project_id

    def refresh(self, request: Any) -> None:
        self.refreshes += 1
        self.refresh_threads.append(threading.get_ident())
        self.token = f"ya29.token-{self.refreshes}"
        self.issued.add(self.token)
        self.expiry = _now() + datetime.timedelta(hours=1)

    def expire(self) -> None:
        self.expiry = _now() - datetime.timedelta(seconds=1)


class FakeVertex:
    """Checks the bearer token and the route, answers like Vertex's rawPredict endpoints."""

    def __init__(self, server: ScriptedServer, tokens: Set[str]) -> None:
        self.server = server
        self.tokens = tokens
        self.faults: Deque[Tuple[Behaviour, Any]] = collections.deque()
        self.replies: Deque[Dict[str, Any]] = collections.deque()
        self.events = stream_events(["Hel", "lo", " world"])
        server.handler = self.handle

    @property
    def requests(self) -> List[RecordedRequest]:
        return self.server.requests

    def handle(self, request: RecordedRequest) -> Behaviour:
        authorization = request.header("authorization") or ""
        if not authorization.startswith("Bearer ") or authorization[7:] not in self.tokens:
            return reply(
                401, json={"error": {"code": 401, "message": "Invalid credentials", "status": "UNAUTHENTICATED"}}
            )
        if self.faults:
            behaviour, then = self.faults.popleft()
            if then is not None:
                then()
            return behaviour
        match = _ROUTE.match(request.path)
        if match is None:
            return reply(404, json={"error": {"code": 404, "message": f"no route {request.path}"}})
        body = _body(request)
        counting = match.group("model") == "count-tokens"
        if body.get("anthropic_version") != "vertex-2023-10-16" or ("model" in body) != counting:
            return reply(
                400, json={"error": {"code": 400, "message": "Invalid request body", "status": "INVALID_ARGUMENT"}}
            )
        if counting:
            return reply(200, json={"input_tokens": 42})
        if match.group("action") == "rawPredict":
            return reply(200, json=self.replies.popleft() if self.replies else message())
        return sse([sse_event(event["type"], event) for event in self.events], chunk_size=17)


def _body(request: RecordedRequest) -> Dict[str, Any]:
    import json

    value: Dict[str, Any] = json.loads(request.body)
    return value


def _route(request: RecordedRequest) -> Dict[str, str]:
    match = _ROUTE.match(request.path)
    assert match is not None, request.path
    return match.groupdict()


def make_client(server: ScriptedServer, **options: Any) -> AnthropicVertex:
    options.setdefault("region", "us-east5")
    options.setdefault("project_id", "my-project")
    client = AnthropicVertex(base_url=server.url + "/v1", **options)
    client._sleep = lambda seconds: None
    return client


def make_async_client(server: ScriptedServer, **options: Any) -> AsyncAnthropicVertex:
    options.setdefault("region", "us-east5")
    options.setdefault("project_id", "my-project")
    client = AsyncAnthropicVertex(base_url=server.url + "/v1", **options)

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep
    return client


@pytest.fixture
def vertex(server: ScriptedServer) -> FakeVertex:
    return FakeVertex(server, {"static-token"})


# --------------------------------------------------------------------------- routes and bodies


def test_create_goes_to_raw_predict(vertex: FakeVertex, server: ScriptedServer) -> None:
    result = make_client(server, access_token="static-token").messages.create(**ARGS)
    assert result.content[0].type == "text" and result.content[0].text == "Hello there!"
    request = vertex.requests[0]
    assert request.method == "POST"
    assert request.path == f"/v1/projects/my-project/locations/us-east5/publishers/anthropic/models/{MODEL}:rawPredict"
    body = _body(request)
    assert body["anthropic_version"] == "vertex-2023-10-16" and "model" not in body
    assert request.header("authorization") == "Bearer static-token"
    assert request.header("x-api-key") is None
    assert request.header("user-agent") == "AnthropicVertex/Python 0.79.0"


@pytest.mark.anyio
async def test_async_create_goes_to_raw_predict(vertex: FakeVertex, server: ScriptedServer) -> None:
    async with make_async_client(server, access_token="static-token", region="global") as client:
        result = await client.messages.create(**ARGS)
    assert result.id == "msg_01"
    assert _route(vertex.requests[0]) == {
        "project": "my-project",
        "region": "global",
        "model": MODEL,
        "action": "rawPredict",
    }


def test_stream_goes_to_stream_raw_predict(vertex: FakeVertex, server: ScriptedServer) -> None:
    events = list(make_client(server, access_token="static-token").messages.create(**ARGS, stream=True))
    assert [event.type for event in events][0] == "message_start" and events[-1].type == "message_stop"
    request = vertex.requests[0]
    assert _route(request)["action"] == "streamRawPredict"
    assert _body(request)["stream"] is True


def test_messages_stream_helper(vertex: FakeVertex, server: ScriptedServer) -> None:
    with make_client(server, access_token="static-token").messages.stream(**ARGS) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == "Hello world"
    assert final.content[0].type == "text" and final.content[0].text == "Hello world"
    assert _route(vertex.requests[0])["action"] == "streamRawPredict"


@pytest.mark.anyio
async def test_async_messages_stream_helper(vertex: FakeVertex, server: ScriptedServer) -> None:
    client = make_async_client(server, access_token="static-token")
    async with client, client.beta.messages.stream(**ARGS, betas=["interleaved-thinking-2025-05-14"]) as stream:
        text = "".join([piece async for piece in stream.text_stream])
        final = await stream.get_final_message()
    assert text == "Hello world" and final.content[0].type == "text"
    request = vertex.requests[0]
    assert request.header("anthropic-beta") == "interleaved-thinking-2025-05-14"
    assert "beta=true" not in request.target


def test_count_tokens_route(vertex: FakeVertex, server: ScriptedServer) -> None:
    client = make_client(server, access_token="static-token", region="europe-west1")
    assert client.messages.count_tokens(model=MODEL, messages=ARGS["messages"]).input_tokens == 42
    assert client.beta.messages.count_tokens(model=MODEL, messages=ARGS["messages"]).input_tokens == 42
    for request in vertex.requests:
        assert (
            request.path
            == "/v1/projects/my-project/locations/europe-west1/publishers/anthropic/models/count-tokens:rawPredict"
        )
        body = _body(request)
        assert body["model"] == MODEL and body["anthropic_version"] == "vertex-2023-10-16"
    assert vertex.requests[1].header("anthropic-beta") == "token-counting-2024-11-01"


@pytest.mark.anyio
async def test_async_count_tokens_route(vertex: FakeVertex, server: ScriptedServer) -> None:
    async with make_async_client(server, access_token="static-token") as client:
        counted = await client.messages.count_tokens(model=MODEL, messages=ARGS["messages"])
    assert counted.input_tokens == 42
    assert vertex.requests[0].path.endswith("/publishers/anthropic/models/count-tokens:rawPredict")


def test_http_errors_map_to_sdk_errors(vertex: FakeVertex, server: ScriptedServer) -> None:
    client = make_client(server, access_token="static-token", max_retries=0)
    vertex.faults.append((reply(504, json={"error": {"code": 504, "message": "Deadline"}}), None))
    with pytest.raises(anthropic.DeadlineExceededError):
        client.messages.create(**ARGS)
    vertex.faults.append((reply(503, json={"error": {"code": 503, "message": "Unavailable"}}), None))
    with pytest.raises(anthropic.ServiceUnavailableError):
        client.messages.create(**ARGS)
    with pytest.raises(anthropic.AuthenticationError):
        make_client(server, access_token="wrong").messages.create(**ARGS)


# --------------------------------------------------------------------------- credentials


def test_credentials_refresh_when_missing_or_expired(server: ScriptedServer) -> None:
    credentials = CountingCredentials()
    vertex = FakeVertex(server, credentials.issued)
    client = make_client(server, credentials=credentials)
    client.messages.create(**ARGS)
    client.messages.create(**ARGS)
    assert credentials.refreshes == 1
    credentials.expire()
    client.messages.create(**ARGS)
    assert credentials.refreshes == 2
    assert [request.header("authorization") for request in vertex.requests] == [
        "Bearer ya29.token-1",
        "Bearer ya29.token-1",
        "Bearer ya29.token-2",
    ]


def test_each_attempt_gets_a_current_token(server: ScriptedServer) -> None:
    credentials = CountingCredentials()
    vertex = FakeVertex(server, credentials.issued)
    vertex.faults.append((reply(500, json={"error": {"code": 500}}), credentials.expire))
    make_client(server, credentials=credentials).messages.create(**ARGS)
    assert [request.header("authorization") for request in vertex.requests] == [
        "Bearer ya29.token-1",
        "Bearer ya29.token-2",
    ]


@pytest.mark.anyio
async def test_async_refresh_runs_off_the_event_loop(server: ScriptedServer) -> None:
    credentials = CountingCredentials()
    vertex = FakeVertex(server, credentials.issued)
    loop_thread = threading.get_ident()
    async with make_async_client(server, credentials=credentials) as client:
        await client.messages.create(**ARGS)
        await client.messages.create(**ARGS)
        credentials.expire()
        await client.messages.create(**ARGS)
    assert credentials.refreshes == 2
    assert loop_thread not in credentials.refresh_threads
    assert len(vertex.requests) == 3


def test_application_default_credentials_and_project(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    credentials = CountingCredentials()
    vertex = FakeVertex(server, credentials.issued)
    calls: List[Dict[str, Any]] = []

    def fake_default(**kwargs: Any) -> Tuple[Credentials, Optional[str]]:
        calls.append(kwargs)
        return credentials, "adc-project"

    monkeypatch.setattr(google.auth, "default", fake_default)
    client = make_client(server, project_id=None)
    client.messages.create(**ARGS)
    client.messages.create(**ARGS)
    assert calls == [{"scopes": ["https://www.googleapis.com/auth/cloud-platform"]}]
    assert client.project_id == "adc-project" and client.credentials is credentials
    assert _route(vertex.requests[0])["project"] == "adc-project"
    assert credentials.refreshes == 1


@pytest.mark.anyio
async def test_async_default_credentials_load_off_the_loop(
    monkeypatch: pytest.MonkeyPatch, server: ScriptedServer
) -> None:
    credentials = CountingCredentials()
    FakeVertex(server, credentials.issued)
    threads: List[int] = []

    def fake_default(**kwargs: Any) -> Tuple[Credentials, Optional[str]]:
        threads.append(threading.get_ident())
        return credentials, "adc-project"

    monkeypatch.setattr(google.auth, "default", fake_default)
    async with make_async_client(server, project_id=None) as client:
        await client.messages.create(**ARGS)
    assert threads and threading.get_ident() not in threads
    assert credentials.refresh_threads and threading.get_ident() not in credentials.refresh_threads


def test_project_from_env_and_from_credentials(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    vertex = FakeVertex(server, {"static-token"})
    monkeypatch.setenv("ANTHROPIC_VERTEX_PROJECT_ID", "env-project")
    make_client(server, project_id=None, access_token="static-token").messages.create(**ARGS)
    monkeypatch.delenv("ANTHROPIC_VERTEX_PROJECT_ID")
    service_account = CountingCredentials(project_id="sa-project")
    vertex.tokens = service_account.issued
    make_client(server, project_id=None, credentials=service_account).messages.create(**ARGS)
    assert [_route(request)["project"] for request in vertex.requests] == ["env-project", "sa-project"]


def test_missing_project_fails_before_any_io(server: ScriptedServer) -> None:
    client = make_client(server, project_id=None, access_token="static-token")
    with pytest.raises(anthropic.AnthropicError, match="No Vertex AI project"):
        client.messages.create(**ARGS)
    assert server.requests == []


def test_caller_authorization_header_wins(server: ScriptedServer) -> None:
    credentials = CountingCredentials()
    vertex = FakeVertex(server, {"callers-token"})
    client = make_client(server, credentials=credentials, default_headers={"Authorization": "Bearer callers-token"})
    client.messages.create(**ARGS)
    assert credentials.refreshes == 0
    assert vertex.requests[0].header("authorization") == "Bearer callers-token"


# --------------------------------------------------------------------------- tool runner


@beta_async_tool
async def lookup(term: str) -> str:
    """Look a term up.

    Args:
        term: What to look up
    """
    return f"{term} means hello"


@pytest.mark.anyio
async def test_async_tool_runner(vertex: FakeVertex, server: ScriptedServer) -> None:
    vertex.replies.extend([tool_use_message("toolu_9", "lookup", term="ciao"), message("It means hello.")])
    async with make_async_client(server, access_token="static-token") as client:
        runner = client.beta.messages.tool_runner(**ARGS, tools=[lookup])
        final = await runner.until_done()
    assert final.content[0].type == "text" and final.content[0].text == "It means hello."
    assert len(vertex.requests) == 2
    assert _body(vertex.requests[1])["messages"][-1]["content"][0]["content"] == "ciao means hello"


# --------------------------------------------------------------------------- unsupported endpoints and options


def test_unsupported_endpoints_fail_before_any_io(server: ScriptedServer) -> None:
    client = make_client(server, access_token="static-token")
    calls = [
        lambda: client.messages.batches.create(requests=[]),
        lambda: client.messages.batches.list(),
        lambda: client.beta.messages.batches.list(),
        lambda: client.beta.files.list(),
        lambda: client.beta.models.list(),
        lambda: client.beta.skills.list(),
        lambda: client.post("/v1/complete", body={"prompt": "x"}, cast_to=object),
    ]
    for call in calls:
        with pytest.raises(anthropic.AnthropicError, match="not available on Vertex AI"):
            call()
    assert not hasattr(client, "completions") and not hasattr(client, "models")
    assert server.requests == []


@pytest.mark.anyio
async def test_async_unsupported_endpoints_fail_before_any_io(
    monkeypatch: pytest.MonkeyPatch, server: ScriptedServer
) -> None:
    def no_default(**kwargs: Any) -> Any:
        raise AssertionError("credentials must not be loaded for an unsupported route")

    monkeypatch.setattr(google.auth, "default", no_default)
    async with make_async_client(server, project_id=None) as client:
        with pytest.raises(anthropic.AnthropicError, match="Message Batches API"):
            await client.messages.batches.create(requests=[])
    assert server.requests == []


def test_region_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    assert str(AnthropicVertex(region="global", access_token="t").base_url) == "https://aiplatform.googleapis.com/v1/"
    assert (
        str(AnthropicVertex(region="us-east5", access_token="t").base_url)
        == "https://us-east5-aiplatform.googleapis.com/v1/"
    )
    with pytest.raises(ValueError, match="CLOUD_ML_REGION"):
        AnthropicVertex(access_token="t")
    monkeypatch.setenv("CLOUD_ML_REGION", "asia-east1")
    client = AsyncAnthropicVertex(access_token="t")
    assert client.region == "asia-east1"
    assert str(client.base_url) == "https://asia-east1-aiplatform.googleapis.com/v1/"
    monkeypatch.setenv("ANTHROPIC_VERTEX_BASE_URL", "http://127.0.0.1:9/v1")
    assert str(AnthropicVertex(access_token="t").base_url) == "http://127.0.0.1:9/v1/"
    assert str(AnthropicVertex(access_token="t", base_url="http://127.0.0.1:8").base_url) == "http://127.0.0.1:8/"


def test_copy_keeps_credentials_and_follows_the_region() -> None:
    credentials = CountingCredentials()
    client = AnthropicVertex(region="us-east5", project_id="p", credentials=credentials)
    moved = client.with_options(region="global", timeout=5)
    assert moved.region == "global" and moved.project_id == "p" and moved.credentials is credentials
    assert str(moved.base_url) == "https://aiplatform.googleapis.com/v1/"
    assert moved.timeout == 5
    assert client.copy(project_id="other").project_id == "other"


def test_import_anthropic_does_not_import_google_auth() -> None:
    code = (
        "import sys, anthropic\n"
        "from anthropic.lib.vertex import AnthropicVertex\n"
        "AnthropicVertex(region='us-east5', project_id='p', access_token='t')\n"
        "assert 'google.auth' not in sys.modules\n"
    )
    env = {"PYTHONPATH": str(ROOT / "generated"), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=str(ROOT))


@pytest.mark.anyio
async def test_async_raw_response_view(vertex: FakeVertex, server: ScriptedServer) -> None:
    async with make_async_client(server, access_token="static-token") as client:
        raw = await client.beta.messages.with_raw_response.create(**ARGS)
        assert raw.parse().id == "msg_01"  # as in the official SDK, the raw view parses synchronously
    assert _route(vertex.requests[0])["action"] == "rawPredict"

"""Process hygiene: pickling every exported exception, forking, and never blocking the event loop.

* Every exception class ``anthropic`` exports pickles and unpickles (in this
  process and in another one), with a real response from a local server attached.
* A client keeps working in a child made by ``os.fork()``, on its own connection.
* In async code, reading a large (or slow) upload and refreshing credentials
  happen off the event loop: a heartbeat ticking every 5 ms never sees a gap
  above the threshold, while a deliberately blocking read on the loop does.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Tuple

import anthropic
import anyio
import pytest

from tests.servers import ScriptedServer, reply

from .support import API_KEY, ARGS, FILE, MESSAGE, async_client, error_body, sync_client

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")  # fork() with threads (3.12+)

# --------------------------------------------------------------------------- pickling


def _exported_exceptions() -> List[type]:
    found = []
    for name in sorted(dir(anthropic)):
        if name.startswith("_"):
            continue
        value = getattr(anthropic, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            found.append(value)
    return found


EXPORTED = _exported_exceptions()


def test_the_exported_exceptions_are_the_whole_tree() -> None:
    names = {cls.__name__ for cls in EXPORTED}
    assert {"AnthropicError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError"} <= names
    assert {"OverloadedError", "RateLimitError", "InternalServerError", "StreamAlreadyConsumed"} <= names
    assert len(EXPORTED) >= 19


def _real_response(server: ScriptedServer) -> Any:
    """An error response as the SDK received it from a local server (request attached, body read)."""
    server.script(reply(529, json=error_body("overloaded_error"), headers={"request-id": "req_pickle"}))
    client = sync_client(server.url, [], max_retries=0, auth_token="RELIABILITY-SECRET-TOKEN-pickle")
    with pytest.raises(anthropic.APIStatusError) as info:
        client.messages.create(**ARGS)
    client.close()
    return info.value.response


def _build(cls: type, response: Any) -> BaseException:
    request = response.request
    if issubclass(cls, anthropic.APIStatusError):
        return cls(f"{cls.__name__} happened", response=response, body=error_body("overloaded_error"))
    if issubclass(cls, anthropic.APIResponseValidationError):
        return cls(response, {"unexpected": True}, message="not the expected shape")
    if issubclass(cls, anthropic.APITimeoutError):
        return cls(request=request)
    if issubclass(cls, anthropic.APIConnectionError):
        return cls(message="connection reset", request=request)
    if issubclass(cls, anthropic.APIError):
        return cls("api error", request, body={"a": 1})
    try:
        return cls()
    except TypeError:
        return cls("an error")


def _same(restored: BaseException, error: BaseException) -> None:
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert restored.args == error.args
    if isinstance(error, anthropic.APIError):
        assert isinstance(restored, anthropic.APIError)
        assert restored.message == error.message
        assert restored.body == error.body
        assert restored.request.url == error.request.url
        assert restored.request.method == error.request.method
        assert restored.request.content == error.request.content
    if isinstance(error, (anthropic.APIStatusError, anthropic.APIResponseValidationError)):
        assert isinstance(restored, (anthropic.APIStatusError, anthropic.APIResponseValidationError))
        assert restored.status_code == error.status_code
        assert restored.response.status_code == error.response.status_code
        assert restored.response.content == error.response.content
        assert restored.response.headers == error.response.headers
        assert restored.response.json() == error.response.json()
    if isinstance(error, anthropic.APIStatusError):
        assert isinstance(restored, anthropic.APIStatusError)
        assert restored.request_id == error.request_id == "req_pickle"
        assert restored.type == error.type


@pytest.mark.parametrize("cls", EXPORTED, ids=lambda cls: cls.__name__)
def test_every_exported_exception_pickles(server: ScriptedServer, cls: type) -> None:
    error = _build(cls, _real_response(server))
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(error, protocol=protocol)
        assert API_KEY.encode() not in data and b"RELIABILITY-SECRET-TOKEN" not in data
        _same(pickle.loads(data), error)
    _same(copy.copy(error), error)
    _same(copy.deepcopy(error), error)
    try:
        raise error
    except anthropic.AnthropicError as raised:  # pickles with its traceback and cause attached too
        raised.__cause__ = ConnectionResetError("peer reset")
        _same(pickle.loads(pickle.dumps(raised)), error)
    except BaseException as raised:  # an exported exception outside the SDK's tree
        _same(pickle.loads(pickle.dumps(raised)), error)


_UNPICKLE = """
import pickle, sys
errors = pickle.loads(sys.stdin.buffer.read())
for error in errors:
    code = getattr(error, "status_code", "-")
    print(type(error).__name__, code, getattr(error, "request_id", "-"), str(error)[:40].replace(" ", "_"))
"""


def test_exceptions_unpickle_in_another_process(server: ScriptedServer) -> None:
    """As multiprocessing / task queues do: the pickle names importable classes and needs no live objects."""
    response = _real_response(server)
    errors = [_build(cls, response) for cls in EXPORTED]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "generated"), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-c", _UNPICKLE],
        input=pickle.dumps(errors),
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode().splitlines()
    assert [line.split()[0] for line in lines] == [type(error).__name__ for error in errors]
    overloaded = lines[[type(error) for error in errors].index(anthropic.OverloadedError)].split()
    assert overloaded[1:3] == ["529", "req_pickle"]


# --------------------------------------------------------------------------- fork


def _wait(pid: int, seconds: float = 20.0) -> int:
    """The child's exit code, killing it if it does not finish in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    raise AssertionError(f"the child {pid} did not finish within {seconds} s")


def _child(body: Callable[[], bool]) -> int:
    """Fork; run ``body`` in the child and exit 0 if it returns True (never returns in the child)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            code = 0 if body() else 3
        except BaseException as exc:
            os.write(2, f"child failed: {exc!r}\n".encode())
            code = 2
        finally:
            os._exit(code)
    return pid


needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() is not available")


@needs_fork
def test_sync_client_works_in_a_forked_child(server: ScriptedServer) -> None:
    server.handler = lambda request: reply(200, json=MESSAGE)
    client = sync_client(server.url, [])
    assert client.messages.create(**ARGS).id == "msg_01"  # the parent now holds a pooled connection
    connections = server.connections

    pid = _child(lambda: client.messages.create(**ARGS).id == "msg_01")
    assert _wait(pid) == 0
    assert len(server.requests) == 2
    assert server.connections == connections + 1, "the child must open its own connection"
    assert server.requests[1].header("x-api-key") == API_KEY

    assert client.messages.create(**ARGS).id == "msg_01"  # and the parent carries on
    assert len(server.requests) == 3
    client.close()


@needs_fork
def test_async_client_works_in_a_forked_child(server: ScriptedServer) -> None:
    import asyncio

    server.handler = lambda request: reply(200, json=MESSAGE)
    client = async_client(server.url, [])

    async def one() -> str:
        message = await client.messages.create(**ARGS)
        return str(message.id)

    loop = asyncio.new_event_loop()  # the parent's loop, not running while it forks
    try:
        assert loop.run_until_complete(one()) == "msg_01"
        connections = server.connections
        pid = _child(lambda: asyncio.run(one()) == "msg_01")  # a new loop in the child
        assert _wait(pid) == 0
        assert len(server.requests) == 2
        assert server.connections == connections + 1, "the child must open its own connection"
        assert loop.run_until_complete(one()) == "msg_01"  # the parent carries on, on its connection
        assert server.connections == connections + 1
        loop.run_until_complete(client.close())
    finally:
        loop.close()


# --------------------------------------------------------------------------- the event loop

TICK = 0.005
THRESHOLD = 0.5
"""The longest heartbeat gap allowed. Generous for a busy 2-core machine: a 16 MB upload shows
30-60 ms when the machine is idle (the body is copied on the loop), a few hundred when other
test processes compete for the CPU. A blocking read of a slow source shows BLOCK."""
BLOCK = 1.2
"""How long the slow sources block (a slow disk or network share, a slow token endpoint)."""


async def _heartbeat_during(work: Callable[[], Awaitable[Any]]) -> Tuple[float, int, Any]:
    """Run ``work`` while a task ticks every 5 ms; the largest gap between ticks, the tick count, the result."""
    gaps: List[float] = []
    done = anyio.Event()
    result: Dict[str, Any] = {}

    async def beat() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await anyio.sleep(TICK)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    async with anyio.create_task_group() as group:
        group.start_soon(beat)
        await anyio.sleep(0.02)
        try:
            result["value"] = await work()
        finally:
            done.set()
    return max(gaps), len(gaps), result["value"]


class SlowFile(io.RawIOBase):
    """A binary file whose reads block the calling thread, as a slow disk or network share does."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.name = "slow.bin"
        self.blocked = 0.0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        time.sleep(BLOCK)
        self.blocked += BLOCK
        return self._data.readinto(buffer)

    def read(self, size: int = -1) -> bytes:
        time.sleep(BLOCK)
        self.blocked += BLOCK
        return self._data.read(size)


@pytest.mark.anyio
async def test_the_heartbeat_catches_a_blocking_read() -> None:
    """The control: the same measurement does see a read that blocks the loop."""
    slow = SlowFile(b"x" * 1024)

    async def blocking() -> bytes:
        return slow.read()  # deliberately on the event loop

    gap, _, data = await _heartbeat_during(blocking)
    assert data == b"x" * 1024
    assert gap >= BLOCK * 0.9 > THRESHOLD


LARGE = 16 * 1024 * 1024


def _feed_fifo(path: Path, content: bytes, seconds: float) -> threading.Thread:
    """Write ``content`` into the FIFO at ``path`` over ``seconds`` (a slow file), once a reader opens it."""

    def feed() -> None:
        deadline = time.monotonic() + 20
        while True:  # O_NONBLOCK: open fails (ENXIO) until the SDK opens the FIFO for reading
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.005)
        os.set_blocking(fd, True)
        try:
            pieces = 8
            step = -(-len(content) // pieces)
            for index in range(pieces):
                time.sleep(seconds / pieces)
                os.write(fd, content[index * step : (index + 1) * step])
        finally:
            os.close(fd)

    thread = threading.Thread(target=feed, name="fifo-feeder", daemon=True)
    thread.start()
    return thread


UPLOAD_SOURCES = ["large-path", "large-open-file", "slow-path", "slow-file-object"]


@pytest.mark.anyio
@pytest.mark.parametrize("source", UPLOAD_SOURCES)
async def test_uploads_do_not_block_the_event_loop(server: ScriptedServer, tmp_path: Path, source: str) -> None:
    """Large files (16 MB) and slow ones (a FIFO fed over BLOCK seconds, a file object whose reads block)."""
    if source == "slow-path" and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    large = source.startswith("large")
    content = os.urandom(1024) * (LARGE // 1024) if large else os.urandom(256 * 1024)
    path = tmp_path / "upload.bin"
    feeder = None
    if source == "slow-path":
        os.mkfifo(path)
        feeder = _feed_fifo(path, content, BLOCK)
    else:
        path.write_bytes(content)
    server.script(reply(200, json=FILE))
    client = async_client(server.url, [])
    slow = SlowFile(content)
    with path.open("rb") if source == "large-open-file" else contextlib.nullcontext() as opened:
        file: Any = {"large-path": path, "large-open-file": opened, "slow-path": path, "slow-file-object": slow}[source]

        async def upload() -> Any:
            return await client.beta.files.upload(file=file)

        started = time.perf_counter()
        gap, ticks, result = await _heartbeat_during(upload)
        took = time.perf_counter() - started
    await client.close()
    if feeder is not None:
        feeder.join(5)

    assert isinstance(result, anthropic.types.beta.FileMetadata)
    (request,) = server.requests
    assert content in request.body  # the whole file went out
    if not large:
        assert took >= BLOCK * 0.9  # the read did block... a worker thread
    assert gap < THRESHOLD, f"the event loop was blocked for {gap:.3f} s during the upload"
    assert ticks >= (2 if large else 10), "the heartbeat must have run during the upload"


class SlowGoogleCredentials:
    """google-auth credentials whose refresh blocks, as a call to the token endpoint does."""

    def __init__(self) -> None:
        self.token: Any = None
        self.valid = False
        self.project_id = "reliability-project"
        self.refreshes = 0

    def refresh(self, request: Any) -> None:
        time.sleep(BLOCK)
        self.refreshes += 1
        self.token = "ya29.RELIABILITY-fresh-token"
        self.valid = True


@pytest.mark.anyio
async def test_the_heartbeat_catches_a_blocking_refresh() -> None:
    credentials = SlowGoogleCredentials()

    async def blocking() -> None:
        credentials.refresh(None)  # deliberately on the event loop

    gap, _, _ = await _heartbeat_during(blocking)
    assert gap >= BLOCK * 0.9 > THRESHOLD


@pytest.mark.anyio
async def test_vertex_credential_refresh_does_not_block_the_event_loop(server: ScriptedServer) -> None:
    vertex = pytest.importorskip("anthropic.lib.vertex")
    pytest.importorskip("google.auth.transport.requests")
    server.script(reply(200, json=MESSAGE))
    credentials = SlowGoogleCredentials()
    client = vertex.AsyncAnthropicVertex(region="us-east5", credentials=credentials, base_url=server.url)
    client._sleep = _no_sleep

    async def call() -> Any:
        return await client.messages.create(**ARGS)

    gap, ticks, message = await _heartbeat_during(call)
    await client.close()
    assert message.id == "msg_01"
    assert credentials.refreshes == 1
    (request,) = server.requests
    assert request.header("authorization") == "Bearer ya29.RELIABILITY-fresh-token"
    assert ticks >= 10
    assert gap < THRESHOLD, f"the event loop was blocked for {gap:.3f} s during the credential refresh"


@pytest.mark.anyio
async def test_bedrock_credential_lookup_does_not_block_the_event_loop(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    bedrock = pytest.importorskip("anthropic.lib.bedrock")
    boto3 = pytest.importorskip("boto3")
    from botocore.credentials import ReadOnlyCredentials

    lookups: List[float] = []

    class SlowChain:
        def get_frozen_credentials(self) -> Any:
            return ReadOnlyCredentials("AKIDEXAMPLE", "RELIABILITY-SECRET-aws", None)

    class SlowSession:
        """boto3.Session whose credential lookup blocks (instance metadata, SSO, assume-role...)."""

        def __init__(self, profile_name: Any = None, **_: Any) -> None:
            self.region_name = "us-east-1"

        def get_credentials(self) -> Any:
            time.sleep(BLOCK)
            lookups.append(BLOCK)
            return SlowChain()

    monkeypatch.setattr(boto3, "Session", SlowSession)
    server.script(reply(200, json=MESSAGE))
    client = bedrock.AsyncAnthropicBedrock(aws_profile="reliability", aws_region="us-east-1", base_url=server.url)
    client._sleep = _no_sleep

    async def call() -> Any:
        return await client.messages.create(**ARGS)

    gap, ticks, message = await _heartbeat_during(call)
    await client.close()
    assert message.id == "msg_01"
    assert lookups == [BLOCK]
    assert (server.requests[0].header("authorization") or "").startswith("AWS4-HMAC-SHA256")
    assert ticks >= 10
    assert gap < THRESHOLD, f"the event loop was blocked for {gap:.3f} s during the credential lookup"


async def _no_sleep(seconds: float) -> None:
    return None

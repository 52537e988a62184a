"""Scripted HTTP/1.1 test servers.

A :class:`ScriptedServer` listens on 127.0.0.1 (an ephemeral port) in its own
thread and event loop. Each request it receives is recorded (method, target,
headers, body) and answered by the next :class:`Behaviour` in its script, or
by its ``handler`` when the script is empty. Behaviours can do what real
networks do to clients: reset the connection before the headers or in the
middle of a body, stall, stream chunked SSE a few bytes at a time, redirect.

    server = ScriptedServer().start()
    server.script(reply(500), reply(200, json={"ok": True}))
    ...
    server.requests[0].header("x-api-key")
    server.stop()
"""

from __future__ import annotations

import asyncio
import collections
import json
import socket
import struct
import threading
from dataclasses import dataclass
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qs, urlsplit

import pytest

__all__ = [
    "server",
    "server2",
    "Behaviour",
    "RecordedRequest",
    "ScriptedServer",
    "chunked",
    "close_before_headers",
    "redirect",
    "reply",
    "reset_before_headers",
    "reset_mid_body",
    "sse",
    "sse_event",
    "stall",
]

_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    529: "Overloaded",
}


@dataclass
class RecordedRequest:
    method: str
    target: str
    headers: List[Tuple[str, str]]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> Dict[str, List[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    def header(self, name: str) -> Optional[str]:
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    def header_names(self) -> List[str]:
        return [key.lower() for key, _ in self.headers]

    def json(self) -> Any:
        return json.loads(self.body)


Writer = asyncio.StreamWriter
Run = Callable[[RecordedRequest, Writer], Any]  # a coroutine function returning "keep-alive?"


@dataclass
class Behaviour:
    """One scripted answer. ``run`` writes to the connection and returns whether to keep it open."""

    run: Run
    name: str = "behaviour"

    def __repr__(self) -> str:
        return f"<Behaviour {self.name}>"


def _head(status: int, headers: Iterable[Tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{key}: {value}" for key, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reset(writer: Writer) -> None:
    """Abort the connection with a TCP RST (SO_LINGER 0) instead of a clean close."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()


HeaderItems = Union[Dict[str, str], Sequence[Tuple[str, str]]]


def _items(headers: Optional[HeaderItems]) -> List[Tuple[str, str]]:
    if headers is None:
        return []
    return list(headers.items()) if isinstance(headers, dict) else list(headers)


def reply(
    status: int = 200,
    *,
    json: Any = None,  # noqa: A002 - mirrors the usual keyword
    body: Union[bytes, str] = b"",
    headers: Optional[HeaderItems] = None,
    content_type: Optional[str] = None,
) -> Behaviour:
    """A complete response with a Content-Length."""
    payload = body.encode() if isinstance(body, str) else body
    kind = content_type
    if json is not None:
        payload = _json_bytes(json)
        kind = kind or "application/json"
    extra = _items(headers)
    names = {key.lower() for key, _ in extra}

    async def run(request: RecordedRequest, writer: Writer) -> bool:
        items = list(extra)
        if kind and "content-type" not in names:
            items.append(("Content-Type", kind))
        items.append(("Content-Length", str(len(payload))))
        writer.write(_head(status, items) + payload)
        await writer.drain()
        return True

    return Behaviour(run, f"reply {status}")


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value).encode()


def chunked(
    chunks: Sequence[bytes],
    *,
    status: int = 200,
    headers: Optional[HeaderItems] = None,
    content_type: str = "application/octet-stream",
    delay: float = 0.0,
    then: str = "end",
    stall_for: float = 30.0,
) -> Behaviour:
    """A chunked body sent chunk by chunk (``delay`` seconds apart).

    ``then``: ``"end"`` (terminating chunk), ``"reset"`` (RST instead of the end),
    ``"close"`` (FIN without the end) or ``"stall"`` (stop sending).
    """

    async def run(request: RecordedRequest, writer: Writer) -> bool:
        items = _items(headers)
        if "content-type" not in {key.lower() for key, _ in items}:
            items.append(("Content-Type", content_type))
        items.append(("Transfer-Encoding", "chunked"))
        writer.write(_head(status, items))
        await writer.drain()
        for chunk in chunks:
            if not chunk:
                continue
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            await writer.drain()
            if delay:
                await asyncio.sleep(delay)
        if then == "end":
            writer.write(b"0\r\n\r\n")
            await writer.drain()
            return True
        if then == "reset":
            await asyncio.sleep(0.01)
            _reset(writer)
            return False
        if then == "stall":
            await asyncio.sleep(stall_for)
        writer.close()
        return False

    return Behaviour(run, f"chunked {len(chunks)} then {then}")


def sse_event(event: Optional[str], data: Any, *, newline: str = "\n") -> bytes:
    """One SSE event: ``event: <name>`` and ``data: <json>`` lines and a blank line."""
    text = data if isinstance(data, str) else json.dumps(data)
    lines = ([f"event: {event}"] if event is not None else []) + [f"data: {line}" for line in text.split("\n")]
    return (newline.join(lines) + newline + newline).encode()


def sse(
    events: Union[bytes, Sequence[bytes]],
    *,
    chunk_size: Optional[int] = None,
    delay: float = 0.0,
    then: str = "end",
    status: int = 200,
    headers: Optional[HeaderItems] = None,
) -> Behaviour:
    """An ``text/event-stream`` response; ``chunk_size=1`` sends it byte by byte."""
    payload = events if isinstance(events, bytes) else b"".join(events)
    if chunk_size:
        pieces = [payload[index : index + chunk_size] for index in range(0, len(payload), chunk_size)]
    else:
        pieces = [payload] if isinstance(events, bytes) else list(events)
    return chunked(pieces, status=status, headers=headers, content_type="text/event-stream", delay=delay, then=then)


def reset_before_headers() -> Behaviour:
    async def run(request: RecordedRequest, writer: Writer) -> bool:
        _reset(writer)
        return False

    return Behaviour(run, "reset before headers")


def close_before_headers() -> Behaviour:
    async def run(request: RecordedRequest, writer: Writer) -> bool:
        writer.close()
        return False

    return Behaviour(run, "close before headers")


def reset_mid_body(
    status: int = 200,
    *,
    body: bytes = b'{"partial": ',
    declared_length: int = 1000,
    headers: Optional[HeaderItems] = None,
    content_type: str = "application/json",
) -> Behaviour:
    """Headers promising ``declared_length`` bytes, part of the body, then a reset."""

    async def run(request: RecordedRequest, writer: Writer) -> bool:
        items = _items(headers) + [("Content-Type", content_type), ("Content-Length", str(declared_length))]
        writer.write(_head(status, items) + body)
        await writer.drain()
        await asyncio.sleep(0.01)
        _reset(writer)
        return False

    return Behaviour(run, "reset mid body")


def stall(seconds: float = 30.0) -> Behaviour:
    """Read the request and never answer (until ``seconds`` pass or the server stops)."""

    async def run(request: RecordedRequest, writer: Writer) -> bool:
        await asyncio.sleep(seconds)
        writer.close()
        return False

    return Behaviour(run, "stall")


def redirect(location: str, status: int = 307, *, headers: Optional[HeaderItems] = None) -> Behaviour:
    return reply(status, headers=[("Location", location), *_items(headers)])


Handler = Callable[[RecordedRequest], Behaviour]


class ScriptedServer:
    """An HTTP/1.1 server on 127.0.0.1 answering from a script; see the module docstring."""

    def __init__(self, handler: Optional[Handler] = None) -> None:
        self.requests: List[RecordedRequest] = []
        self.handler: Handler = handler or (lambda request: reply(404, json={"error": "nothing scripted"}))
        self._script: Deque[Behaviour] = collections.deque()
        self._lock = threading.Lock()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._server: Optional[asyncio.AbstractServer] = None
        self._thread: Optional[threading.Thread] = None
        self._tasks: "set[asyncio.Task[None]]" = set()  # noqa: UP037
        self.port = 0
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *behaviours: Behaviour) -> ScriptedServer:
        """Queue answers for the next requests, in order."""
        with self._lock:
            self._script.extend(behaviours)
        return self

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    def start(self) -> ScriptedServer:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="scripted-server", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the test server did not start")
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is None or self._thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(10)
        self._loop = None

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ internals

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(asyncio.start_server(self._connection, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def _connection(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        self.connections += 1
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                with self._lock:
                    self.requests.append(request)
                    behaviour = self._script.popleft() if self._script else None
                if behaviour is None:
                    behaviour = self.handler(request)
                if not await behaviour.run(request, writer):
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)  # type: ignore[arg-type]
            if not writer.transport.is_closing():
                writer.close()


async def _read_request(reader: asyncio.StreamReader) -> Optional[RecordedRequest]:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: List[Tuple[str, str]] = []
    for line in lines[1:]:
        if line:
            key, _, value = line.partition(":")
            headers.append((key.strip(), value.strip()))
    lowered = {key.lower(): value for key, value in headers}
    body = b""
    if "content-length" in lowered:
        body = await reader.readexactly(int(lowered["content-length"]))
    elif lowered.get("transfer-encoding", "").lower() == "chunked":
        parts: List[bytes] = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                break
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        body = b"".join(parts)
    return RecordedRequest(method=method, target=target, headers=headers, body=body)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A fresh scripted server for one test (import this fixture into a conftest to use it)."""
    with ScriptedServer() as running:
        yield running


@pytest.fixture
def server2() -> Iterator[ScriptedServer]:
    """A second server, e.g. the target of a cross-origin redirect."""
    with ScriptedServer() as running:
        yield running

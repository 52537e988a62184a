"""More network faults for :class:`tests.servers.ScriptedServer` (used by tests/reliability).

Behaviours (queue them with ``server.script(...)``):

* :func:`ping_stall`: SSE events, then only ``ping`` events, as a stuck generation does;
* :func:`close_mid_body`: a FIN (not a reset) in the middle of a ``Content-Length`` body;
* :func:`stall_after_headers`: headers and part of a chunked body, then silence;
* :func:`jsonl`: a JSON Lines body, optionally cut in the middle of its last line.

And a listener that never accepts: :class:`Unaccepting` fills its accept queue
so a new connection attempt hangs in the TCP handshake (a connect timeout,
without leaving 127.0.0.1).
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any, List, Optional, Sequence

from . import Behaviour, HeaderItems, RecordedRequest, Writer, _head, _items, chunked, sse_event

__all__ = [
    "Unaccepting",
    "close_mid_body",
    "jsonl",
    "jsonl_lines",
    "ping_stall",
    "stall_after_headers",
]

PING = sse_event("ping", {"type": "ping"})


def ping_stall(
    events: Sequence[bytes],
    *,
    every: float = 0.02,
    for_seconds: float = 5.0,
    then: Sequence[bytes] = (),
    headers: Optional[HeaderItems] = None,
) -> Behaviour:
    """``events``, then a ``ping`` every ``every`` seconds for ``for_seconds``, then ``then`` and the end.

    The number of pings is bounded (``for_seconds / every``); the server stops
    early when the client goes away (the write fails).
    """

    async def run(request: RecordedRequest, writer: Writer) -> bool:
        items = _items(headers) + [("Content-Type", "text/event-stream"), ("Transfer-Encoding", "chunked")]
        writer.write(_head(200, items))
        for event in events:
            writer.write(b"%x\r\n%s\r\n" % (len(event), event))
        await writer.drain()
        deadline = time.monotonic() + for_seconds
        for _ in range(max(1, int(for_seconds / every))):
            if time.monotonic() >= deadline:
                break
            await asyncio.sleep(every)
            writer.write(b"%x\r\n%s\r\n" % (len(PING), PING))
            await writer.drain()
        for event in then:
            writer.write(b"%x\r\n%s\r\n" % (len(event), event))
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        return True

    return Behaviour(run, f"{len(events)} events then pings for {for_seconds} s")


def close_mid_body(
    status: int = 200,
    *,
    body: bytes = b'{"id": "msg_',
    declared_length: int = 1000,
    content_type: str = "application/json",
) -> Behaviour:
    """Headers promising ``declared_length`` bytes, part of the body, then a clean close (FIN)."""

    async def run(request: RecordedRequest, writer: Writer) -> bool:
        items = [("Content-Type", content_type), ("Content-Length", str(declared_length))]
        writer.write(_head(status, items) + body)
        await writer.drain()
        writer.close()
        return False

    return Behaviour(run, "close mid body")


def stall_after_headers(first_chunk: bytes = b'{"id": ', *, content_type: str = "application/json") -> Behaviour:
    """Headers and a first chunk of a chunked body, then nothing (until the server stops)."""
    return chunked([first_chunk], content_type=content_type, then="stall", stall_for=30.0)


def jsonl_lines(items: Sequence[Any]) -> List[bytes]:
    """Each item as one JSON line (with its ``\\n``)."""
    return [json.dumps(item).encode() + b"\n" for item in items]


def jsonl(
    items: Sequence[Any],
    *,
    cut_last: Optional[int] = None,
    trailing_newline: bool = True,
    then: str = "end",
    raw_lines: Sequence[bytes] = (),
) -> Behaviour:
    """A chunked ``application/x-jsonl`` body, one chunk per line.

    ``raw_lines`` are sent after ``items`` as they are; ``cut_last=n`` sends only
    the first ``n`` bytes of the last line; ``then`` is as in :func:`chunked`.
    """
    lines = jsonl_lines(items) + list(raw_lines)
    if lines and not trailing_newline:
        lines[-1] = lines[-1].rstrip(b"\n")
    if lines and cut_last is not None:
        lines[-1] = lines[-1][:cut_last]
    return chunked(lines, content_type="application/x-jsonl", then=then)


class Unaccepting:
    """A listening socket on 127.0.0.1 that never accepts: connecting to it hangs (a connect timeout).

    The accept queue (backlog 0) is filled by a few connections of our own, after
    which the kernel drops new SYNs and the client waits in the handshake.

        with Unaccepting() as url:
            ...  # http://127.0.0.1:<port>
    """

    def __init__(self) -> None:
        self._listener: Optional[socket.socket] = None
        self._fillers: List[socket.socket] = []

    def __enter__(self) -> str:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        self._listener = listener
        port = listener.getsockname()[1]
        for _ in range(3):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            try:
                filler.connect(("127.0.0.1", port))
            except (BlockingIOError, InterruptedError):
                pass
            self._fillers.append(filler)
        time.sleep(0.05)  # let the handshakes that can complete, complete
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *_: object) -> None:
        for filler in self._fillers:
            filler.close()
        self._fillers.clear()
        if self._listener is not None:
            self._listener.close()
            self._listener = None

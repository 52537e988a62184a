"""The fake Anthropic API: a tiny asyncio HTTP/1.1 server on 127.0.0.1 serving precomputed bytes.

    python -m bench.server [--forever]   prints {"port": N} on one line, serves until stdin closes

Routes (everything else is a 404 with an API-shaped error body):
  POST /v1/messages    the variant named by the `x-bench-variant` header (default "small");
                       a JSON message, or an SSE stream when the body has `"stream": true`
  GET  /v1/models      MODELS_PAGES pages of MODELS_PER_PAGE models, paginated by `after_id`
  GET  /_bench/stats   {"requests": n, "cpu": seconds of CPU this process used} (not counted)

Every response is built once at start-up (head and body in one `bytes`), so serving a request is
a header scan, a dict lookup and one `transport.write`. SSE bodies use chunked transfer encoding
in CHUNK-byte chunks, like the real API's streaming responses.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
import threading
import time
from typing import Dict, Optional, Tuple

from . import payloads

_STREAM_TRUE = re.compile(rb'"stream"\s*:\s*true')
_HEAD_END = b"\r\n\r\n"


def _response(status: str, content_type: str, body: bytes, *, chunked: bool = False) -> bytes:
    head = [f"HTTP/1.1 {status}", f"content-type: {content_type}", "request-id: req_bench", "connection: keep-alive"]
    if chunked:
        head.append("transfer-encoding: chunked")
        parts = []
        for i in range(0, len(body), payloads.CHUNK):
            piece = body[i : i + payloads.CHUNK]
            parts.append(b"%x\r\n%s\r\n" % (len(piece), piece))
        parts.append(b"0\r\n\r\n")
        body = b"".join(parts)
    else:
        head.append(f"content-length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _json(value: object, status: str = "200 OK") -> bytes:
    return _response(status, "application/json", payloads.dumps(value).encode())


def _error(status: str, kind: str, message: str) -> bytes:
    return _json({"type": "error", "error": {"type": kind, "message": message}}, status)


class Catalogue:
    """Every response the server can give, precomputed."""

    def __init__(self) -> None:
        self.messages_json: Dict[bytes, bytes] = {}
        self.messages_sse: Dict[bytes, bytes] = {}
        for name, (kind, value) in payloads.variants().items():
            key = name.encode()
            if kind == "json":
                self.messages_json[key] = _json(value)
            else:
                self.messages_sse[key] = _response(
                    "200 OK", "text/event-stream; charset=utf-8", payloads.sse_body(value), chunked=True
                )
        self.models: Dict[Optional[bytes], bytes] = {
            (after.encode() if after else None): _json(page) for after, page in payloads.models_pages()
        }
        self.not_found = _error("404 Not Found", "not_found_error", "no such route in the bench server")
        self.no_variant = _error("400 Bad Request", "invalid_request_error", "unknown x-bench-variant for this mode")


class Stats:
    requests = 0


def _after_id(target: bytes) -> Optional[bytes]:
    q = target.find(b"?")
    if q < 0:
        return None
    for pair in target[q + 1 :].split(b"&"):
        if pair.startswith(b"after_id="):
            return pair[9:]
    return None


class HTTPProtocol(asyncio.Protocol):
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.buffer = bytearray()
        self.transport: Optional[asyncio.Transport] = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buf = self.buffer
        buf += data
        while True:
            end = buf.find(_HEAD_END)
            if end < 0:
                return
            head = bytes(buf[:end])
            lines = head.split(b"\r\n")
            length = 0
            variant = b"small"
            close = False
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"x-bench-variant":
                    variant = value.strip()
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            total = end + 4 + length
            if len(buf) < total:
                return
            body = bytes(buf[end + 4 : total])
            del buf[:total]
            parts = lines[0].split(b" ")
            out, counted = self.route(parts[0], parts[1] if len(parts) > 1 else b"/", variant, body)
            if counted:
                Stats.requests += 1
            assert self.transport is not None
            self.transport.write(out)
            if close:
                self.transport.close()
                return

    def route(self, method: bytes, target: bytes, variant: bytes, body: bytes) -> Tuple[bytes, bool]:
        cat = self.catalogue
        path = target.split(b"?", 1)[0]
        if method == b"POST" and path == b"/v1/messages":
            table = cat.messages_sse if _STREAM_TRUE.search(body) else cat.messages_json
            return table.get(variant, cat.no_variant), True
        if method == b"GET" and path == b"/v1/models":
            return cat.models.get(_after_id(target), cat.not_found), True
        if path == b"/_bench/stats":
            return _json({"requests": Stats.requests, "cpu": time.process_time(), "pid": os.getpid()}), False
        return cat.not_found, True


async def serve(forever: bool = False) -> None:
    catalogue = Catalogue()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HTTPProtocol(catalogue), "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(json.dumps({"port": port}) + "\n")
    sys.stdout.flush()
    done = loop.create_future()

    def wait_for_eof() -> None:  # the harness closes our stdin (or dies) when it is done with us
        while os.read(0, 4096):
            pass
        loop.call_soon_threadsafe(finish)

    def finish() -> None:
        if not done.done():
            done.set_result(None)

    if not forever:
        threading.Thread(target=wait_for_eof, daemon=True).start()
    async with server:
        await done


if __name__ == "__main__":
    asyncio.run(serve(forever="--forever" in sys.argv[1:]))

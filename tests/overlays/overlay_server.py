"""A scripted HTTP server on 127.0.0.1 for the overlay tests.

Each request to the server takes the next scripted `Reply` (a status, headers
and body chunks). Bodies are sent with chunked transfer encoding, one chunk
per write, so the client sees them arrive piece by piece. Every request is
recorded (method, path, headers, JSON body) for the tests to inspect.
"""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Sequence

__all__ = ["Reply", "Recorded", "ScriptedServer"]


@dataclass
class Reply:
    chunks: Sequence[bytes]
    status: int = 200
    headers: Dict[str, str] = field(default_factory=lambda: {"content-type": "text/event-stream"})
    drop_after: Optional[int] = None
    """Close the connection without finishing the body after this many chunks."""

    @classmethod
    def json(cls, payload: object, status: int = 200, headers: Optional[Dict[str, str]] = None) -> Reply:
        return cls(
            chunks=[json.dumps(payload).encode()],
            status=status,
            headers={"content-type": "application/json", **(headers or {})},
        )


@dataclass
class Recorded:
    method: str
    path: str
    headers: Dict[str, str]
    body: Any


class ScriptedServer:
    def __init__(self) -> None:
        self.replies: List[Reply] = []
        self.requests: List[Recorded] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body: Any = json.loads(raw) if raw else None
                except ValueError:
                    body = raw
                with server._lock:
                    server.requests.append(
                        Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    reply = server.replies.pop(0) if server.replies else None
                if reply is None:
                    reply = Reply.json({"type": "error", "error": {"type": "api_error", "message": "unscripted"}}, 500)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("request-id", f"req_{len(server.requests)}")
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                for index, chunk in enumerate(reply.chunks):
                    if reply.drop_after is not None and index >= reply.drop_after:
                        self.wfile.flush()
                        self.connection.shutdown(socket.SHUT_RDWR)
                        self.close_connection = True
                        return
                    if chunk:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

            do_POST = _handle
            do_GET = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def reset(self) -> None:
        with self._lock:
            self.replies.clear()
            self.requests.clear()

"""Multipart uploads: every kind of file value, form fields, identical bytes on retries."""

from __future__ import annotations

import io
import threading
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
from anthropic_runtime._files import file_from_path
from anthropic_runtime._types import not_given

from tests.servers import RecordedRequest, ScriptedServer, reply, reset_before_headers

from .dual import Dual, Env, Scenario

FILE_JSON = {"id": "file_1", "filename": "a.txt", "size_bytes": 5}


def _parts(request: RecordedRequest) -> List[Tuple[str, Dict[str, str], bytes]]:
    """(name, disposition params + content type, payload) of each part of a multipart body."""
    content_type = request.header("content-type") or ""
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.body
    )
    parts: List[Tuple[str, Dict[str, str], bytes]] = []
    for part in message.iter_parts():
        params = dict(part.get_params(header="content-disposition") or [])  # type: ignore[arg-type]
        info = {key: value for key, value in params.items() if key in ("filename",)}
        info["content-type"] = part.get_content_type()
        payload = part.get_payload(decode=True)
        parts.append((params["name"], info, payload if isinstance(payload, bytes) else b""))
    return parts


@pytest.mark.parametrize(
    ("kind", "expected_name", "expected_type"),
    [
        ("bytes", "upload", "application/octet-stream"),
        ("tuple", "notes.txt", "text/plain"),
        ("tuple_with_type", "data.bin", "application/x-custom"),
        ("path", "hello.json", "application/json"),
        ("file_object", "hello.json", "application/json"),
        ("bytes_io", "upload", "application/octet-stream"),
        ("file_from_path", "hello.json", "application/json"),
    ],
)
def test_file_values(
    dual: Dual, server: ScriptedServer, tmp_path: Path, kind: str, expected_name: str, expected_type: str
) -> None:
    path = tmp_path / "hello.json"
    path.write_bytes(b'{"hi": 1}')
    server.script(reply(200, json=FILE_JSON))

    def value() -> Tuple[Any, bytes]:
        if kind == "bytes":
            return b"raw bytes", b"raw bytes"
        if kind == "tuple":
            return ("notes.txt", b"some notes"), b"some notes"
        if kind == "tuple_with_type":
            return ("data.bin", io.BytesIO(b"\x00\x01"), "application/x-custom"), b"\x00\x01"
        if kind == "path":
            return path, b'{"hi": 1}'
        if kind == "file_object":
            return open(path, "rb"), b'{"hi": 1}'  # noqa: SIM115
        if kind == "bytes_io":
            return io.BytesIO(b"stream"), b"stream"
        return file_from_path(str(path)), b'{"hi": 1}'

    file, content = value()

    def scenario(env: Env) -> Scenario:
        metadata = yield env.messages.upload(file=file, purpose="batch")
        assert metadata.id == "file_1"

    try:
        dual.run(scenario)
    finally:
        if hasattr(file, "close"):
            file.close()
    request = server.requests[0]
    assert request.target == "/v1/files?beta=true"
    assert request.header("anthropic-beta") == "files-api-2025-04-14"
    parts = _parts(request)
    assert parts[0] == ("purpose", {"content-type": "text/plain"}, b"batch")
    name, info, payload = parts[1]
    assert name == "file"
    assert info["filename"] == expected_name
    assert info["content-type"] == expected_type
    assert payload == content


def test_omitted_fields_and_extra_body(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=FILE_JSON))

    def scenario(env: Env) -> Scenario:
        yield env.messages.upload(file=b"x", purpose=not_given, extra_body={"tags": ["a", "b"], "meta": {"k": "v"}})

    dual.run(scenario)
    parts = _parts(server.requests[0])
    assert [(name, payload) for name, _, payload in parts] == [
        ("tags[]", b"a"),
        ("tags[]", b"b"),
        ("meta[k]", b"v"),
        ("file", b"x"),
    ]


def test_lists_of_files_are_repeated_parts(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json={"id": "skill"}))

    def scenario(env: Env) -> Scenario:
        yield env.client.request(
            "post",
            "/v1/skills?beta=true",
            body={"display_title": "My skill", "files": [("SKILL.md", b"# skill"), ("tool.py", b"print(1)")]},
            cast_to=object,
            multipart=True,
        )

    dual.run(scenario)
    parts = _parts(server.requests[0])
    assert [(name, info.get("filename"), payload) for name, info, payload in parts] == [
        ("display_title", None, b"My skill"),
        ("files[]", "SKILL.md", b"# skill"),
        ("files[]", "tool.py", b"print(1)"),
    ]


def test_retries_send_identical_bytes(dual: Dual, server: ScriptedServer) -> None:
    stream = io.BytesIO(b"non-seekable? read once")
    server.script(reset_before_headers(), reply(500), reply(200, json=FILE_JSON))

    def scenario(env: Env) -> Scenario:
        yield env.messages.upload(file=("f.txt", stream))

    dual.run(scenario)
    bodies = {request.body for request in server.requests}
    types = {request.header("content-type") for request in server.requests}
    assert len(server.requests) == 3
    assert len(bodies) == 1 and len(types) == 1
    assert b"non-seekable? read once" in bodies.pop()


def test_async_reads_files_off_the_event_loop(server: ScriptedServer, tmp_path: Path) -> None:
    import asyncio

    from .clients import async_client
    from .fake_api import AsyncMessages

    loop_threads: List[int] = []

    class RecordingFile(io.BytesIO):
        def read(self, size: "int | None" = -1) -> bytes:  # noqa: UP037
            loop_threads.append(threading.get_ident())
            return super().read(size)

    server.script(reply(200, json=FILE_JSON))

    async def main() -> None:
        client = async_client(server.url)
        main_thread = threading.get_ident()
        await AsyncMessages(client).upload(file=("x.bin", RecordingFile(b"data")))
        assert loop_threads and all(ident != main_thread for ident in loop_threads)
        await client.close()

    asyncio.run(main())


def test_compat_post_with_files(server: ScriptedServer) -> None:
    from .clients import sync_client

    server.script(reply(200, json={"ok": True}))
    client = sync_client(server.url)
    client.post("/v1/upload", cast_to=object, body={"purpose": "x"}, files={"file": ("a.txt", b"abc")})
    parts = _parts(server.requests[0])
    assert [(name, payload) for name, _, payload in parts] == [("purpose", b"x"), ("file", b"abc")]
    client.close()

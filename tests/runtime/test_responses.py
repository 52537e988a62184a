""".with_raw_response, .with_streaming_response and binary responses."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any, Dict, List

import httpx
import pytest
from anthropic_runtime import _exceptions as errors
from anthropic_runtime._models import BaseModel
from anthropic_runtime._response import (
    APIResponse,
    AsyncBinaryAPIResponse,
    BinaryAPIResponse,
    MissingStreamClassError,
    to_raw_response_wrapper,
)
from anthropic_runtime._streaming import AsyncStream, Stream

from tests.servers import ScriptedServer, chunked, reply, reset_mid_body, sse, sse_event

from .dual import Dual, Env, Scenario
from .fake_api import Message, Messages, MessageStartEvent, MessageStopEvent, message_json

ARGS: Dict[str, Any] = {"max_tokens": 16, "messages": [{"role": "user", "content": "Hi"}], "model": "m"}


def test_raw_response(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json(), headers={"request-id": "req_raw", "x-extra": "1"}))

    def scenario(env: Env) -> Scenario:
        response = yield env.raw.create(**ARGS)
        # the body is read already, so even the async client's raw response parses synchronously (as upstream)
        assert isinstance(response, APIResponse)
        assert response.status_code == 200
        assert response.headers["x-extra"] == "1"
        assert response.request_id == "req_raw"
        assert response.retries_taken == 0
        assert response.url.path == "/v1/messages"
        assert response.http_request.method == "POST"
        assert response.method == "POST"
        assert response.http_version == "HTTP/1.1"
        assert isinstance(response.elapsed, datetime.timedelta)
        assert response.is_closed
        message = yield response.parse()
        assert isinstance(message, Message)
        assert message._request_id == "req_raw"
        again = yield response.parse()
        assert again is message
        as_dict = yield response.parse(to=dict)
        assert as_dict["id"] == "msg_01"
        text = yield response.text()
        assert '"msg_01"' in text
        data = yield response.json()
        assert data["id"] == "msg_01"
        content = yield response.read()
        assert content.startswith(b"{")
        assert "200 OK" in repr(response)

    dual.run(scenario)
    assert server.requests[0].header("x-stainless-raw-response") == "raw"


def test_raw_response_keeps_caller_headers(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json()))

    def scenario(env: Env) -> Scenario:
        yield env.raw.create(**ARGS, extra_headers={"X-Mine": "1"})

    dual.run(scenario)
    assert server.requests[0].header("x-mine") == "1"


def test_raw_response_of_a_stream(dual: Dual, server: ScriptedServer) -> None:
    server.script(sse([sse_event("message_stop", {"type": "message_stop"})]))

    def scenario(env: Env) -> Scenario:
        response = yield env.raw.create(**ARGS, stream=True)
        assert not response.is_closed
        stream = yield response.parse()
        assert isinstance(stream, AsyncStream if env.is_async else Stream)
        events = yield env.collect(stream)
        assert [type(event) for event in events] == [MessageStopEvent]

    dual.run(scenario)


def test_streaming_response_reads_lazily(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        chunked(
            [
                b'{"id":"msg_01","type":"message","role":"assistant",',
                b'"content":[],"model":"m","usage":{"input_tokens":1,"output_tokens":2}}',
            ],
            content_type="application/json",
        ),
        chunked([b"line one\n", b"line two\n", b"tail"], content_type="text/plain"),
        chunked([b"abc", b"def"]),
    )

    def scenario(env: Env) -> Scenario:
        manager = env.streaming.retrieve("msg_01")
        response = yield env.enter(manager)
        assert not response.is_closed
        message = yield response.parse()
        assert message.usage.output_tokens == 2
        yield env.exit(manager)
        assert response.is_closed

        manager = env.streaming.retrieve("msg_02")
        response = yield env.enter(manager)
        lines = yield env.collect(response.iter_lines())
        assert lines == ["line one", "line two", "tail"]
        with pytest.raises(errors.StreamAlreadyConsumed):
            yield response.read()
        yield env.exit(manager)

        manager = env.streaming.retrieve("msg_03")
        response = yield env.enter(manager)
        chunks = yield env.collect(response.iter_bytes())
        assert b"".join(chunks) == b"abcdef"
        yield env.exit(manager)
        assert response.is_closed

    dual.run(scenario)
    assert server.requests[0].header("x-stainless-raw-response") == "stream"


def test_streaming_response_iter_text(dual: Dual, server: ScriptedServer) -> None:
    server.script(chunked(["héllo".encode()[:2], "héllo".encode()[2:]], content_type="text/plain; charset=utf-8"))

    def scenario(env: Env) -> Scenario:
        manager = env.streaming.retrieve("x")
        response = yield env.enter(manager)
        text = yield env.collect(response.iter_text())
        assert "".join(text) == "héllo"
        yield env.exit(manager)

    dual.run(scenario)


def test_streaming_response_body_failure(dual: Dual, server: ScriptedServer) -> None:
    server.script(reset_mid_body(body=b"partial", declared_length=100, content_type="text/plain"))

    def scenario(env: Env) -> Scenario:
        manager = env.streaming.retrieve("x")
        response = yield env.enter(manager)
        with pytest.raises(errors.APIConnectionError):
            yield response.read()
        yield env.exit(manager)

    dual.run(scenario)


def test_streaming_response_errors_raise_on_enter(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(401, json={"type": "error", "error": {"type": "authentication_error", "message": "bad key"}}))

    def scenario(env: Env) -> Scenario:
        manager = env.streaming.retrieve("x")
        with pytest.raises(errors.AuthenticationError):
            yield env.enter(manager)

    dual.run(scenario)


def test_binary_response(dual: Dual, server: ScriptedServer, tmp_path: Path) -> None:
    payload = bytes(range(256)) * 10
    server.script(
        reply(200, body=payload, content_type="application/octet-stream"),
        reply(200, body=payload, content_type="application/octet-stream"),
    )

    def scenario(env: Env) -> Scenario:
        response = yield env.messages.download("file_1")
        assert isinstance(response, AsyncBinaryAPIResponse if env.is_async else BinaryAPIResponse)
        content = yield response.read()
        assert content == payload
        yield response.write_to_file(tmp_path / "out.bin")
        assert (tmp_path / "out.bin").read_bytes() == payload
        parsed = yield response.parse()
        assert parsed == payload
        raw = yield env.raw.download("file_1")
        assert isinstance(raw, AsyncBinaryAPIResponse if env.is_async else BinaryAPIResponse)
        assert (yield raw.read()) == payload

    dual.run(scenario)
    assert server.requests[0].path == "/v1/files/file_1/content"
    assert server.requests[0].header("accept") == "application/binary"
    assert server.requests[0].header("anthropic-beta") == "files-api-2025-04-14"


def test_binary_streaming_to_file(dual: Dual, server: ScriptedServer, tmp_path: Path) -> None:
    chunks = [bytes([index]) * 1000 for index in range(20)]
    server.script(chunked(chunks))

    def scenario(env: Env) -> Scenario:
        manager = env.streaming.download("file_1")
        response = yield env.enter(manager)
        assert isinstance(response, AsyncBinaryAPIResponse if env.is_async else BinaryAPIResponse)
        assert not response.is_closed
        yield response.stream_to_file(tmp_path / "streamed.bin", chunk_size=333)
        yield env.exit(manager)

    dual.run(scenario)
    assert (tmp_path / "streamed.bin").read_bytes() == b"".join(chunks)


def test_parse_to_other_types(server: ScriptedServer) -> None:
    from .clients import sync_client

    server.script(
        *(
            reply(200, body=body, content_type=kind)
            for body, kind in [
                (b"42", "application/json"),
                (b"true", "text/plain"),
                (b"3.5", "text/plain"),
                (b"not json", "text/plain"),
                (b'{"a": 1}', "text/plain"),
            ]
        )
    )
    client = sync_client(server.url)
    raw = to_raw_response_wrapper(Messages(client).retrieve)
    assert raw("a").parse(to=int) == 42
    assert raw("b").parse(to=bool) is True
    assert raw("c").parse(to=float) == 3.5
    assert raw("d").parse() == "not json"  # non-JSON bodies come back as text when lenient

    class Anything(BaseModel):
        a: int

    assert raw("e").parse(to=Anything).a == 1
    client.close()


def test_non_json_body_in_strict_mode(server: ScriptedServer) -> None:
    from .clients import sync_client

    server.script(reply(200, body="<html>", content_type="text/html"))
    client = sync_client(server.url, _strict_response_validation=True)
    with pytest.raises(errors.APIResponseValidationError, match="text/html"):
        Messages(client).retrieve("x")
    client.close()


def test_stream_without_a_stream_class(server: ScriptedServer) -> None:
    from .clients import sync_client

    server.script(sse([sse_event("message_stop", {"type": "message_stop"})]))
    client = sync_client(server.url)
    with pytest.raises(MissingStreamClassError):
        client.request("post", "/v1/messages", cast_to=Message, stream=True)
    client.close()


def test_httpx_response_cast(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json={"x": 1}))

    def scenario(env: Env) -> Scenario:
        response = yield env.client.request("get", "/v1/raw", cast_to=httpx.Response)
        assert isinstance(response, httpx.Response)
        assert response.json() == {"x": 1}

    dual.run(scenario)


def test_stream_parse_into_custom_stream(server: ScriptedServer) -> None:
    from .clients import sync_client

    server.script(sse([sse_event("message_start", {"type": "message_start", "message": message_json()})]))
    client = sync_client(server.url)
    response = to_raw_response_wrapper(Messages(client).create)(**ARGS, stream=True)
    stream = response.parse(to=Stream[MessageStartEvent])
    events: List[Any] = list(stream)
    assert isinstance(events[0], MessageStartEvent)
    client.close()


def test_reading_after_close(dual: Dual, server: ScriptedServer) -> None:
    server.script(chunked([b"abc", b"def"]))

    def scenario(env: Env) -> Scenario:
        manager = env.streaming.retrieve("x")
        response = yield env.enter(manager)
        yield response.close()
        with pytest.raises(errors.StreamAlreadyConsumed):
            yield response.read()
        chunks = yield env.collect(response.iter_bytes())
        assert chunks == []
        yield env.exit(manager)

    dual.run(scenario)

"""Server-sent events: the incremental decoder, and Stream / AsyncStream over real connections."""

from __future__ import annotations

import asyncio
import gc
import json
from typing import Any, Dict, List, Optional, Tuple

import httpx
import pytest
from anthropic_runtime import _exceptions as errors
from anthropic_runtime._streaming import ServerSentEvent, SSEDecoder, Stream
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.servers import ScriptedServer, reply, sse, sse_event

from .dual import Dual, Env, Scenario
from .fake_api import ContentBlockDeltaEvent, MessageStartEvent, MessageStopEvent, message_json

ARGS: Dict[str, Any] = {"max_tokens": 16, "messages": [{"role": "user", "content": "Hi"}], "model": "m", "stream": True}


def _feed_all(chunks: List[bytes]) -> List[ServerSentEvent]:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    return events


def _summary(events: List[ServerSentEvent]) -> List[Tuple[Optional[str], str, Optional[str], Optional[int]]]:
    return [(event.event, event.data, event.id, event.retry) for event in events]


def _split(data: bytes, cuts: List[int]) -> List[bytes]:
    points = sorted({cut % (len(data) + 1) for cut in cuts})
    pieces: List[bytes] = []
    start = 0
    for point in points:
        pieces.append(data[start:point])
        start = point
    pieces.append(data[start:])
    return pieces


class TestDecoder:
    def test_basic_fields(self) -> None:
        events = _feed_all([b'event: message_start\ndata: {"a":1}\nid: 7\nretry: 1500\n\n'])
        assert _summary(events) == [("message_start", '{"a":1}', "7", 1500)]
        assert events[0].json() == {"a": 1}

    def test_multiline_data_comments_and_unknown_fields(self) -> None:
        events = _feed_all([b": keep-alive\ndata: one\ndata:two\ndata:  three\nfoo: bar\n\n"])
        assert _summary(events) == [(None, "one\ntwo\n three", None, None)]

    @pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
    def test_every_line_ending(self, newline: bytes) -> None:
        raw = newline.join([b"event: a", b"data: 1", b"", b"event: b", b"data: 2", b"", b""])
        assert _summary(_feed_all([raw])) == [("a", "1", None, None), ("b", "2", None, None)]

    def test_crlf_split_across_chunks(self) -> None:
        events = _feed_all([b"data: x\r", b"\n\r", b"\n"])
        assert _summary(events) == [(None, "x", None, None)]

    def test_lone_cr_at_the_end_of_a_chunk(self) -> None:
        events = _feed_all([b"data: x\r", b"\r", b"data: y\r\r"])
        assert _summary(events) == [(None, "x", None, None), (None, "y", None, None)]

    def test_utf8_split_inside_a_character(self) -> None:
        raw = "data: héllo 🌍 ✓\n\n".encode()
        for cut in range(len(raw) + 1):
            assert _summary(_feed_all([raw[:cut], raw[cut:]])) == [(None, "héllo 🌍 ✓", None, None)]

    def test_bom_is_ignored(self) -> None:
        assert _summary(_feed_all(["\ufeffdata: x\n\n".encode()])) == [(None, "x", None, None)]

    def test_incomplete_event_is_dropped(self) -> None:
        assert _feed_all([b"data: never finished\n"]) == []

    def test_id_with_nul_is_ignored_and_ids_persist(self) -> None:
        events = _feed_all([b"id: 1\ndata: a\n\nid: bad\x00\ndata: b\n\n"])
        assert [event.id for event in events] == ["1", "1"]

    def test_empty_events_are_skipped(self) -> None:
        assert _summary(_feed_all([b"\n\n\n\ndata: x\n\n"])) == [(None, "x", None, None)]

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["message_start", "content_block_delta", "ping", None]),
                st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=40),
            ),
            max_size=8,
        ),
        st.sampled_from(["\n", "\r\n", "\r"]),
        st.lists(st.integers(min_value=0, max_value=10_000), max_size=12),
    )
    def test_any_chunking_gives_the_same_events(
        self, events: List[Tuple[Optional[str], str]], newline: str, cuts: List[int]
    ) -> None:
        raw = b"".join(sse_event(name, data, newline=newline) for name, data in events)
        whole = _summary(_feed_all([raw]))
        assert [(name, data) for name, data, _, _ in whole] == events
        assert _summary(_feed_all(_split(raw, cuts))) == whole
        assert _summary(_feed_all([bytes([byte]) for byte in raw])) == whole

    def test_one_huge_line_in_tiny_chunks_is_joined_once(self) -> None:
        """Linear by construction, checked without a clock: the pieces of an unterminated line are
        kept as they arrive and joined once, when the line ends (re-joining on every chunk would be
        quadratic). Wall-clock figures for long streams live in bench/."""
        payload = "y" * 400_000
        raw = f"data: {payload}".encode()
        decoder = SSEDecoder()
        chunks = [raw[index : index + 3] for index in range(0, len(raw), 3)]
        for chunk in chunks:
            assert decoder.feed(chunk) == []
        assert len(decoder._pending) == len(chunks)  # nothing re-joined along the way
        events = decoder.feed(b"\n\n")
        assert decoder._pending == []
        assert [event.data for event in events] == [payload]


# --------------------------------------------------------------------------- Stream over HTTP


def _stream_body(newline: str = "\n") -> bytes:
    return b"".join(
        [
            sse_event("message_start", {"type": "message_start", "message": message_json("")}, newline=newline),
            sse_event("ping", {"type": "ping"}, newline=newline),
            sse_event(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hel"}},
                newline=newline,
            ),
            sse_event(
                "content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": "lo ✓"}}, newline=newline
            ),
            sse_event("some_future_event", {"type": "some_future_event"}, newline=newline),
            sse_event("message_stop", {"type": "message_stop"}, newline=newline),
        ]
    )


def _check_events(events: List[Any]) -> None:
    assert [type(event) for event in events] == [
        MessageStartEvent,
        ContentBlockDeltaEvent,
        ContentBlockDeltaEvent,
        MessageStopEvent,
    ]
    assert "".join(event.delta.text for event in events[1:3]) == "Hello ✓"
    assert events[2].type == "content_block_delta"  # filled in from the event name


@pytest.mark.parametrize("chunk_size", [None, 1, 5])
def test_stream_events(dual: Dual, server: ScriptedServer, chunk_size: Optional[int]) -> None:
    server.script(sse(_stream_body("\r\n"), chunk_size=chunk_size))

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS)
        assert isinstance(stream.response, httpx.Response)
        events = yield env.collect(stream)
        _check_events(events)
        assert stream.response.is_closed

    dual.run(scenario)
    assert server.requests[0].json()["stream"] is True
    assert server.requests[0].header("x-stainless-read-timeout") == "600.0"


def test_stream_with_context_manager_and_next(dual: Dual, server: ScriptedServer) -> None:
    server.script(sse(_stream_body()))

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS)
        entered = yield env.enter(stream)
        assert entered is stream
        first = yield env.next(stream)
        assert isinstance(first, MessageStartEvent)
        yield env.exit(stream)
        assert stream.response.is_closed

    dual.run(scenario)


def test_stream_close(dual: Dual, server: ScriptedServer) -> None:
    server.script(sse(_stream_body(), then="stall"))

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS)
        yield env.next(stream)
        yield env.close(stream)
        assert stream.response.is_closed
        rest = yield env.collect(stream)
        assert rest == []

    dual.run(scenario)


def test_sync_break_closes_the_response(server: ScriptedServer) -> None:
    from .clients import sync_client
    from .fake_api import Messages

    server.script(sse(_stream_body(), then="stall"))
    client = sync_client(server.url)
    stream = Messages(client).create(**ARGS)
    assert isinstance(stream, Stream)
    for _ in stream:
        break
    assert stream.response.is_closed
    client.close()


def test_async_break_closes_the_response(server: ScriptedServer) -> None:
    from .clients import async_client
    from .fake_api import AsyncMessages

    server.script(sse(_stream_body(), then="stall"))

    async def main() -> None:
        client = async_client(server.url)
        stream: Any = await AsyncMessages(client).create(**ARGS)
        async for _ in stream:
            break
        for _ in range(5):
            gc.collect()
            await asyncio.sleep(0.01)
        assert stream.response.is_closed
        await client.close()

    asyncio.run(main())


@pytest.mark.parametrize(
    ("error_type", "expected", "status"),
    [
        ("overloaded_error", errors.OverloadedError, 529),
        ("rate_limit_error", errors.RateLimitError, 429),
        ("api_error", errors.InternalServerError, 500),
        ("invalid_request_error", errors.BadRequestError, 400),
        ("timeout_error", errors.DeadlineExceededError, 504),
        ("brand_new_error", errors.APIStatusError, 200),
    ],
)
def test_error_event(dual: Dual, server: ScriptedServer, error_type: str, expected: Any, status: int) -> None:
    body = {"type": "error", "error": {"type": error_type, "message": "Overloaded"}}
    server.script(
        sse(
            [
                sse_event("message_start", {"type": "message_start", "message": message_json("")}),
                sse_event("error", body),
                sse_event("message_stop", {"type": "message_stop"}),
            ],
            headers={"request-id": "req_stream"},
        )
    )

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS)
        first = yield env.next(stream)
        assert isinstance(first, MessageStartEvent)
        with pytest.raises(errors.APIStatusError) as info:
            yield env.next(stream)
        error = info.value
        assert type(error) is expected
        assert error.status_code == status
        assert error.body == body
        assert error.type == error_type
        assert error.request_id == "req_stream"
        assert stream.response.is_closed

    dual.run(scenario)


@pytest.mark.parametrize("then", ["reset", "close"])
def test_transport_failure_mid_stream(dual: Dual, server: ScriptedServer, then: str) -> None:
    complete = _stream_body().split(b"event: message_stop")[0]
    partial = sse_event("message_stop", {"type": "message_stop"})[:10]
    server.script(sse(complete + partial, chunk_size=64, then=then))

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS)
        received: List[Any] = []
        with pytest.raises(errors.APIConnectionError) as info:
            while True:
                received.append((yield env.next(stream)))
        assert not isinstance(info.value.__cause__, errors.APIError)
        assert isinstance(info.value.__cause__, httpx.HTTPError)
        # everything complete before the failure was delivered first
        assert [type(event) for event in received] == [
            MessageStartEvent,
            ContentBlockDeltaEvent,
            ContentBlockDeltaEvent,
        ]
        assert stream.response.is_closed

    dual.run(scenario)
    assert len(server.requests) == 1  # a stream that has started is not retried


def test_stall_mid_stream_times_out(dual: Dual, server: ScriptedServer) -> None:
    first = sse_event("message_start", {"type": "message_start", "message": message_json("")})
    server.script(sse([first], then="stall"))

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS, timeout=0.3)
        event = yield env.next(stream)
        assert isinstance(event, MessageStartEvent)
        with pytest.raises(errors.APITimeoutError):
            yield env.next(stream)

    dual.run(scenario)


def test_error_status_before_the_stream(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        reply(529, json={"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}),
        sse(_stream_body()),
    )

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS)
        events = yield env.collect(stream)
        _check_events(events)

    dual.run(scenario)
    assert dual.sleeps == [0.5]


def test_invalid_event_data_in_strict_mode(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        sse(
            [
                sse_event("message_stop", {"type": "message_stop"}),
                sse_event("content_block_delta", {"type": "content_block_delta", "index": "x"}),
            ]
        )
    )

    def scenario(env: Env) -> Scenario:
        stream = yield env.messages.create(**ARGS)
        yield env.next(stream)
        with pytest.raises(errors.APIResponseValidationError):
            yield env.next(stream)

    dual.run(scenario, _strict_response_validation=True)


def test_raw_stream_events(server: ScriptedServer) -> None:
    """A Stream whose item type is a plain dict still skips pings and raises on errors."""
    from .clients import sync_client

    server.script(sse([sse_event("completion", {"type": "completion", "completion": "hi"}), sse_event("ping", {})]))
    client = sync_client(server.url)
    stream = client.request("post", "/v1/complete", cast_to=object, stream=True, stream_cls=Stream[Dict[str, Any]])
    assert list(stream) == [{"type": "completion", "completion": "hi"}]
    client.close()


def test_sse_event_helper_round_trip() -> None:
    raw = sse_event("x", {"a": [1, 2]})
    events = _feed_all([raw])
    assert json.loads(events[0].data) == {"a": [1, 2]}

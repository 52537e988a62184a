"""The event-stream decoder on its own: any chunking of the same bytes yields the same events."""

from __future__ import annotations

import json
from typing import AsyncIterator, Iterator, List, Sequence

import anyio
import pytest
from anthropic._streaming import ServerSentEvent
from anthropic.lib.bedrock._stream_decoder import AWSEventStreamDecoder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._aws import chunk_frame, encode_frame, exception_frame, frames, split_at
from ._fakes import stream_events

EVENTS = stream_events(["Hé", "llo 👋", " wörld"] + [f" {index}" for index in range(30)])
BODY = b"".join(frames(EVENTS))


def decode(chunks: Sequence[bytes]) -> List[ServerSentEvent]:
    return list(AWSEventStreamDecoder().iter_bytes(iter(chunks)))


def summary(events: Sequence[ServerSentEvent]) -> List[tuple]:
    return [(event.event, json.loads(event.data)) for event in events]


EXPECTED = [(event["type"], event) for event in EVENTS]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=1, max_value=len(BODY) - 1), max_size=60))
def test_any_chunking_decodes_the_same(cuts: List[int]) -> None:
    assert summary(decode(split_at(BODY, cuts))) == EXPECTED


def test_byte_by_byte_and_one_piece() -> None:
    assert summary(decode([BODY[index : index + 1] for index in range(len(BODY))])) == EXPECTED
    assert summary(decode([BODY])) == EXPECTED
    assert summary(decode([b"", BODY, b""])) == EXPECTED


def test_async_decoding_matches() -> None:
    async def run() -> List[ServerSentEvent]:
        async def chunks() -> AsyncIterator[bytes]:
            for piece in split_at(BODY, list(range(7, len(BODY), 13))):
                yield piece

        return [event async for event in AWSEventStreamDecoder().aiter_bytes(chunks())]

    assert summary(anyio.run(run)) == EXPECTED


def test_large_chunk_of_many_frames_is_linear() -> None:
    many = b"".join(frames(stream_events([f"piece {index} " for index in range(5000)])))
    assert len(decode([many])) == 5000 + 6


def test_frames_without_events_are_skipped() -> None:
    initial = encode_frame({":message-type": "event", ":event-type": "initial-response"}, b"{}")
    unknown = encode_frame({":message-type": "something-new"}, b"")
    assert decode([initial, unknown, chunk_frame({"type": "message_stop"})])[0].event == "message_stop"


def test_chunk_without_type_is_a_completion_event() -> None:
    legacy = {"completion": " Hello", "stop_reason": None, "stop": None}
    (event,) = decode([chunk_frame(legacy)])
    assert event.event == "completion" and json.loads(event.data) == legacy


def test_type_found_when_not_the_first_key() -> None:
    (event,) = decode([chunk_frame({"index": 0, "type": "content_block_stop"})])
    assert event.event == "content_block_stop"


def test_exception_frame_becomes_an_error_event() -> None:
    (event,) = decode([exception_frame("throttlingException", "Slow down", retryAfter=3)])
    assert event.event == "error"
    assert json.loads(event.data) == {
        "type": "error",
        "error": {"type": "throttlingException", "message": "Slow down", "retryAfter": 3},
    }


@pytest.mark.parametrize(
    ("payload", "reason"),
    [(b'{"nope": 1}', "no `bytes`"), (b'{"bytes": "***"}', "not base64")],
)
def test_bad_chunk_payloads_become_error_events(payload: bytes, reason: str) -> None:
    frame = encode_frame({":message-type": "event", ":event-type": "chunk"}, payload)
    (event,) = decode([frame])
    assert event.event == "error" and reason in json.loads(event.data)["error"]["message"]


def test_decoding_stops_after_a_corrupt_frame() -> None:
    corrupt = bytearray(chunk_frame({"type": "ping"}))
    corrupt[9] ^= 0x01  # prelude CRC
    events = decode([chunk_frame({"type": "message_stop"}), bytes(corrupt), BODY])
    assert [event.event for event in events] == ["message_stop", "error"]
    assert "Malformed" in json.loads(events[1].data)["error"]["message"]


def test_truncation_is_reported_once_at_the_end() -> None:
    def chunks() -> Iterator[bytes]:
        yield BODY[:-5]

    events = list(AWSEventStreamDecoder().iter_bytes(chunks()))
    assert events[-1].event == "error"
    assert json.loads(events[-1].data)["error"]["type"] == "bedrock_event_stream_truncated"
    assert len(events) == len(EVENTS)  # the last frame is the one cut short

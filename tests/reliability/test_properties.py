"""Property-based tests (hypothesis, bounded example counts).

* The SSE, JSON Lines and (when present) Bedrock event-stream decoders give the
  same result however the bytes are cut into chunks, and the SSE result is the
  one the events were written from.
* Generated response models round-trip: dump then validate (python and JSON,
  ``to_dict`` / ``to_json``, and the runtime's own response decoder) gives an
  equal object. Samples are drawn from the models' own field annotations.
* The request-body encoding leaves wire-shaped input (TypedDict-shaped dicts
  drawn from the generated params types) unchanged: it is exactly ``json.dumps``
  of the same value.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import copy
import json
import struct
from typing import Any, AsyncIterator, Dict, List, Optional, Sequence, Tuple

import anthropic
import httpx
import pytest
from anthropic._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from anthropic._models import validate_response
from anthropic._request import build_options, encode_body, encode_json
from anthropic._streaming import ServerSentEvent, SSEDecoder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .strategies import JSON, wire_value

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MODELS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------- chunking


@st.composite
def chunkings(draw: st.DrawFn, payload: bytes) -> List[bytes]:
    """``payload`` cut at arbitrary positions (one byte per chunk, one chunk, and everything between)."""
    mode = draw(st.sampled_from(["whole", "bytes", "random"]))
    if mode == "whole" or not payload:
        return [payload]
    if mode == "bytes":
        return [payload[index : index + 1] for index in range(len(payload))]
    cuts = sorted(set(draw(st.lists(st.integers(1, max(1, len(payload) - 1)), max_size=12))))
    bounds = [0, *cuts, len(payload)]
    return [payload[start:end] for start, end in zip(bounds, bounds[1:])]


def _sse_tuple(event: ServerSentEvent) -> Tuple[Optional[str], str, Optional[str], Optional[int]]:
    return (event.event, event.data, event.id, event.retry)


LINE_TEXT = st.text(st.characters(exclude_characters="\r\n", exclude_categories=["Cs"]), max_size=12)
FIELD_TEXT = st.text(st.characters(exclude_characters="\r\n\x00", exclude_categories=["Cs"]), max_size=8)


@st.composite
def sse_streams(draw: st.DrawFn) -> Tuple[bytes, List[Tuple[Optional[str], str, Optional[str], Optional[int]]]]:
    """An SSE byte stream with mixed line breaks and comments, and the events it must decode to."""
    lines: List[str] = []
    expected: List[Tuple[Optional[str], str, Optional[str], Optional[int]]] = []
    last_id: Optional[str] = None
    for _ in range(draw(st.integers(0, 5))):
        fields: List[str] = []
        name = draw(st.none() | FIELD_TEXT)
        if name is not None:
            fields.append(f"event: {name}")
        event_id = draw(st.none() | FIELD_TEXT)
        if event_id is not None:
            fields.append(f"id: {event_id}")
            last_id = event_id
        retry = draw(st.none() | st.integers(0, 10_000))
        if retry is not None:
            fields.append(f"retry: {retry}")
        fields = list(draw(st.permutations(fields)))
        data = draw(st.lists(LINE_TEXT, min_size=1, max_size=3))
        position = 0
        for line in data:  # data lines keep their order, other fields fall anywhere between them
            position = draw(st.integers(position, len(fields)))
            fields.insert(position, f"data: {line}")
            position += 1
        for _ in range(draw(st.integers(0, 2))):
            fields.insert(draw(st.integers(0, len(fields))), ":" + draw(LINE_TEXT))  # comments
        lines += [*fields, ""]
        expected.append((name or None, "\n".join(data), last_id, retry))
    out: List[str] = []
    previous = ""
    for line in lines:
        choices = ["\n", "\r\n", "\r"]
        if previous == "\r" and line == "":
            choices = ["\r\n", "\r"]  # "\r" then "\n" would read as one CRLF
        ending = draw(st.sampled_from(choices))
        out.append(line + ending)
        previous = ending
    return "".join(out).encode("utf-8"), expected


def _decode_sse(chunks: Sequence[bytes]) -> List[Tuple[Optional[str], str, Optional[str], Optional[int]]]:
    return [_sse_tuple(event) for event in SSEDecoder().iter_bytes(iter(chunks))]


async def _aiter(chunks: Sequence[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def _adecode_sse(chunks: Sequence[bytes]) -> List[Tuple[Optional[str], str, Optional[str], Optional[int]]]:
    async def run() -> List[Tuple[Optional[str], str, Optional[str], Optional[int]]]:
        return [_sse_tuple(event) async for event in SSEDecoder().aiter_bytes(_aiter(chunks))]

    return asyncio.run(run())


@FAST
@given(st.data())
def test_sse_decoding_does_not_depend_on_chunking(data: st.DataObject) -> None:
    payload, expected = data.draw(sse_streams())
    chunks = data.draw(chunkings(payload))
    assert b"".join(chunks) == payload
    assert _decode_sse([payload]) == expected
    assert _decode_sse(chunks) == expected
    assert _adecode_sse(chunks) == expected


@FAST
@given(st.data(), st.binary(max_size=200))
def test_sse_decoding_of_arbitrary_bytes_does_not_depend_on_chunking(data: st.DataObject, junk: bytes) -> None:
    """Any bytes at all (invalid UTF-8, stray CRs, no blank lines): never an error, same events."""
    payload = junk + data.draw(st.sampled_from([b"", b"\n\n", b"data: end\n\n"]))
    chunks = data.draw(chunkings(payload))
    assert _decode_sse(chunks) == _decode_sse([payload])


def _response() -> httpx.Response:
    return httpx.Response(200, request=httpx.Request("GET", "http://127.0.0.1/v1/messages/batches/b/results"))


def _jsonl(chunks: Sequence[bytes]) -> Tuple[List[Any], Optional[str]]:
    decoder: JSONLDecoder[object] = JSONLDecoder(raw_iterator=iter(chunks), line_type=object, http_response=_response())
    items: List[Any] = []
    try:
        for item in decoder:
            items.append(item)
    except anthropic.APIResponseValidationError as exc:
        return items, type(exc).__name__
    return items, None


def _ajsonl(chunks: Sequence[bytes]) -> Tuple[List[Any], Optional[str]]:
    async def run() -> Tuple[List[Any], Optional[str]]:
        decoder: AsyncJSONLDecoder[object] = AsyncJSONLDecoder(
            raw_iterator=_aiter(chunks), line_type=object, http_response=_response()
        )
        items: List[Any] = []
        try:
            async for item in decoder:
                items.append(item)
        except anthropic.APIResponseValidationError as exc:
            return items, type(exc).__name__
        return items, None

    return asyncio.run(run())


@st.composite
def jsonl_bodies(draw: st.DrawFn) -> Tuple[bytes, List[Any], Optional[str]]:
    """A JSON Lines body (LF or CRLF, blank lines, maybe no final break, maybe a cut last line)."""
    items = draw(st.lists(st.dictionaries(st.text(max_size=6), JSON, max_size=4), max_size=6))
    parts: List[bytes] = []
    for item in items:
        line = json.dumps(item, ensure_ascii=draw(st.booleans())).encode()
        parts.append(line + draw(st.sampled_from([b"\n", b"\r\n", b"\n\n"])))
    body = b"".join(parts)
    expected_error = None
    if draw(st.booleans()):  # the body stops in the middle of one more line
        tail = json.dumps({"custom_id": "cut", "result": [1, 2, 3]}).encode()
        body += tail[: draw(st.integers(1, len(tail) - 1))]
        expected_error = "APIResponseValidationError"
    elif items and draw(st.booleans()):
        body = body.rstrip(b"\r\n")  # a complete last line without its break is fine
    return body, items, expected_error


@FAST
@given(st.data())
def test_jsonl_decoding_does_not_depend_on_chunking(data: st.DataObject) -> None:
    body, items, error = data.draw(jsonl_bodies())
    chunks = data.draw(chunkings(body))
    assert _jsonl([body]) == (items, error)
    assert _jsonl(chunks) == (items, error)
    assert _ajsonl(chunks) == (items, error)


# --------------------------------------------------------------------------- Bedrock event stream


def _header(name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    return struct.pack("!B", len(raw_name)) + raw_name + b"\x07" + struct.pack("!H", len(raw_value)) + raw_value


def aws_frame(headers: Dict[str, str], payload: bytes) -> bytes:
    """One AWS event-stream frame: prelude, its CRC, string headers, payload, message CRC."""
    header_bytes = b"".join(_header(name, value) for name, value in headers.items())
    total = 12 + len(header_bytes) + len(payload) + 4
    prelude = struct.pack("!II", total, len(header_bytes))
    head = prelude + struct.pack("!I", binascii.crc32(prelude) & 0xFFFFFFFF) + header_bytes + payload
    return head + struct.pack("!I", binascii.crc32(head) & 0xFFFFFFFF)


def chunk_frame(event: Dict[str, Any]) -> bytes:
    encoded = base64.b64encode(json.dumps(event).encode()).decode()
    return aws_frame(
        {":message-type": "event", ":event-type": "chunk", ":content-type": "application/json"},
        json.dumps({"bytes": encoded}).encode(),
    )


EVENT_TYPES = st.sampled_from(["message_start", "content_block_delta", "message_delta", "message_stop", "ping"])


@FAST
@given(st.data())
def test_bedrock_event_stream_decoding_does_not_depend_on_chunking(data: st.DataObject) -> None:
    decoder_module = pytest.importorskip("anthropic.lib.bedrock._stream_decoder")
    events = data.draw(st.lists(st.fixed_dictionaries({"type": EVENT_TYPES, "text": st.text(max_size=20)}), max_size=6))
    frames = [chunk_frame(event) for event in events]
    body = b"".join(frames)
    ends = [sum(len(frame) for frame in frames[: index + 1]) for index in range(len(frames))]
    size = data.draw(st.integers(0, len(body))) if body and data.draw(st.booleans()) else len(body)
    body = body[:size]  # maybe cut anywhere, frame boundaries included
    chunks = data.draw(chunkings(body))

    def decode(parts: Sequence[bytes]) -> List[Tuple[Optional[str], str]]:
        decoder = decoder_module.AWSEventStreamDecoder()
        return [(event.event, event.data) for event in decoder.iter_bytes(iter(parts))]

    def adecode(parts: Sequence[bytes]) -> List[Tuple[Optional[str], str]]:
        async def run() -> List[Tuple[Optional[str], str]]:
            decoder = decoder_module.AWSEventStreamDecoder()
            return [(event.event, event.data) async for event in decoder.aiter_bytes(_aiter(parts))]

        return asyncio.run(run())

    whole = decode([body])
    assert decode(chunks) == whole
    assert adecode(chunks) == whole
    complete = [(event["type"], json.dumps(event)) for event, end in zip(events, ends) if end <= size]
    if size in (0, *ends):
        assert whole == complete
    else:  # a frame cut in the middle is reported after the complete ones, never dropped silently
        assert whole[:-1] == complete
        assert whole[-1][0] == "error"
        assert json.loads(whole[-1][1])["error"]["type"] == decoder_module.STREAM_TRUNCATED


# --------------------------------------------------------------------------- models round-trip


def _model_types() -> List[Any]:
    from anthropic.types import Completion, Message, MessageTokensCount, ModelInfo
    from anthropic.types.beta import BetaMessage, FileMetadata
    from anthropic.types.beta.messages import BetaMessageBatch, BetaMessageBatchIndividualResponse
    from anthropic.types.messages import MessageBatch, MessageBatchIndividualResponse

    return [
        Message,
        BetaMessage,
        MessageBatch,
        BetaMessageBatch,
        MessageBatchIndividualResponse,
        BetaMessageBatchIndividualResponse,
        Completion,
        ModelInfo,
        FileMetadata,
        MessageTokensCount,
    ]


@pytest.mark.parametrize("model", _model_types(), ids=lambda model: model.__name__)
def test_models_round_trip(model: Any) -> None:
    @MODELS
    @given(wire_value(model))
    def round_trip(wire: Dict[str, Any]) -> None:
        obj = model.model_validate(wire)
        assert model.model_validate(obj.model_dump()) == obj
        assert model.model_validate_json(obj.model_dump_json()) == obj
        assert model.model_validate(obj.to_dict()) == obj
        assert model.model_validate_json(obj.to_json()) == obj
        assert validate_response(model, obj.to_json().encode(), False) == obj  # the SDK's own decoding path
        assert validate_response(model, json.dumps(wire).encode(), False) == obj
        assert obj.to_dict(mode="json") == json.loads(obj.to_json())

    round_trip()


def test_stream_event_union_round_trips() -> None:
    from anthropic.types import RawMessageStreamEvent
    from pydantic import TypeAdapter

    adapter: TypeAdapter[Any] = TypeAdapter(RawMessageStreamEvent)

    @MODELS
    @given(wire_value(RawMessageStreamEvent))
    def round_trip(wire: Dict[str, Any]) -> None:
        event = adapter.validate_python(wire)
        assert adapter.validate_json(adapter.dump_json(event)) == event
        assert validate_response(RawMessageStreamEvent, event.to_json().encode(), False) == event

    round_trip()


# --------------------------------------------------------------------------- request bodies


def _params_types() -> List[Any]:
    from anthropic.types import message_count_tokens_params, message_create_params
    from anthropic.types.messages import batch_create_params

    return [
        message_create_params.MessageCreateParamsNonStreaming,
        message_create_params.MessageCreateParamsStreaming,
        message_count_tokens_params.MessageCountTokensParams,
        batch_create_params.BatchCreateParams,
    ]


@pytest.mark.parametrize("params", _params_types(), ids=lambda params: params.__name__)
def test_wire_shaped_params_are_encoded_unchanged(params: Any) -> None:
    @MODELS
    @given(wire_value(params))
    def unchanged(body: Dict[str, Any]) -> None:
        before = copy.deepcopy(body)
        assert json.loads(encode_json(body)) == json.loads(json.dumps(body))
        options = build_options("post", "/v1/messages", body=body)
        encoded = encode_body(options, [])
        assert encoded.content is not None
        assert json.loads(encoded.content) == json.loads(json.dumps(body))
        assert body == before, "encoding must not change the caller's dict"

    unchanged()


def test_encoding_matches_json_dumps_bytes_for_simple_values() -> None:
    """Byte for byte (compact separators, UTF-8) where float formatting cannot differ."""

    @FAST
    @given(
        st.dictionaries(
            st.text(max_size=8),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(),
                lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                max_leaves=8,
            ),
            max_size=5,
        )
    )
    def same_bytes(body: Dict[str, Any]) -> None:
        assert encode_json(body) == json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()

    same_bytes()

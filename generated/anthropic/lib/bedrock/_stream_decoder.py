"""AWS event-stream frames -> the SSE-style events the runtime's ``Stream`` consumes.

``invoke-with-response-stream`` answers with binary frames (prelude, headers,
payload, CRC32s), parsed by botocore's ``EventStreamBuffer``. A ``chunk`` event's
payload is ``{"bytes": "<base64>"}`` wrapping one event of the first-party stream
(``{"type": "message_start", ...}``), which is handed on unchanged under its own
event name. Exception frames, error frames, corrupt frames and a stream cut in
the middle of a frame become ``error`` events whose ``error.type`` names the cause;
the client turns them into the SDK's exceptions.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any, AsyncIterator, Dict, Iterator, List, Mapping, Optional, Type, cast

from ..._streaming import ServerSentEvent
from ._auth import import_aws

__all__ = ["AWSEventStreamDecoder", "STREAM_DECODE_ERROR", "STREAM_TRUNCATED"]

STREAM_DECODE_ERROR = "bedrock_event_stream_error"
STREAM_TRUNCATED = "bedrock_event_stream_truncated"

# Slices fed to the buffer: botocore copies its pending bytes per frame, so bounding what it
# holds keeps a large network chunk of many small frames linear.
_FEED_SIZE = 16 * 1024

# The first-party events start with their type; reading it from the text avoids a second JSON parse.
_LEADING_TYPE = re.compile(r'\s*\{\s*"type"\s*:\s*"([A-Za-z0-9_]+)"')


class AWSEventStreamDecoder:
    """An ``SSEBytesDecoder`` for ``application/vnd.amazon.eventstream`` bodies."""

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        frames = _Frames()
        for chunk in iterator:
            yield from frames.feed(chunk)
        yield from frames.finish()

    async def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        frames = _Frames()
        async for chunk in iterator:
            for event in frames.feed(chunk):
                yield event
        for event in frames.finish():
            yield event


class _Frames:
    """One response's frame buffer; after an error it ignores the rest of the body."""

    def __init__(self) -> None:
        eventstream = import_aws("botocore.eventstream")
        self._buffer: Any = eventstream.EventStreamBuffer()
        self._parser_error: Type[Exception] = eventstream.ParserError
        self._pending = 0  # bytes fed but not yet consumed as whole frames
        self._failed = False

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        events: List[ServerSentEvent] = []
        if self._failed:
            return events
        view = memoryview(chunk)
        for start in range(0, len(view), _FEED_SIZE):
            piece = bytes(view[start : start + _FEED_SIZE])
            self._buffer.add_data(piece)
            self._pending += len(piece)
            try:
                for message in self._buffer:
                    self._pending -= message.prelude.total_length
                    event = frame_event(message.headers, message.payload)
                    if event is not None:
                        events.append(event)
            except self._parser_error as exc:
                self._failed = True
                events.append(error_event(STREAM_DECODE_ERROR, f"Malformed AWS event-stream frame: {exc}"))
                break
        return events

    def finish(self) -> List[ServerSentEvent]:
        if self._failed or self._pending == 0:
            return []
        return [
            error_event(
                STREAM_TRUNCATED,
                f"The event stream ended in the middle of a frame ({self._pending} bytes of it received)",
            )
        ]


def frame_event(headers: Mapping[str, Any], payload: bytes) -> Optional[ServerSentEvent]:
    """The event for one decoded frame, or None for frames that carry no event."""
    kind = headers.get(":message-type")
    if kind == "event":
        if headers.get(":event-type") != "chunk":
            return None
        return _chunk_event(payload)
    if kind == "exception":
        name = str(headers.get(":exception-type") or "exception")
        details = _json_object(payload)
        message = details.pop("message", None) or details.pop("Message", None) or payload.decode("utf-8", "replace")
        return error_event(name, str(message), details)
    if kind == "error":
        code = str(headers.get(":error-code") or "error")
        return error_event(code, str(headers.get(":error-message") or "Error in the event stream"))
    return None


def _chunk_event(payload: bytes) -> ServerSentEvent:
    envelope = _json_object(payload)
    encoded = envelope.get("bytes")
    if not isinstance(encoded, str):
        return error_event(STREAM_DECODE_ERROR, "A chunk frame has no `bytes` payload")
    try:
        data = base64.b64decode(encoded, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        return error_event(STREAM_DECODE_ERROR, f"A chunk frame's `bytes` are not base64 UTF-8: {exc}")
    return ServerSentEvent(event=_event_type(data), data=data)


def _event_type(data: str) -> str:
    match = _LEADING_TYPE.match(data)
    if match is not None:
        return match.group(1)
    try:
        value: object = json.loads(data)
    except ValueError:
        return "completion"  # left to the runtime, which reports invalid JSON with the response
    if isinstance(value, dict):
        kind = cast(Dict[str, object], value).get("type")
        if isinstance(kind, str) and kind:
            return kind
    return "completion"  # legacy text-completion chunks carry no type


def error_event(kind: str, message: str, details: Optional[Mapping[str, object]] = None) -> ServerSentEvent:
    """An ``error`` event shaped like the API's own: ``{"type": "error", "error": {"type", "message"}}``."""
    error: Dict[str, object] = {"type": kind, "message": message}
    for key, value in (details or {}).items():
        error.setdefault(key, value)
    return ServerSentEvent(event="error", data=json.dumps({"type": "error", "error": error}))


def _json_object(payload: bytes) -> Dict[str, object]:
    try:
        value: object = json.loads(payload) if payload else {}
    except ValueError:
        return {}
    return cast(Dict[str, object], value) if isinstance(value, dict) else {}

"""The fault scenario table: what a local server does, and what the SDK must do about it.

Each :class:`Scenario` names a fault, the call made (``create``, ``stream``,
``results`` for batch JSONL, ``upload`` for a multipart file), and the outcome:
the exact exception class (or success), the number of attempts, the back-off
delays asked for, and what reached the caller before the end. test_faults.py
runs every scenario with the sync and the async client.

    python -m tests.reliability.scenarios     # prints the number of scenarios
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Type

import anthropic
import httpx

from tests.servers import (
    Behaviour,
    close_before_headers,
    reply,
    reset_before_headers,
    reset_mid_body,
    sse,
    sse_event,
    stall,
)
from tests.servers.faults import close_mid_body, jsonl, ping_stall, stall_after_headers

from .support import FILE, MESSAGE, NOW, error_body, result_line, stream_events

__all__ = ["SCENARIOS", "Outcome", "Scenario", "describe_sent"]


@dataclass
class Outcome:
    """What one run of a scenario observed."""

    error: Optional[BaseException]
    result: Any
    delivered: List[str]
    attempts: int
    sleeps: List[float]
    elapsed: float
    closed: Optional[bool]


@dataclass(frozen=True)
class Scenario:
    id: str
    what: str
    """The fault, in words (SCENARIOS.md)."""
    call: str
    script: Callable[[], Sequence[Behaviour]]
    raises: Optional[Type[BaseException]]
    attempts: int
    sleeps: Tuple[float, ...] = ()
    delivered: Optional[Tuple[str, ...]] = None
    """Stream items (``describe``d) or batch result ids that must reach the caller, in order."""
    client: Mapping[str, Any] = field(default_factory=lambda: {})
    request: Mapping[str, Any] = field(default_factory=lambda: {})
    idle_timeout: Optional[float] = None
    target: str = "server"
    """``"server"``: the scripted server; ``"unaccepting"``: a port that never accepts."""
    min_seconds: float = 0.0
    max_seconds: float = 5.0
    expect: Optional[Callable[[Outcome], None]] = None


def describe(item: Any) -> str:
    """A stream event or batch result line as a short string (deltas keep their text)."""
    if isinstance(item, anthropic.types.messages.MessageBatchIndividualResponse):
        return item.custom_id
    if getattr(item, "type", None) == "content_block_delta":
        return f"delta:{item.delta.text}"
    return str(item.type)


def describe_sent(events: Sequence[bytes]) -> Tuple[str, ...]:
    """What the caller must receive for these complete SSE events (pings are not items)."""
    import json

    described: List[str] = []
    for raw in events:
        name = raw.split(b"\n", 1)[0].decode().partition(": ")[2]
        data = json.loads(raw.split(b"data: ", 1)[1])
        if name == "ping":
            continue
        described.append(f"delta:{data['delta']['text']}" if name == "content_block_delta" else name)
    return tuple(described)


EVENTS = stream_events()
ALL = describe_sent(EVENTS)
HEAD = EVENTS[:5]  # message_start, content_block_start, ping, two deltas
HEAD_ITEMS = describe_sent(HEAD)
BACKOFF = (0.5, 1.0)  # two retries, jitter off


def _ok() -> Behaviour:
    return reply(200, json=MESSAGE)


# --------------------------------------------------------------------------- status codes x retry-after

STATUS_CLASSES: Dict[int, Type[anthropic.APIStatusError]] = {
    429: anthropic.RateLimitError,
    500: anthropic.InternalServerError,
    503: anthropic.InternalServerError,  # the first-party client keeps 503 an InternalServerError
    529: anthropic.OverloadedError,
}
STATUS_TYPES = {429: "rate_limit_error", 500: "api_error", 503: "api_error", 529: "overloaded_error"}

# header variant -> (headers, delay asked for, or None when the wait is refused)
RETRY_AFTER: Dict[str, Tuple[Dict[str, str], Optional[float]]] = {
    "retry-after-ms": ({"retry-after-ms": "1250"}, 1.25),
    "retry-after-seconds": ({"retry-after": "3"}, 3.0),
    "retry-after-http-date": ({"retry-after": email.utils.formatdate(NOW + 7, usegmt=True)}, 7.0),
    "retry-after-garbage": ({"retry-after": "soon, maybe"}, 0.5),
    "retry-after-very-long": ({"retry-after": "3600"}, None),
}


def _status_checks(status: int) -> Callable[[Outcome], None]:
    def check(outcome: Outcome) -> None:
        error = outcome.error
        assert isinstance(error, anthropic.APIStatusError)
        assert error.status_code == status
        assert error.body == error_body(STATUS_TYPES[status], f"status {status}")
        assert error.type == STATUS_TYPES[status]
        assert error.request_id == f"req_{status}"
        assert error.response.is_closed

    return check


def _status_scenarios() -> List[Scenario]:
    found: List[Scenario] = []
    for status, cls in STATUS_CLASSES.items():
        body = error_body(STATUS_TYPES[status], f"status {status}")
        for variant, (headers, delay) in RETRY_AFTER.items():

            def script(status: int = status, headers: Dict[str, str] = headers, body: Any = body) -> List[Behaviour]:
                return [reply(status, json=body, headers={**headers, "request-id": f"req_{status}"}), _ok()]

            if delay is None:
                found.append(
                    Scenario(
                        f"status-{status}-{variant}",
                        f"{status} with `{next(iter(headers))}: {next(iter(headers.values()))}` (longer than the "
                        "60 s the SDK waits): not retried, raised at once",
                        "create",
                        script,
                        cls,
                        attempts=1,
                        expect=_status_checks(status),
                    )
                )
            else:
                found.append(
                    Scenario(
                        f"status-{status}-{variant}",
                        f"{status} with `{next(iter(headers))}: {next(iter(headers.values()))}`, then 200: "
                        f"retried after {delay:g} s",
                        "create",
                        script,
                        None,
                        attempts=2,
                        sleeps=(delay,),
                    )
                )

        def exhausted(status: int = status, body: Any = body) -> List[Behaviour]:
            return [reply(status, json=body, headers={"request-id": f"req_{status}"}) for _ in range(3)]

        found.append(
            Scenario(
                f"status-{status}-exhausted",
                f"{status} three times (no retry-after): two retries with back-off, then {cls.__name__}",
                "create",
                exhausted,
                cls,
                attempts=3,
                sleeps=BACKOFF,
                expect=_status_checks(status),
            )
        )
    return found


# --------------------------------------------------------------------------- x-should-retry and other statuses


def _should_retry_scenarios() -> List[Scenario]:
    return [
        Scenario(
            "x-should-retry-true-on-400",
            "400 with `x-should-retry: true`, then 200: retried although 400 is not retryable",
            "create",
            lambda: [reply(400, json=error_body("invalid_request_error"), headers={"x-should-retry": "true"}), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
        Scenario(
            "x-should-retry-false-on-529",
            "529 with `x-should-retry: false`: not retried",
            "create",
            lambda: [reply(529, json=error_body("overloaded_error"), headers={"x-should-retry": "false"}), _ok()],
            anthropic.OverloadedError,
            attempts=1,
        ),
        Scenario(
            "x-should-retry-false-beats-retry-after",
            "429 with `x-should-retry: false` and `retry-after-ms: 10`: the explicit false wins",
            "create",
            lambda: [
                reply(
                    429,
                    json=error_body("rate_limit_error"),
                    headers={"x-should-retry": "false", "retry-after-ms": "10"},
                ),
                _ok(),
            ],
            anthropic.RateLimitError,
            attempts=1,
        ),
        Scenario(
            "x-should-retry-true-exhausted",
            "404 with `x-should-retry: true` three times: retried twice, then NotFoundError",
            "create",
            lambda: [
                reply(404, json=error_body("not_found_error"), headers={"x-should-retry": "true"}) for _ in range(3)
            ],
            anthropic.NotFoundError,
            attempts=3,
            sleeps=BACKOFF,
        ),
        Scenario(
            "status-408-retried",
            "408, then 200: retried",
            "create",
            lambda: [reply(408, json=error_body("timeout_error")), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
        Scenario(
            "status-409-retried",
            "409, then 200: retried",
            "create",
            lambda: [reply(409, json=error_body("conflict_error")), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
        Scenario(
            "status-400-not-retried",
            "400 (no x-should-retry): BadRequestError at once",
            "create",
            lambda: [reply(400, json=error_body("invalid_request_error")), _ok()],
            anthropic.BadRequestError,
            attempts=1,
        ),
        Scenario(
            "max-retries-zero",
            "503 with max_retries=0: raised at once",
            "create",
            lambda: [reply(503, json=error_body("api_error")), _ok()],
            anthropic.InternalServerError,
            attempts=1,
            client={"max_retries": 0},
        ),
        Scenario(
            "retry-after-ms-garbage-falls-back",
            "429 with `retry-after-ms: abc` and `retry-after: 2`: the seconds header is used",
            "create",
            lambda: [reply(429, headers={"retry-after-ms": "abc", "retry-after": "2"}), _ok()],
            None,
            attempts=2,
            sleeps=(2.0,),
        ),
        Scenario(
            "retry-after-date-in-the-past",
            "503 with a `retry-after` date in the past: normal back-off",
            "create",
            lambda: [reply(503, headers={"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
    ]


# --------------------------------------------------------------------------- connections and timeouts


def _connection_scenarios() -> List[Scenario]:
    def connection_error_has_cause(outcome: Outcome) -> None:
        error = outcome.error
        assert isinstance(error, anthropic.APIConnectionError)
        assert isinstance(error.__cause__, httpx.TransportError)
        assert error.request.url.path == "/v1/messages"

    return [
        Scenario(
            "reset-before-headers-exhausted",
            "TCP reset before any response byte, three times: APIConnectionError after two retries",
            "create",
            lambda: [reset_before_headers() for _ in range(3)],
            anthropic.APIConnectionError,
            attempts=3,
            sleeps=BACKOFF,
            expect=connection_error_has_cause,
        ),
        Scenario(
            "reset-before-headers-then-ok",
            "TCP reset before the headers, then 200: retried with the same body",
            "create",
            lambda: [reset_before_headers(), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
        Scenario(
            "close-before-headers-then-ok",
            "clean close (FIN) before the headers, then 200: retried",
            "create",
            lambda: [close_before_headers(), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
        Scenario(
            "reset-mid-body-exhausted",
            "200 whose JSON body is cut by a reset, three times: APIConnectionError",
            "create",
            lambda: [reset_mid_body() for _ in range(3)],
            anthropic.APIConnectionError,
            attempts=3,
            sleeps=BACKOFF,
            expect=connection_error_has_cause,
        ),
        Scenario(
            "reset-mid-body-then-ok",
            "200 whose body is cut by a reset, then 200: the non-streaming call is retried",
            "create",
            lambda: [reset_mid_body(), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
        Scenario(
            "close-mid-body-then-ok",
            "200 whose body ends early with a FIN (short of Content-Length), then 200: retried",
            "create",
            lambda: [close_mid_body(), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
        ),
        Scenario(
            "read-timeout-exhausted",
            "request read, never answered (read timeout 0.2 s), three times: APITimeoutError",
            "create",
            lambda: [stall(30) for _ in range(3)],
            anthropic.APITimeoutError,
            attempts=3,
            sleeps=BACKOFF,
            client={"timeout": httpx.Timeout(5.0, read=0.2)},
            min_seconds=0.6,
            max_seconds=4.0,
        ),
        Scenario(
            "read-timeout-then-ok",
            "never answered once (read timeout 0.2 s), then 200",
            "create",
            lambda: [stall(30), _ok()],
            None,
            attempts=2,
            sleeps=(0.5,),
            client={"timeout": httpx.Timeout(5.0, read=0.2)},
            min_seconds=0.2,
        ),
        Scenario(
            "body-stall-read-timeout",
            "headers and a first body chunk, then silence (read timeout 0.2 s), twice: APITimeoutError",
            "create",
            lambda: [stall_after_headers() for _ in range(2)],
            anthropic.APITimeoutError,
            attempts=2,
            sleeps=(0.5,),
            client={"timeout": httpx.Timeout(5.0, read=0.2), "max_retries": 1},
            min_seconds=0.4,
        ),
        Scenario(
            "connect-timeout",
            "a port whose accept queue is full (the handshake never completes; connect timeout 0.2 s): "
            "APITimeoutError after one retry",
            "create",
            lambda: [],
            anthropic.APITimeoutError,
            attempts=2,
            sleeps=(0.5,),
            client={"timeout": httpx.Timeout(5.0, connect=0.2), "max_retries": 1},
            target="unaccepting",
            min_seconds=0.4,
            max_seconds=4.0,
        ),
        Scenario(
            "total-timeout-per-request",
            "never answered, with `timeout=0.25` (every phase) given on the call: APITimeoutError, "
            "the whole call bounded by attempts x timeout",
            "create",
            lambda: [stall(30) for _ in range(2)],
            anthropic.APITimeoutError,
            attempts=2,
            sleeps=(0.5,),
            client={"max_retries": 1},
            request={"timeout": 0.25},
            min_seconds=0.5,
            max_seconds=3.0,
        ),
    ]


# --------------------------------------------------------------------------- response bodies


def _body_scenarios() -> List[Scenario]:
    def validation_error(outcome: Outcome) -> None:
        error = outcome.error
        assert isinstance(error, anthropic.APIResponseValidationError)
        assert error.status_code == 200

    def body_kept(text: str) -> Callable[[Outcome], None]:
        def check(outcome: Outcome) -> None:
            error = outcome.error
            assert isinstance(error, anthropic.APIStatusError)
            assert error.body == text
            assert text in str(error)

        return check

    return [
        Scenario(
            "malformed-json-200",
            "200 with a truncated JSON document: APIResponseValidationError, not retried",
            "create",
            lambda: [reply(200, body=b'{"id": "msg_01", "content": [', content_type="application/json")],
            anthropic.APIResponseValidationError,
            attempts=1,
            expect=validation_error,
        ),
        Scenario(
            "invalid-utf8-json-200",
            "200 whose JSON holds bytes that are not UTF-8: APIResponseValidationError",
            "create",
            lambda: [reply(200, body=b'{"id": "msg_\xff\xfe", "type": "message"}', content_type="application/json")],
            anthropic.APIResponseValidationError,
            attempts=1,
            expect=validation_error,
        ),
        Scenario(
            "empty-body-200",
            "200 with an empty JSON body: APIResponseValidationError",
            "create",
            lambda: [reply(200, body=b"", content_type="application/json")],
            anthropic.APIResponseValidationError,
            attempts=1,
        ),
        Scenario(
            "malformed-json-error-body",
            "500 three times with a body that is not JSON: InternalServerError carrying the text",
            "create",
            lambda: [reply(500, body=b'{"type": "error", "err', content_type="application/json") for _ in range(3)],
            anthropic.InternalServerError,
            attempts=3,
            sleeps=BACKOFF,
            expect=body_kept('{"type": "error", "err'),
        ),
        Scenario(
            "invalid-utf8-error-body",
            "400 with an error body that is not UTF-8: BadRequestError, message decoded with replacements",
            "create",
            lambda: [reply(400, body=b"bad \xff\xfe request", content_type="text/plain")],
            anthropic.BadRequestError,
            attempts=1,
            expect=body_kept("bad \ufffd\ufffd request"),
        ),
    ]


# --------------------------------------------------------------------------- streams


def _stream_scenarios() -> List[Scenario]:
    def error_event(kind: str, status: int) -> Callable[[Outcome], None]:
        def check(outcome: Outcome) -> None:
            error = outcome.error
            assert isinstance(error, anthropic.APIStatusError)
            assert error.status_code == status
            assert error.type == kind
            assert error.body == error_body(kind, "mid-stream")
            assert error.request_id == "req_stream"

        return check

    def replaced_text(outcome: Outcome) -> None:
        assert "delta:bad \ufffd byte" in outcome.delivered

    cut = b'event: content_block_delta\ndata: {"type": "content_block_delta", "index": 0, "del'
    bad_utf8 = (
        b'event: content_block_delta\ndata: {"type": "content_block_delta", "index": 0, '
        b'"delta": {"type": "text_delta", "text": "bad \xff byte"}}\n\n'
    )
    return [
        Scenario(
            "stream-complete",
            "a complete stream, one byte per chunk (multi-byte characters split): every event delivered",
            "stream",
            lambda: [sse(b"".join(EVENTS), chunk_size=1)],
            None,
            attempts=1,
            delivered=ALL,
        ),
        Scenario(
            "stream-reset-mid-stream",
            "a TCP reset after some events: APIConnectionError, every earlier event delivered, no retry",
            "stream",
            lambda: [sse(HEAD, then="reset")],
            anthropic.APIConnectionError,
            attempts=1,
            delivered=HEAD_ITEMS,
        ),
        Scenario(
            "stream-fin-mid-event",
            "the connection closes (FIN) in the middle of an event: APIConnectionError, earlier events delivered",
            "stream",
            lambda: [sse([*HEAD, cut], then="close")],
            anthropic.APIConnectionError,
            attempts=1,
            delivered=HEAD_ITEMS,
        ),
        Scenario(
            "stream-truncated-clean-end",
            "the body ends cleanly in the middle of an event (no message_stop): the stream ends, the "
            "incomplete event is dropped, earlier events delivered",
            "stream",
            lambda: [sse([*HEAD, cut])],
            None,
            attempts=1,
            delivered=HEAD_ITEMS,
        ),
        Scenario(
            "stream-error-event-overloaded",
            "an `error` event (overloaded_error) after some events: OverloadedError, earlier events delivered",
            "stream",
            lambda: [
                sse(
                    [*HEAD, sse_event("error", error_body("overloaded_error", "mid-stream"))],
                    headers={"request-id": "req_stream"},
                )
            ],
            anthropic.OverloadedError,
            attempts=1,
            delivered=HEAD_ITEMS,
            expect=error_event("overloaded_error", 529),
        ),
        Scenario(
            "stream-error-event-api-error",
            "an `error` event (api_error) mid-stream: InternalServerError",
            "stream",
            lambda: [
                sse(
                    [*HEAD, sse_event("error", error_body("api_error", "mid-stream"))],
                    headers={"request-id": "req_stream"},
                )
            ],
            anthropic.InternalServerError,
            attempts=1,
            delivered=HEAD_ITEMS,
            expect=error_event("api_error", 500),
        ),
        Scenario(
            "stream-error-event-not-json",
            "an `error` event whose data is not JSON: APIStatusError carrying the text",
            "stream",
            lambda: [sse([*HEAD, b"event: error\ndata: upstream exploded\n\n"])],
            anthropic.APIStatusError,
            attempts=1,
            delivered=HEAD_ITEMS,
        ),
        Scenario(
            "stream-malformed-event-json",
            "an item event whose data is not JSON: APIResponseValidationError, earlier events delivered",
            "stream",
            lambda: [sse([*HEAD, b"event: content_block_delta\ndata: {not json\n\n", *EVENTS[5:]])],
            anthropic.APIResponseValidationError,
            attempts=1,
            delivered=HEAD_ITEMS,
        ),
        Scenario(
            "stream-invalid-utf8",
            "an event with a byte that is not UTF-8: delivered with U+FFFD in its place, stream completes",
            "stream",
            lambda: [sse([*HEAD, bad_utf8, *EVENTS[5:]])],
            None,
            attempts=1,
            delivered=(*HEAD_ITEMS, "delta:bad \ufffd byte", *describe_sent(EVENTS[5:])),
            expect=replaced_text,
        ),
        Scenario(
            "stream-529-before-start",
            "529 before the stream starts, then the stream: retried (a stream is retried only before its first byte)",
            "stream",
            lambda: [reply(529, json=error_body("overloaded_error")), sse(EVENTS)],
            None,
            attempts=2,
            sleeps=(0.5,),
            delivered=ALL,
        ),
        Scenario(
            "stream-silent-stall",
            "some events, then silence (read timeout 0.3 s): APITimeoutError, earlier events delivered",
            "stream",
            lambda: [sse(HEAD, then="stall")],
            anthropic.APITimeoutError,
            attempts=1,
            delivered=HEAD_ITEMS,
            client={"timeout": httpx.Timeout(5.0, read=0.3)},
            min_seconds=0.3,
        ),
        Scenario(
            "stream-ping-stall-idle-timeout",
            "some events, then only pings every 20 ms (stream_idle_timeout 0.3 s): APITimeoutError, earlier "
            "events delivered",
            "stream",
            lambda: [ping_stall(HEAD, every=0.02, for_seconds=4.0)],
            anthropic.APITimeoutError,
            attempts=1,
            delivered=HEAD_ITEMS,
            idle_timeout=0.3,
            min_seconds=0.3,
            max_seconds=3.0,
        ),
        Scenario(
            "stream-pings-without-idle-timeout",
            "pings for 0.3 s mid-stream with no idle timeout: the stream waits and completes",
            "stream",
            lambda: [ping_stall(HEAD, every=0.01, for_seconds=0.3, then=EVENTS[5:])],
            None,
            attempts=1,
            delivered=ALL,
            min_seconds=0.25,
        ),
        Scenario(
            "stream-pings-within-idle-timeout",
            "pings for 0.2 s mid-stream, stream_idle_timeout 2 s: the stream completes",
            "stream",
            lambda: [ping_stall(HEAD, every=0.01, for_seconds=0.2, then=EVENTS[5:])],
            None,
            attempts=1,
            delivered=ALL,
            idle_timeout=2.0,
        ),
    ]


# --------------------------------------------------------------------------- batch results (JSONL)


def _jsonl_scenarios() -> List[Scenario]:
    lines = [result_line(f"req_{index}") for index in range(3)]

    def cut_message(outcome: Outcome) -> None:
        error = outcome.error
        assert isinstance(error, anthropic.APIResponseValidationError)
        assert "ended in the middle of a line" in error.message
        assert "2 complete lines were delivered" in error.message

    return [
        Scenario(
            "jsonl-complete",
            "batch results, three lines: three items",
            "results",
            lambda: [jsonl(lines)],
            None,
            attempts=1,
            delivered=("req_0", "req_1", "req_2"),
        ),
        Scenario(
            "jsonl-no-trailing-newline",
            "batch results whose last line has no line break but is complete: three items",
            "results",
            lambda: [jsonl(lines, trailing_newline=False)],
            None,
            attempts=1,
            delivered=("req_0", "req_1", "req_2"),
        ),
        Scenario(
            "jsonl-partial-last-line",
            "batch results cut in the middle of the last line (the body ends cleanly): the complete lines, "
            "then APIResponseValidationError saying so",
            "results",
            lambda: [jsonl(lines, cut_last=25)],
            anthropic.APIResponseValidationError,
            attempts=1,
            delivered=("req_0", "req_1"),
            expect=cut_message,
        ),
        Scenario(
            "jsonl-reset-mid-body",
            "batch results cut by a TCP reset after two lines: the two items, then APIConnectionError",
            "results",
            lambda: [jsonl(lines[:2], then="reset")],
            anthropic.APIConnectionError,
            attempts=1,
            delivered=("req_0", "req_1"),
        ),
        Scenario(
            "jsonl-malformed-line",
            "batch results whose second line is not JSON: the first item, then APIResponseValidationError",
            "results",
            lambda: [jsonl(lines[:1], raw_lines=[b'{"custom_id": "req_1", \n'])],
            anthropic.APIResponseValidationError,
            attempts=1,
            delivered=("req_0",),
        ),
        Scenario(
            "jsonl-stall-read-timeout",
            "batch results that stall after one line (read timeout 0.3 s): the item, then APITimeoutError",
            "results",
            lambda: [jsonl(lines[:1], then="stall")],
            anthropic.APITimeoutError,
            attempts=1,
            delivered=("req_0",),
            client={"timeout": httpx.Timeout(5.0, read=0.3)},
            min_seconds=0.3,
        ),
        Scenario(
            "jsonl-503-then-results",
            "503 before the results, then the results: retried",
            "results",
            lambda: [reply(503), jsonl(lines)],
            None,
            attempts=2,
            sleeps=(0.5,),
            delivered=("req_0", "req_1", "req_2"),
        ),
    ]


# --------------------------------------------------------------------------- uploads (multipart)


def _upload_scenarios() -> List[Scenario]:
    def multipart(outcome: Outcome) -> None:
        assert isinstance(outcome.result, anthropic.types.beta.FileMetadata)

    return [
        Scenario(
            "upload-reset-then-ok",
            "file upload reset before the headers, then 200: the multipart body is replayed byte for byte",
            "upload",
            lambda: [reset_before_headers(), reply(200, json=FILE)],
            None,
            attempts=2,
            sleeps=(0.5,),
            expect=multipart,
        ),
        Scenario(
            "upload-529-then-ok",
            "file upload answered 529 with `retry-after-ms: 200`, then 200: replayed byte for byte",
            "upload",
            lambda: [reply(529, headers={"retry-after-ms": "200"}), reply(200, json=FILE)],
            None,
            attempts=2,
            sleeps=(0.2,),
            expect=multipart,
        ),
        Scenario(
            "upload-503-exhausted",
            "file upload answered 503 three times: InternalServerError, three identical bodies",
            "upload",
            lambda: [reply(503) for _ in range(3)],
            anthropic.InternalServerError,
            attempts=3,
            sleeps=BACKOFF,
        ),
    ]


SCENARIOS: List[Scenario] = [
    *_status_scenarios(),
    *_should_retry_scenarios(),
    *_connection_scenarios(),
    *_body_scenarios(),
    *_stream_scenarios(),
    *_jsonl_scenarios(),
    *_upload_scenarios(),
]

assert len({scenario.id for scenario in SCENARIOS}) == len(SCENARIOS), "scenario ids must be unique"


def count() -> int:
    """The number of fault scenarios (each runs twice: sync and async)."""
    return len(SCENARIOS)


if __name__ == "__main__":
    print(count())

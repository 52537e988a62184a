"""Payloads and client factories shared by the reliability tests."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import anthropic
import httpx

from tests.servers import sse_event

API_KEY = "sk-ant-api03-RELIABILITY-SECRET-KEY-0123456789"
AUTH_TOKEN = "oauth-RELIABILITY-SECRET-TOKEN-9876543210"
SECRETS = (API_KEY, AUTH_TOKEN)

NOW = 1_760_000_000.0
"""The clients' injected wall clock (used to resolve ``retry-after`` HTTP dates)."""

MODEL = "claude-sonnet-4-5"
ARGS: Dict[str, Any] = {
    "model": MODEL,
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Say hello in three languages: héllo, 你好, 👋"}],
}

MESSAGE: Dict[str, Any] = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [{"type": "text", "text": "Hello"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 12, "output_tokens": 3},
}

FILE: Dict[str, Any] = {
    "id": "file_01",
    "type": "file",
    "filename": "notes.txt",
    "mime_type": "text/plain",
    "size_bytes": 11,
    "created_at": "2025-01-01T00:00:00Z",
    "downloadable": False,
}

UPLOAD = ("notes.txt", b"hello\x00\xffworld", "text/plain")


def error_body(kind: str, message: str = "something happened") -> Dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}}


def stream_events(texts: Optional[List[str]] = None) -> List[bytes]:
    """A complete message stream: start, one text block with a delta per text, stop (plus one ping)."""
    texts = texts if texts is not None else ["Hel", "lo ", "wörld ✓"]
    start = {**MESSAGE, "content": [], "stop_reason": None, "usage": {"input_tokens": 12, "output_tokens": 0}}
    events = [
        sse_event("message_start", {"type": "message_start", "message": start}),
        sse_event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),
        sse_event("ping", {"type": "ping"}),
    ]
    for text in texts:
        events.append(
            sse_event(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}},
            )
        )
    events += [
        sse_event("content_block_stop", {"type": "content_block_stop", "index": 0}),
        sse_event(
            "message_delta",
            {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 3}},
        ),
        sse_event("message_stop", {"type": "message_stop"}),
    ]
    return events


STREAM_TYPES = [
    "message_start",
    "content_block_start",
    "content_block_delta",
    "content_block_delta",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
]
"""The item types :func:`stream_events` delivers (the ping is not an item)."""


def result_line(custom_id: str) -> Dict[str, Any]:
    return {"custom_id": custom_id, "result": {"type": "succeeded", "message": {**MESSAGE, "id": f"msg_{custom_id}"}}}


class AttemptCounter:
    """Counts the requests the SDK hands to httpx (an httpx request hook), whether or not a server sees them."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, request: httpx.Request) -> None:
        self.count += 1

    async def async_hook(self, request: httpx.Request) -> None:
        self.count += 1


def sync_client(base_url: str, sleeps: List[float], counter: Optional[AttemptCounter] = None, **kwargs: Any) -> Any:
    """An ``anthropic.Anthropic`` whose back-off sleeps are recorded, never slept (jitter off, clock fixed)."""
    kwargs.setdefault("api_key", API_KEY)
    client = anthropic.Anthropic(base_url=base_url, **kwargs)
    client._sleep = sleeps.append
    client._random = lambda: 0.0
    client._clock = lambda: NOW
    if counter is not None:
        client._client.event_hooks = {"request": [counter], "response": []}
    return client


def async_client(base_url: str, sleeps: List[float], counter: Optional[AttemptCounter] = None, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", API_KEY)
    client = anthropic.AsyncAnthropic(base_url=base_url, **kwargs)

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = record
    client._random = lambda: 0.0
    client._clock = lambda: NOW
    if counter is not None:
        client._client.event_hooks = {"request": [counter.async_hook], "response": []}
    return client

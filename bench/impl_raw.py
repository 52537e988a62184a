"""The practical floor: the same HTTP requests with raw httpx and the decoding a hand-written client does.

JSON bodies: `json.loads(response.content)`. Streams: a plain SSE line loop, `json.loads` of each
`data:` line; text deltas are collected in a list and joined once, tool input JSON chunks are
collected and parsed once at `content_block_stop`.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Callable, Dict, Iterator, List, Tuple

import httpx

from . import payloads
from .cases import Case

HEADERS = {"x-api-key": "bench", "anthropic-version": "2023-06-01"}


def _headers(case: Case) -> Dict[str, str]:
    return {**HEADERS, payloads.VARIANT_HEADER: case.variant}


def _check(r: httpx.Response) -> None:
    if r.status_code != 200:
        raise RuntimeError(f"HTTP {r.status_code}: {r.read()[:200]!r}")


def message_fingerprint(m: Dict[str, Any]) -> List[Any]:
    content = m["content"]
    texts = sum(len(b["text"]) for b in content if b["type"] == "text")
    tools = sum(len(b["input"].get("filters", b["input"].get("rows", ()))) for b in content if b["type"] == "tool_use")
    return [m["id"], len(content), texts, tools, m["stop_reason"], m["usage"]["output_tokens"]]


def sse_events(client: httpx.Client, body: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    with client.stream("POST", "/v1/messages", json=body) as r:
        _check(r)
        for line in r.iter_lines():
            if line.startswith("data:"):
                event = json.loads(line[5:])
                if event["type"] != "ping":
                    yield event


class TextStream:
    """A minimal `messages.stream()`: yields text as it arrives, assembles the final message."""

    def __init__(self, events: Iterator[Dict[str, Any]]) -> None:
        self.events = events
        self.message: Dict[str, Any] = {}

    def text_stream(self) -> Iterator[str]:
        message: Dict[str, Any] = {}
        parts: List[str] = []
        for ev in self.events:
            kind = ev["type"]
            if kind == "content_block_delta":
                delta = ev["delta"]
                if delta["type"] == "text_delta":
                    parts.append(delta["text"])
                    yield delta["text"]
                elif delta["type"] == "input_json_delta":
                    parts.append(delta["partial_json"])
            elif kind == "message_start":
                message = ev["message"]
            elif kind == "content_block_start":
                message["content"].append(ev["content_block"])
                parts = []
            elif kind == "content_block_stop":
                block = message["content"][ev["index"]]
                if block["type"] == "text":
                    block["text"] = "".join(parts)
                elif block["type"] == "tool_use":
                    block["input"] = json.loads("".join(parts)) if parts else {}
            elif kind == "message_delta":
                message.update(ev["delta"])
                message["usage"]["output_tokens"] = ev["usage"]["output_tokens"]
        self.message = message

    def get_final_message(self) -> Dict[str, Any]:
        if not self.message:
            for _ in self.text_stream():
                pass
        return self.message


def build(case: Case, base_url: str) -> Tuple[Callable[[], Any], Callable[[Any], Any]]:
    req = {
        "small": payloads.small_request,
        "large": payloads.large_request,
        "stream": payloads.stream_request,
        "tool": payloads.tool_request,
    }[case.request]()

    if case.op == "async":
        aclient = httpx.AsyncClient(base_url=base_url, headers=_headers(case), timeout=600)
        loop = asyncio.new_event_loop()

        async def one() -> Any:
            r = await aclient.post("/v1/messages", json=req)
            _check(r)
            return json.loads(r.content)

        async def batch() -> List[Any]:
            return await asyncio.gather(*[one() for _ in range(16)])

        return (lambda: loop.run_until_complete(batch())), lambda ms: [message_fingerprint(m) for m in ms]

    client = httpx.Client(base_url=base_url, headers=_headers(case), timeout=600)

    if case.op == "create":

        def create() -> Any:
            r = client.post("/v1/messages", json=req)
            _check(r)
            return json.loads(r.content)

        return create, message_fingerprint

    if case.op == "models":

        def walk() -> Any:
            n, last, params = 0, None, None
            while True:
                r = client.get("/v1/models", params=params)
                _check(r)
                page = json.loads(r.content)
                for m in page["data"]:
                    n += 1
                    last = m["id"]
                if not page["has_more"]:
                    return [n, last]
                params = {"after_id": page["last_id"]}

        return walk, lambda r: r

    body = {**req, "stream": True}

    if case.op == "events":

        def events() -> Any:
            n = 0
            for _event in sse_events(client, body):
                n += 1
            return n

        return events, lambda n: n

    if case.op == "text":

        def text() -> Any:
            chars = 0
            s = TextStream(sse_events(client, body))
            for t in s.text_stream():
                chars += len(t)
            return chars, s.get_final_message()

        return text, lambda r: [r[0], *message_fingerprint(r[1])]

    if case.op == "tool":

        def tool() -> Any:
            return TextStream(sse_events(client, body)).get_final_message()

        def tool_fingerprint(m: Any) -> Any:
            block = m["content"][0]
            return [*message_fingerprint(m), block["name"], block["input"] == payloads.tool_input(case.size)]

        return tool, tool_fingerprint

    raise ValueError(f"unknown op {case.op!r}")

"""Realistic message streams, built from the final message they should accumulate to.

`stream_events(final)` turns a complete message (as the API would return it
without streaming) into the events the API streams for it: each text,
thinking and tool-input value is cut into deltas (at awkward places, inside
words and multi-byte characters' neighbourhoods), citations and signatures
arrive as their own deltas, and `ping` events are sprinkled in.
`to_sse(events)` frames the events as server-sent events.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Dict, Iterator, List

from .overlay_server import Reply

__all__ = [
    "stream_events",
    "to_sse",
    "split",
    "TEXT_MESSAGE",
    "TOOL_USE_MESSAGE",
    "THINKING_MESSAGE",
    "CITATIONS_MESSAGE",
    "SERVER_TOOL_MESSAGE",
    "ALL_MESSAGES",
    "sse_reply",
    "reference_events",
    "summarise",
]

Event = Dict[str, Any]


def split(text: str, sizes: Iterator[int]) -> List[str]:
    pieces: List[str] = []
    start = 0
    while start < len(text):
        size = max(1, next(sizes))
        pieces.append(text[start : start + size])
        start += size
    return pieces


def _sizes() -> Iterator[int]:
    while True:
        yield from (1, 3, 2, 7, 5, 11, 4)


def _usage(**values: Any) -> Dict[str, Any]:
    usage = {
        "input_tokens": 21,
        "output_tokens": 1,
        "cache_creation_input_tokens": None,
        "cache_read_input_tokens": None,
        "server_tool_use": None,
        "service_tier": "standard",
    }
    usage.update(values)
    return usage


def _message(content: List[Dict[str, Any]], stop_reason: str = "end_turn", **usage: Any) -> Dict[str, Any]:
    return {
        "id": "msg_01ABC",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": _usage(output_tokens=87, **usage),
    }


def stream_events(final: Dict[str, Any], *, pings: bool = True) -> List[Event]:
    """The events of a stream that accumulates to `final`."""
    sizes = _sizes()
    start = copy.deepcopy(final)
    start["content"] = []
    start["stop_reason"] = None
    start["stop_sequence"] = None
    start["usage"] = _usage(input_tokens=final["usage"]["input_tokens"])
    events: List[Event] = [{"type": "message_start", "message": start}]
    if pings:
        events.append({"type": "ping"})

    for index, block in enumerate(final["content"]):
        kind = block["type"]
        deltas: List[Dict[str, Any]] = []
        if kind == "text":
            opening = {**block, "text": "", "citations": None}
            for citation in block.get("citations") or []:
                deltas.append({"type": "citations_delta", "citation": citation})
            deltas[len(deltas) // 2 : len(deltas) // 2] = [
                {"type": "text_delta", "text": piece} for piece in split(block["text"], sizes)
            ]
        elif kind == "thinking":
            opening = {**block, "thinking": "", "signature": ""}
            deltas = [{"type": "thinking_delta", "thinking": piece} for piece in split(block["thinking"], sizes)]
            deltas.append({"type": "signature_delta", "signature": block["signature"]})
        elif kind in ("tool_use", "server_tool_use"):
            opening = {**block, "input": {}}
            raw = json.dumps(block["input"], ensure_ascii=False)
            deltas = [{"type": "input_json_delta", "partial_json": piece} for piece in split(raw, sizes)]
        else:
            opening = block
        events.append({"type": "content_block_start", "index": index, "content_block": opening})
        for n, delta in enumerate(deltas):
            events.append({"type": "content_block_delta", "index": index, "delta": delta})
            if pings and n % 5 == 4:
                events.append({"type": "ping"})
        events.append({"type": "content_block_stop", "index": index})

    usage = {k: v for k, v in final["usage"].items() if k in ("output_tokens", "server_tool_use")}
    usage.update({"input_tokens": None, "cache_creation_input_tokens": None, "cache_read_input_tokens": None})
    events.append(
        {
            "type": "message_delta",
            "delta": {"stop_reason": final["stop_reason"], "stop_sequence": final["stop_sequence"]},
            "usage": usage,
        }
    )
    events.append({"type": "message_stop"})
    return events


def to_sse(events: List[Event], *, crlf: bool = False) -> bytes:
    newline = "\r\n" if crlf else "\n"
    out: List[str] = []
    for event in events:
        data = json.dumps(event, ensure_ascii=False)
        out.append(f"event: {event['type']}{newline}data: {data}{newline}{newline}")
    return "".join(out).encode()


TEXT_MESSAGE = _message(
    [{"type": "text", "text": "Hello there! Ça va? 日本語のテキスト 🚀🌍 — done.\nSecond line.", "citations": None}]
)

TOOL_USE_MESSAGE = _message(
    [
        {"type": "text", "text": "Let me check the weather.", "citations": None},
        {
            "type": "tool_use",
            "id": "toolu_01",
            "name": "get_weather",
            "input": {"location": "San Francisco, CA", "units": "c", "days": [1, 2, 3], "note": "naïve ☃"},
        },
        {"type": "tool_use", "id": "toolu_02", "name": "get_time", "input": {"tz": "America/Los_Angeles"}},
    ],
    stop_reason="tool_use",
)

THINKING_MESSAGE = _message(
    [
        {
            "type": "thinking",
            "thinking": "The user wants a short answer. 2 + 2 = 4, so I'll say that.",
            "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds",
        },
        {"type": "text", "text": "The answer is 4.", "citations": None},
    ]
)

CITATIONS_MESSAGE = _message(
    [
        {
            "type": "text",
            "text": "According to the document, the grass is green and the sky is blue.",
            "citations": [
                {
                    "type": "char_location",
                    "cited_text": "The grass is green.",
                    "document_index": 0,
                    "document_title": "Facts",
                    "start_char_index": 0,
                    "end_char_index": 19,
                    "file_id": None,
                },
                {
                    "type": "char_location",
                    "cited_text": "The sky is blue.",
                    "document_index": 0,
                    "document_title": "Facts",
                    "start_char_index": 20,
                    "end_char_index": 36,
                    "file_id": None,
                },
            ],
        }
    ]
)

SERVER_TOOL_MESSAGE = _message(
    [
        {"type": "text", "text": "I'll search for that.", "citations": None},
        {"type": "server_tool_use", "id": "srvtoolu_01", "name": "web_search", "input": {"query": "weather in Paris"}},
        {
            "type": "web_search_tool_result",
            "tool_use_id": "srvtoolu_01",
            "content": [
                {
                    "type": "web_search_result",
                    "title": "Paris weather",
                    "url": "https://example.com/paris",
                    "encrypted_content": "EqgfCioIARgBIiQ3YTAwMjY1Mi1mZjM5LTQ1NGUtODgxNC1kNjNjNTk1ZWI3Y",
                    "page_age": "1 day ago",
                }
            ],
        },
        {"type": "text", "text": "It is sunny in Paris.", "citations": None},
    ],
    server_tool_use={"web_search_requests": 1},
)

ALL_MESSAGES = {
    "text": TEXT_MESSAGE,
    "tool_use": TOOL_USE_MESSAGE,
    "thinking": THINKING_MESSAGE,
    "citations": CITATIONS_MESSAGE,
    "server_tool": SERVER_TOOL_MESSAGE,
}


def sse_reply(final: Dict[str, Any], *, crlf: bool = False, chunk_size: int = 0) -> Reply:
    """A reply streaming the events that accumulate to `final` (cut into `chunk_size`-byte chunks)."""
    body = to_sse(stream_events(final), crlf=crlf)
    if chunk_size:
        return Reply(chunks=[body[i : i + chunk_size] for i in range(0, len(body), chunk_size)])
    return Reply(chunks=[body])


def reference_events(raw_events: List[Event], *, beta: bool = False, partial_mode: Any = True) -> List[Dict[str, Any]]:
    """What a message stream should yield for `raw_events`, worked out the slow, obvious way.

    Raw events are summarised by their type; helper events by all their fields.
    """
    import jiter

    json_event_blocks = {"tool_use", "mcp_tool_use"} if beta else {"tool_use"}
    out: List[Dict[str, Any]] = []
    blocks: Dict[int, Dict[str, Any]] = {}
    for event in raw_events:
        kind = event["type"]
        if kind == "ping":
            continue
        out.append({"type": kind})
        if kind == "content_block_start":
            blocks[event["index"]] = {"block": copy.deepcopy(event["content_block"]), "json": ""}
        elif kind == "content_block_delta":
            state = blocks[event["index"]]
            block, delta = state["block"], event["delta"]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
                out.append({"type": "text", "text": delta["text"], "snapshot": block["text"]})
            elif delta["type"] == "citations_delta":
                block["citations"] = [*(block.get("citations") or []), delta["citation"]]
                out.append({"type": "citation", "citation": delta["citation"], "snapshot": block["citations"]})
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
                out.append({"type": "thinking", "thinking": delta["thinking"], "snapshot": block["thinking"]})
            elif delta["type"] == "signature_delta":
                out.append({"type": "signature", "signature": delta["signature"]})
            elif delta["type"] == "input_json_delta":
                state["json"] += delta["partial_json"]
                if block["type"] in json_event_blocks:
                    snapshot = jiter.from_json(state["json"].encode(), partial_mode=partial_mode)
                    out.append({"type": "input_json", "partial_json": delta["partial_json"], "snapshot": snapshot})
        elif kind == "content_block_stop":
            out[-1]["index"] = event["index"]
    return out


def summarise(event: Any) -> Dict[str, Any]:
    """A yielded event in the shape `reference_events` uses."""
    if event.type in ("text", "thinking", "signature", "input_json", "citation"):
        return event.to_dict(mode="json")
    if event.type == "content_block_stop":
        return {"type": event.type, "index": event.index}
    return {"type": event.type}

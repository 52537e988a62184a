"""Deterministic request and response payloads, shared by the fake server and the clients.

Standard library only: this module is imported by the server, by the harness and by every
implementation's worker (including the one running in the official SDK's virtual env).
Everything is a pure function of its arguments, so every run serves byte-identical bodies.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional, Tuple

MODEL = "claude-sonnet-4-5-20250929"
VARIANT_HEADER = "x-bench-variant"
MODELS_PAGES = 50
MODELS_PER_PAGE = 20
CHUNK = 4096  # size of the HTTP/1.1 chunks an SSE body is cut into (events straddle chunk borders)

_WORDS = tuple(
    [
        "the",
        "quick",
        "brown",
        "fox",
        "jumps",
        "over",
        "a",
        "lazy",
        "dog",
        "while",
        "streaming",
        "tokens",
        "arrive",
        "one",
        "by",
        "one",
        "from",
        "the",
        "model",
        "and",
        "the",
        "client",
        "stitches",
        "them",
        "together",
        "into",
        "text",
    ]
)


def dumps(value: Any) -> str:
    """Compact JSON, as the API sends it."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _usage(input_tokens: int, output_tokens: int) -> Dict[str, Any]:
    return {
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "server_tool_use": None,
        "service_tier": "standard",
    }


def _message(
    content: List[Dict[str, Any]], *, output_tokens: int, stop_reason: Optional[str] = "end_turn"
) -> Dict[str, Any]:
    return {
        "id": "msg_01BenchBenchBenchBenchBench",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": _usage(1200, output_tokens),
    }


def _words(count: int, start: int = 0) -> str:
    return " ".join(_WORDS[(start + i) % len(_WORDS)] for i in range(count))


def small_message() -> Dict[str, Any]:
    """A ~1 KB message: one text block."""
    return _message([{"type": "text", "text": _words(120), "citations": None}], output_tokens=160)


def large_message() -> Dict[str, Any]:
    """A ~100 KB message: a thinking block, then text and tool_use blocks with nested inputs."""
    content: List[Dict[str, Any]] = [
        {"type": "thinking", "thinking": _words(600), "signature": "EqQBCkYIBxgCKkA" + "x" * 340},
    ]
    for i in range(40):
        content.append({"type": "text", "text": _words(370, start=i), "citations": None})
        if i % 2 == 0:
            content.append(
                {
                    "type": "tool_use",
                    "id": f"toolu_01Bench{i:012d}",
                    "name": "lookup_records",
                    "input": {
                        "query": _words(12, start=i),
                        "filters": [{"field": f"f{j}", "op": "eq", "value": j * i} for j in range(12)],
                        "options": {"limit": 50, "include_deleted": False, "sort": ["-created_at", "name"]},
                    },
                }
            )
    return _message(content, output_tokens=24000, stop_reason="tool_use")


# ---------------------------------------------------------------------------------------------
# Requests


def small_request() -> Dict[str, Any]:
    return {"model": MODEL, "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello, Claude"}]}


TOOLS: List[Dict[str, Any]] = [
    {
        "name": name,
        "description": f"{desc} " + _words(40, start=k),
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "What to look for. " + _words(8, start=k)},
                "limit": {"type": "integer", "minimum": 1, "maximum": 100, "description": "Maximum results."},
                "filters": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"field": {"type": "string"}, "value": {"type": "string"}},
                        "required": ["field", "value"],
                    },
                },
            },
            "required": ["query"],
        },
    }
    for k, (name, desc) in enumerate(
        [
            ("search_docs", "Search the documentation."),
            ("get_weather", "Current weather for a city."),
            ("lookup_records", "Look records up in the database."),
            ("send_email", "Send an e-mail on the user's behalf."),
            ("run_query", "Run a read-only SQL query."),
        ]
    )
]


def large_request() -> Dict[str, Any]:
    """A 40-turn conversation (user/assistant, with tool_use/tool_result rounds) and 5 tools: ~23 KB of JSON."""
    messages: List[Dict[str, Any]] = []
    for turn in range(20):
        if turn % 3 == 2:
            tool_id = f"toolu_01Conv{turn:012d}"
            messages.append(
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": f"toolu_01Prev{turn:012d}",
                            "content": _words(60, start=turn),
                        },
                        {"type": "text", "text": _words(35, start=turn + 3)},
                    ],
                }
            )
            messages.append(
                {
                    "role": "assistant",
                    "content": [
                        {"type": "text", "text": _words(30, start=turn)},
                        {
                            "type": "tool_use",
                            "id": tool_id,
                            "name": TOOLS[turn % 5]["name"],
                            "input": {"query": _words(6, start=turn), "limit": 10 + turn},
                        },
                    ],
                }
            )
        else:
            messages.append({"role": "user", "content": _words(75, start=turn)})
            messages.append({"role": "assistant", "content": [{"type": "text", "text": _words(88, start=turn + 1)}]})
    messages.append({"role": "user", "content": "Summarise the conversation so far."})
    return {"model": MODEL, "max_tokens": 1024, "messages": messages[-40:], "tools": TOOLS}


def stream_request() -> Dict[str, Any]:
    return {"model": MODEL, "max_tokens": 64000, "messages": [{"role": "user", "content": "Write a long story."}]}


def tool_request() -> Dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 64000,
        "messages": [{"role": "user", "content": "Fetch every record."}],
        "tools": [TOOLS[2]],
    }


# ---------------------------------------------------------------------------------------------
# Streams


def text_deltas(count: int) -> List[str]:
    return [_WORDS[i % len(_WORDS)] + " " for i in range(count)]


def _stream_head(block: Dict[str, Any]) -> List[Dict[str, Any]]:
    start = _message([], output_tokens=1, stop_reason=None)
    return [
        {"type": "message_start", "message": start},
        {"type": "content_block_start", "index": 0, "content_block": block},
        {"type": "ping"},
    ]


def _stream_tail(output_tokens: int, stop_reason: str) -> List[Dict[str, Any]]:
    return [
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": stop_reason, "stop_sequence": None},
            "usage": {
                "output_tokens": output_tokens,
                "input_tokens": None,
                "cache_creation_input_tokens": None,
                "cache_read_input_tokens": None,
                "server_tool_use": None,
            },
        },
        {"type": "message_stop"},
    ]


def text_stream_events(count: int) -> List[Dict[str, Any]]:
    """message_start, a text block with `count` text_delta events, message_delta, message_stop."""
    events = _stream_head({"type": "text", "text": "", "citations": None})
    events.extend(
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": t}}
        for t in text_deltas(count)
    )
    events.extend(_stream_tail(count, "end_turn"))
    return events


def tool_input(count: int) -> Dict[str, Any]:
    """The tool input whose JSON text is cut into `count` input_json_delta chunks (~10 chars each)."""
    rows: List[Dict[str, Any]] = []
    size = 10
    while size < 10 * count:
        row = {"i": len(rows), "name": f"row-{len(rows)}", "ok": len(rows) % 3 != 0}
        rows.append(row)
        size += len(dumps(row)) + 1
    return {"query": "all", "rows": rows}


def tool_json_chunks(count: int) -> List[str]:
    text = dumps(tool_input(count))
    cuts = [round(k * len(text) / count) for k in range(count + 1)]
    return [text[cuts[k] : cuts[k + 1]] for k in range(count)]


def tool_stream_events(count: int) -> List[Dict[str, Any]]:
    """message_start, a tool_use block with `count` input_json_delta events, message_delta, message_stop."""
    events = _stream_head({"type": "tool_use", "id": "toolu_01BenchStream0000", "name": "lookup_records", "input": {}})
    events.extend(
        {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": c}}
        for c in tool_json_chunks(count)
    )
    events.extend(_stream_tail(count, "tool_use"))
    return events


def sse_body(events: List[Dict[str, Any]]) -> bytes:
    return "".join(f"event: {e['type']}\ndata: {dumps(e)}\n\n" for e in events).encode()


# ---------------------------------------------------------------------------------------------
# Models pages


def model_id(k: int) -> str:
    return f"claude-bench-{k:05d}"


def models_pages() -> Iterator[Tuple[Optional[str], Dict[str, Any]]]:
    """(after_id, page) for each of the MODELS_PAGES pages; after_id None is the first page."""
    for p in range(MODELS_PAGES):
        ids = [model_id(p * MODELS_PER_PAGE + k) for k in range(MODELS_PER_PAGE)]
        page = {
            "data": [
                {
                    "type": "model",
                    "id": i,
                    "display_name": f"Claude Bench {i[-5:]}",
                    "created_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T12:00:00Z",
                }
                for n, i in enumerate(ids)
            ],
            "has_more": p < MODELS_PAGES - 1,
            "first_id": ids[0],
            "last_id": ids[-1],
        }
        yield (model_id(p * MODELS_PER_PAGE - 1) if p else None), page


# ---------------------------------------------------------------------------------------------
# What each variant's response is (the server precomputes the bytes)

STREAM_SIZES = (20000, 64000)
TOOL_SIZES = (1000, 5000, 20000)


def variants() -> Dict[str, Tuple[str, Any]]:
    """variant name -> ("json", body dict) or ("sse", event list)."""
    out: Dict[str, Tuple[str, Any]] = {"small": ("json", small_message()), "large": ("json", large_message())}
    for n in STREAM_SIZES:
        out[f"text-{n}"] = ("sse", text_stream_events(n))
    for n in TOOL_SIZES:
        out[f"tool-{n}"] = ("sse", tool_stream_events(n))
    return out


if __name__ == "__main__":  # sizes, for the README
    print("small response", len(dumps(small_message())), "bytes")
    print("large response", len(dumps(large_message())), "bytes")
    print("large request", len(dumps(large_request())), "bytes", len(large_request()["messages"]), "messages")
    for n in STREAM_SIZES:
        print(f"text-{n}", len(sse_body(text_stream_events(n))), "bytes SSE")
    for n in TOOL_SIZES:
        print(
            f"tool-{n}",
            len(sse_body(tool_stream_events(n))),
            "bytes SSE",
            len(dumps(tool_input(n))),
            "bytes of tool JSON",
        )

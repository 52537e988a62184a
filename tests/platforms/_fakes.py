"""First-party message payloads the fake platforms answer with."""

from __future__ import annotations

import copy
from typing import Any, Dict, List

MESSAGE: Dict[str, Any] = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "Hello there!"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 4},
}


def message(text: str = "Hello there!", **changes: Any) -> Dict[str, Any]:
    value = copy.deepcopy(MESSAGE)
    value["content"] = [{"type": "text", "text": text}]
    value.update(changes)
    return value


def tool_use_message(tool_id: str, name: str, **tool_input: Any) -> Dict[str, Any]:
    value = copy.deepcopy(MESSAGE)
    value["content"] = [{"type": "tool_use", "id": tool_id, "name": name, "input": tool_input}]
    value["stop_reason"] = "tool_use"
    return value


def stream_events(pieces: List[str], *, bedrock_metrics: bool = False) -> List[Dict[str, Any]]:
    """The events of a streamed text reply made of ``pieces``."""
    start = copy.deepcopy(MESSAGE)
    start["content"] = []
    start["stop_reason"] = None
    start["usage"] = {"input_tokens": 10, "output_tokens": 1}
    events: List[Dict[str, Any]] = [
        {"type": "message_start", "message": start},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "ping"},
    ]
    events += [
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}} for piece in pieces
    ]
    stop: Dict[str, Any] = {"type": "message_stop"}
    if bedrock_metrics:
        stop["amazon-bedrock-invocationMetrics"] = {"inputTokenCount": 10, "outputTokenCount": len(pieces)}
    events += [
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 7},
        },
        stop,
    ]
    return events

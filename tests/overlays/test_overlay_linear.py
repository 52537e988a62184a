"""A stream costs time linear in its number of events.

The accumulator is fed pre-built events and its work is counted (characters
copied, bytes parsed), never timed: it must stay proportional to the stream's
size. The JSON of tool inputs is parsed once per block unless someone reads
snapshots. (Wall-clock figures live in bench/.)
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pydantic
import pytest
from anthropic.lib.streaming import _buffers
from anthropic.lib.streaming._accumulator import MessageAccumulator
from anthropic.lib.streaming._messages import MESSAGES
from anthropic.types import RawMessageStreamEvent

from .overlay_streams import TOOL_USE_MESSAGE, stream_events

ADAPTER: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(RawMessageStreamEvent)


def text_events(deltas: int) -> List[Any]:
    final = {**TOOL_USE_MESSAGE, "content": [{"type": "text", "text": "", "citations": None}]}
    raw = stream_events(final, pings=False)
    head, tail = raw[:2], raw[-3:]
    body = [{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "abcdefghij"}}] * deltas
    return [ADAPTER.validate_python(e) for e in [*head, *body, *tail]]


def json_events(deltas: int) -> List[Any]:
    final = {**TOOL_USE_MESSAGE, "content": [{"type": "tool_use", "id": "t", "name": "f", "input": {}}]}
    raw = stream_events(final, pings=False)
    head, tail = raw[:2], raw[-3:]
    pieces = ['{"items": ['] + ['"abcdefgh", '] * deltas + ['"z"]}']
    body = [
        {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": p}}
        for p in pieces
    ]
    return [ADAPTER.validate_python(e) for e in [*head, *body, *tail]]


def feed_all(events: List[Any]) -> Any:
    accumulator = MessageAccumulator(MESSAGES)
    for event in events:
        accumulator.feed(event)
    return accumulator.snapshot()


@pytest.mark.parametrize("deltas", [1_000, 20_000])
def test_text_work_is_linear_in_the_stream(monkeypatch: pytest.MonkeyPatch, deltas: int) -> None:
    """Count the characters the text buffer hands out while a whole stream is accumulated: a
    linear accumulator copies the text a bounded number of times; re-joining on every delta (the
    quadratic pattern) would copy about deltas/2 times the final text. Work, not wall time."""
    produced: List[int] = []
    real = _buffers.TextBuffer.value

    def counting(self: _buffers.TextBuffer, count: Any = None) -> str:
        text = real(self, count)
        produced.append(len(text))
        return text

    monkeypatch.setattr(_buffers.TextBuffer, "value", counting)
    message = feed_all(text_events(deltas))
    final = len(message.content[0].text)
    assert final == 10 * deltas
    assert sum(produced) <= 3 * final, (sum(produced), final)


@pytest.mark.parametrize("deltas", [1_000, 20_000])
def test_json_work_is_linear_in_the_stream(monkeypatch: pytest.MonkeyPatch, deltas: int) -> None:
    """The bytes given to the JSON parser while a tool-use stream is accumulated stay proportional
    to the final input (one parse per block), not to deltas times its length."""
    parsed: List[int] = []
    real = _buffers.jiter.from_json

    def counting(data: bytes, **kwargs: Any) -> Any:
        parsed.append(len(data))
        return real(data, **kwargs)

    monkeypatch.setattr(_buffers.jiter, "from_json", counting)
    message = feed_all(json_events(deltas))
    final = len(json.dumps(message.content[0].input))
    assert sum(parsed) <= 2 * final, (sum(parsed), final)


def test_final_values_are_complete() -> None:
    message = feed_all(text_events(1000))
    assert message.content[0].text == "abcdefghij" * 1000
    message = feed_all(json_events(1000))
    assert message.content[0].input == {"items": ["abcdefgh"] * 1000 + ["z"]}


def test_tool_input_is_parsed_once_unless_snapshots_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: List[int] = []
    real = _buffers.jiter.from_json

    def counting(data: bytes, **kwargs: Any) -> Any:
        calls.append(len(data))
        return real(data, **kwargs)

    monkeypatch.setattr(_buffers.jiter, "from_json", counting)
    events = json_events(200)

    accumulator = MessageAccumulator(MESSAGES)
    yielded: List[Any] = []
    for event in events:
        yielded.extend(accumulator.feed(event))
    assert len(calls) == 1  # at content_block_stop

    # Reading a snapshot parses that prefix once, and the value is kept.
    snapshots = [e for e in yielded if e.type == "input_json"]
    calls.clear()
    middle = snapshots[100]
    assert middle.snapshot == {"items": ["abcdefgh"] * 100}
    assert middle.snapshot == {"items": ["abcdefgh"] * 100}
    assert len(calls) == 1


def test_snapshots_are_as_of_their_event() -> None:
    events = text_events(50)
    accumulator = MessageAccumulator(MESSAGES)
    yielded: List[Any] = []
    for event in events:
        yielded.extend(accumulator.feed(event))
    texts = [e for e in yielded if e.type == "text"]
    assert [len(e.snapshot) for e in texts] == [10 * (i + 1) for i in range(50)]
    dumped: Dict[str, Any] = json.loads(texts[4].to_json())
    assert dumped["snapshot"] == "abcdefghij" * 5


def test_lazy_snapshots_survive_copies() -> None:
    import copy
    import pickle

    accumulator = MessageAccumulator(MESSAGES)
    yielded: List[Any] = []
    for event in text_events(3):
        yielded.extend(accumulator.feed(event))
    first = [e for e in yielded if e.type == "text"][0]
    copied, shallow, deep = first.model_copy(), copy.copy(first), copy.deepcopy(first)
    assert first.snapshot == "abcdefghij"
    for other in (copied, shallow, deep, pickle.loads(pickle.dumps(first))):
        assert other.snapshot == "abcdefghij"
        assert other == first

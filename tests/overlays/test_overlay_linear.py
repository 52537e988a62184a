"""A stream costs time linear in its number of events.

The accumulator is fed pre-built events (so that only its own work is timed):
four times the deltas must cost about four times the time, not sixteen. The
JSON of tool inputs is parsed once per block unless someone reads snapshots.
"""

from __future__ import annotations

import json
import time
from typing import Any, Callable, Dict, List

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


def best_time(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("make", [text_events, json_events], ids=["text", "json"])
def test_cost_grows_linearly(make: Callable[[int], List[Any]]) -> None:
    small, large = make(5_000), make(20_000)
    t_small = best_time(lambda: feed_all(small))
    t_large = best_time(lambda: feed_all(large))
    # Linear: ~4x. Quadratic accumulation would be ~16x and beyond.
    assert t_large / t_small < 8, (t_small, t_large)


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

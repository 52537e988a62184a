"""Build a message from its stream of events, and the helper events that go with them.

One `MessageAccumulator` serves the sync and async streams of both the
messages and the beta messages APIs; a `Flavour` supplies the classes that
differ between the two. The event and block models of the two APIs have the
same shape, so the accumulator reads them by attribute.

Cost, linear in the stream: a delta is appended to a buffer in O(1) amortised
(see `_buffers`) and nothing is joined or parsed per delta. The snapshot
message keeps buffered fields stale until it is read (`snapshot()`: by the
user, at a content block stop, at the message stop); a read brings only the
blocks changed since the last read up to date. Helper events carry snapshots
computed on first access (see `_lazy`), so an unread snapshot costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Dict, FrozenSet, List, Optional, Set

from .._parse._construct import construct, ensure_built, rebuild, set_parsed_output
from .._parse._response import parse_text
from ._buffers import JsonBuffer, PartialMode, TextBuffer
from ._lazy import LazyFieldsModel

__all__ = ["Flavour", "MessageAccumulator"]


@dataclass(frozen=True)
class Flavour:
    """The classes one API uses for snapshots and helper events."""

    message: type[Any]
    text_block: type[Any]
    text_event: type[LazyFieldsModel]
    citation_event: type[LazyFieldsModel]
    thinking_event: type[LazyFieldsModel]
    signature_event: type[Any]
    input_json_event: type[LazyFieldsModel]
    message_stop_event: type[Any]
    content_block_stop_event: type[Any]
    compaction_event: Optional[type[Any]] = None
    # Blocks whose `input` is streamed as JSON, and those of them that produce `input_json` events.
    json_blocks: FrozenSet[str] = frozenset({"tool_use", "server_tool_use"})
    input_json_event_blocks: FrozenSet[str] = frozenset({"tool_use"})


class _Block:
    """The streamed state of one content block; `model` is the block in the snapshot message."""

    __slots__ = ("model", "kind", "text", "citations", "json", "add_text", "add_json")

    def __init__(self, model: Any, json_blocks: FrozenSet[str], partial_mode: PartialMode) -> None:
        self.model = model
        self.kind: str = getattr(model, "type", "")
        self.text: Optional[TextBuffer] = None
        self.citations: Optional[List[Any]] = None
        self.json: Optional[JsonBuffer] = None
        # Performance: `MessageAccumulator.accumulate` appends a text / JSON delta with one call.
        self.add_text: Optional[Callable[[str], None]] = None
        self.add_json: Optional[Callable[[str], None]] = None
        if self.kind == "text":
            self.text = TextBuffer(model.text)
            self.citations = list(model.citations or ())
            self.add_text = self.text.appender()
        elif self.kind == "thinking":
            self.text = TextBuffer(model.thinking)
        elif self.kind in json_blocks:
            self.json = JsonBuffer(empty_value=model.input, partial_mode=partial_mode)
            self.add_json = self.json.appender()

    def sync(self) -> None:
        """Copy the buffered values into the block model."""
        model = self.model
        if self.kind == "text":
            assert self.text is not None and self.citations is not None
            model.text = self.text.value()
            if self.citations:
                model.citations = list(self.citations)
        elif self.kind == "thinking":
            assert self.text is not None
            model.thinking = self.text.value()
        elif self.json is not None:
            model.input = self.json.value()


class MessageAccumulator:
    def __init__(self, flavour: Flavour, *, output_format: Any = None, partial_mode: PartialMode = True) -> None:
        self._flavour = flavour
        self._output_format = output_format
        self._partial_mode: PartialMode = partial_mode
        self._message: Any = None
        self._blocks: Dict[int, _Block] = {}
        self._stale: Set[int] = set()

    def snapshot(self) -> Any:
        """The message accumulated so far (the same object every time, brought up to date)."""
        if self._message is None:
            raise RuntimeError("No message_start event has been received yet")
        for index in self._stale:
            self._blocks[index].sync()
        self._stale.clear()
        return self._message

    def feed(self, event: Any) -> List[Any]:
        """Accumulate `event`; return the events a stream yields for it."""
        return self._dispatch(event, True)

    def accumulate(self, event: Any) -> None:
        """`feed` for readers that never see the helper events (`text_stream`, `until_done`).

        Performance: the same accumulation, without building helper events; a text or JSON
        delta is one append to its block's buffer.
        """
        if getattr(event, "type", None) == "content_block_delta" and self._message is not None:
            block = self._blocks.get(event.index)
            if block is not None:
                delta = event.delta
                kind = delta.type
                if kind == "text_delta" and block.add_text is not None:
                    block.add_text(delta.text)
                    self._stale.add(event.index)
                    return
                if kind == "input_json_delta" and block.add_json is not None:
                    block.add_json(delta.partial_json)
                    self._stale.add(event.index)
                    return
        self._dispatch(event, False)

    def _dispatch(self, event: Any, emit: bool) -> List[Any]:
        kind = getattr(event, "type", None)
        if self._message is None:
            if kind != "message_start":
                raise RuntimeError(f'Unexpected event order, got {kind!r} before "message_start"')
            self._start(event.message)
            return [event]

        handler = self._handlers.get(kind) if isinstance(kind, str) else None
        return handler(self, event, emit) if handler is not None else [event]

    # -- message-level events

    def _start(self, message: Any) -> None:
        content = [self._new_block_model(block) for block in message.content]
        usage = message.usage.model_copy() if message.usage is not None else None
        self._message = rebuild(self._flavour.message, message, content=content, usage=usage)
        for index, block in enumerate(content):
            self._blocks[index] = _Block(block, self._flavour.json_blocks, self._partial_mode)

    def _on_message_start(self, event: Any, emit: bool) -> List[Any]:
        return [event]  # a second message_start in one stream carries nothing new

    def _on_message_delta(self, event: Any, emit: bool) -> List[Any]:
        # Copy what the event carries: every field of `delta` it sent (stop_reason, stop_sequence,
        # container, ...), its context management, and the usage counts it reports.
        message = self._message
        delta = event.delta
        for name in delta.model_fields_set:
            setattr(message, name, getattr(delta, name))
        if "context_management" in event.model_fields_set:
            message.context_management = event.context_management
        usage, message_usage = event.usage, message.usage
        if usage is not None and message_usage is not None:
            for name in usage.model_fields_set:
                value = getattr(usage, name)
                if value is not None:  # None means "not reported in this event"
                    setattr(message_usage, name, value)
        return [event]

    def _on_message_stop(self, event: Any, emit: bool) -> List[Any]:
        message = self.snapshot()
        if not emit:
            return []
        stop = construct(self._flavour.message_stop_event, type="message_stop", message=message)
        return [stop]

    # -- content block events

    def _new_block_model(self, block: Any) -> Any:
        if getattr(block, "type", None) == "text":
            return rebuild(self._flavour.text_block, block, parsed_output=None)
        # Shallow copy: streamed fields are replaced on the copy, never mutated in place.
        ensure_built(block)
        return block.model_copy()

    def _on_block_start(self, event: Any, emit: bool) -> List[Any]:
        model = self._new_block_model(event.content_block)
        self._message.content.append(model)
        self._blocks[event.index] = _Block(model, self._flavour.json_blocks, self._partial_mode)
        return [event]

    def _block(self, index: int) -> _Block:
        try:
            return self._blocks[index]
        except KeyError:
            raise RuntimeError(f"Received an event for content block {index}, which was never started") from None

    def _on_block_delta(self, event: Any, emit: bool) -> List[Any]:
        block = self._block(event.index)
        delta = event.delta
        flavour = self._flavour
        out: List[Any] = [event]
        kind = delta.type
        snapshot: Callable[[], object]

        if kind == "text_delta" and block.kind == "text":
            assert block.text is not None
            count = block.text.append(delta.text)
            if emit:
                snapshot = partial(block.text.value, count)
                out.append(_lazy(flavour.text_event, snapshot, type="text", text=delta.text))
        elif kind == "input_json_delta" and block.json is not None:
            count = block.json.append(delta.partial_json)
            if emit and block.kind in flavour.input_json_event_blocks:
                snapshot = partial(block.json.value, count)
                out.append(
                    _lazy(flavour.input_json_event, snapshot, type="input_json", partial_json=delta.partial_json)
                )
        elif kind == "citations_delta" and block.kind == "text":
            assert block.citations is not None
            block.citations.append(delta.citation)
            if emit:
                citations = block.citations
                snapshot = partial(_prefix, citations, len(citations))
                out.append(_lazy(flavour.citation_event, snapshot, type="citation", citation=delta.citation))
        elif kind == "thinking_delta" and block.kind == "thinking":
            assert block.text is not None
            count = block.text.append(delta.thinking)
            if emit:
                snapshot = partial(block.text.value, count)
                out.append(_lazy(flavour.thinking_event, snapshot, type="thinking", thinking=delta.thinking))
        elif kind == "signature_delta" and block.kind == "thinking":
            block.model.signature = delta.signature
            if emit:
                out.append(construct(flavour.signature_event, type="signature", signature=delta.signature))
        elif kind == "compaction_delta" and block.kind == "compaction" and flavour.compaction_event is not None:
            block.model.content = delta.content
            if emit:
                out.append(construct(flavour.compaction_event, type="compaction", content=delta.content))
        else:
            return out

        self._stale.add(event.index)
        return out

    def _on_block_stop(self, event: Any, emit: bool) -> List[Any]:
        block = self._block(event.index)
        if event.index in self._stale:
            block.sync()
            self._stale.discard(event.index)
        if block.kind == "text" and self._output_format is not None:
            set_parsed_output(block.model, parse_text(block.model.text, self._output_format))
        if not emit:
            return []
        stop = construct(
            self._flavour.content_block_stop_event,
            type="content_block_stop",
            index=event.index,
            content_block=block.model,
        )
        return [stop]

    _handlers: Dict[str, Callable[[MessageAccumulator, Any, bool], List[Any]]] = {
        "message_start": _on_message_start,
        "message_delta": _on_message_delta,
        "message_stop": _on_message_stop,
        "content_block_start": _on_block_start,
        "content_block_delta": _on_block_delta,
        "content_block_stop": _on_block_stop,
    }


def _lazy(cls: type[LazyFieldsModel], snapshot: Callable[[], object], **values: Any) -> Any:
    return cls.construct_lazy({"snapshot": snapshot}, **values)


def _prefix(items: List[Any], count: int) -> List[Any]:
    return items[:count]

"""Append-only accumulators for streamed text and streamed JSON.

Both are written once per delta in O(1) and read on demand, each read giving
the value as of any earlier point ("the first n chunks"), so an event can
carry a cheap handle to its own snapshot instead of a copy.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Union

import jiter
from typing_extensions import Literal

__all__ = ["TextBuffer", "JsonBuffer", "PartialMode"]

PartialMode = Union[bool, Literal["off", "on", "trailing-strings"]]


class TextBuffer:
    """Text kept as a list of chunks.

    The longest prefix joined so far is cached: reading after every append
    copies the text once per read (the size of the answer) but never re-joins
    the chunks already joined.
    """

    __slots__ = ("_chunks", "_joined", "_joined_count")

    def __init__(self, initial: str = "") -> None:
        self._chunks: List[str] = [initial] if initial else []
        self._joined = initial
        self._joined_count = len(self._chunks)

    def append(self, chunk: str) -> int:
        """Add `chunk`; return the chunk count, which names the value as of now."""
        self._chunks.append(chunk)
        return len(self._chunks)

    def appender(self) -> Callable[[str], None]:
        """`append` without its return value, as one C-level call (for the hottest loops)."""
        return self._chunks.append

    @property
    def count(self) -> int:
        return len(self._chunks)

    def value(self, count: Optional[int] = None) -> str:
        """The concatenation of the first `count` chunks (all of them by default)."""
        n = len(self._chunks) if count is None else count
        if n == self._joined_count:
            return self._joined
        if n > self._joined_count:
            joined = self._joined + "".join(self._chunks[self._joined_count : n])
            self._joined, self._joined_count = joined, n
            return joined
        return "".join(self._chunks[:n])


class JsonBuffer:
    """Streamed JSON text, parsed (tolerating an unfinished document) only when read.

    Deltas are appended in O(1); nothing is parsed while the stream runs. A read
    parses the prefix it asks for once and caches the result, so the stream as a
    whole stays linear whether or not anyone looks at intermediate values.
    """

    __slots__ = ("_text", "_empty_value", "_mode", "_parsed_count", "_parsed")

    def __init__(self, *, empty_value: object, partial_mode: PartialMode = True) -> None:
        self._text = TextBuffer()
        self._empty_value = empty_value
        self._mode: PartialMode = partial_mode
        self._parsed_count = -1
        self._parsed: object = None

    def append(self, chunk: str) -> int:
        return self._text.append(chunk)

    def appender(self) -> Callable[[str], None]:
        """See `TextBuffer.appender`; reads stay correct (cached values are keyed by chunk count)."""
        return self._text.appender()

    @property
    def count(self) -> int:
        return self._text.count

    def raw(self, count: Optional[int] = None) -> str:
        return self._text.value(count)

    def value(self, count: Optional[int] = None) -> object:
        """The JSON value of the first `count` chunks; `empty_value` while there is no text."""
        n = self._text.count if count is None else count
        if n == self._parsed_count:
            return self._parsed
        text = self._text.value(n)
        if not text:
            return self._empty_value
        try:
            parsed: Any = jiter.from_json(text.encode(), partial_mode=self._mode)
        except ValueError as exc:
            raise ValueError(f"Unable to parse the tool input JSON streamed by the model ({exc}): {text!r}") from exc
        if n == self._text.count:
            self._parsed_count, self._parsed = n, parsed
        return parsed

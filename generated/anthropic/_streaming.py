"""Server-sent events: an incremental decoder and the ``Stream`` / ``AsyncStream`` iterators.

The decoder splits lines on bytes (``\\r``, ``\\n`` or ``\\r\\n``, even when a
``\\r\\n`` pair is split across two chunks), so a multi-byte UTF-8 character
split across chunks is never decoded in halves, and each byte is looked at
once: the cost is linear in the size of the stream however it is chunked.
"""

from __future__ import annotations

import json
import re
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncGenerator,
    AsyncIterator,
    ClassVar,
    FrozenSet,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Type,
    TypeVar,
    cast,
)

import httpx
from typing_extensions import Protocol, Self, override, runtime_checkable

from ._http import aiter_raw, iter_raw
from ._models import decode_event_data

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, BaseClient, SyncAPIClient

__all__ = ["AsyncStream", "SSEBytesDecoder", "SSEDecoder", "ServerSentEvent", "Stream"]

_T = TypeVar("_T")

_LINE_BREAK = re.compile(rb"[\r\n]")


class ServerSentEvent:
    __slots__ = ("_data", "_event", "_id", "_retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self._event = event or None
        self._data = data or ""
        self._id = id
        self._retry = retry

    @property
    def event(self) -> Optional[str]:
        return self._event

    @property
    def data(self) -> str:
        return self._data

    @property
    def id(self) -> Optional[str]:
        return self._id

    @property
    def retry(self) -> Optional[int]:
        return self._retry

    def json(self) -> Any:
        return json.loads(self._data)

    @override
    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self._event!r}, data={self._data!r}, id={self._id!r}, retry={self._retry!r})"


class SSEDecoder:
    """Feed it bytes in chunks of any size; it returns each event once its blank line has arrived."""

    def __init__(self) -> None:
        self._pending = bytearray()  # an unterminated line
        self._skip_lf = False  # the previous chunk ended in "\r": a leading "\n" belongs to it
        self._started = False
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        events: List[ServerSentEvent] = []
        start = 0
        if self._skip_lf and chunk:
            self._skip_lf = False
            if chunk[0] == 0x0A:
                start = 1
        size = len(chunk)
        while True:
            match = _LINE_BREAK.search(chunk, start)
            if match is None:
                break
            end = match.start()
            if self._pending:
                self._pending += chunk[start:end]
                line = bytes(self._pending)
                self._pending.clear()
            else:
                line = chunk[start:end]
            start = end + 1
            if chunk[end] == 0x0D:
                if start < size:
                    if chunk[start] == 0x0A:
                        start += 1
                else:
                    self._skip_lf = True
            event = self.decode(line.decode("utf-8", errors="replace"))
            if event is not None:
                events.append(event)
        if start < size:
            self._pending += chunk[start:]
        return events

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in iterator:
            yield from self.feed(chunk)
        # An event without its closing blank line is incomplete: it is dropped, as the spec says.

    async def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        async for chunk in iterator:
            for event in self.feed(chunk):
                yield event

    def decode(self, line: str) -> Optional[ServerSentEvent]:
        """Take one line (without its line break); return an event when ``line`` ends one."""
        if not self._started:
            self._started = True
            if line.startswith("\ufeff"):
                line = line[1:]
        if not line:
            if self._event is None and not self._data and self._retry is None:
                return None
            event = ServerSentEvent(event=self._event, data="\n".join(self._data), id=self._id, retry=self._retry)
            self._event = None
            self._data = []
            self._retry = None
            return event
        if line[0] == ":":
            return None
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value or None
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None


@runtime_checkable
class SSEBytesDecoder(Protocol):
    """What ``client._make_sse_decoder()`` returns (platform clients decode other framings)."""

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]: ...

    def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]: ...


class _Skip:
    pass


_SKIP = _Skip()

# Named events whose data is an item of the stream. Others (`ping`, and event names newer
# than this SDK) are skipped; `error` raises.
ITEM_EVENTS: FrozenSet[str] = frozenset(
    {
        "completion",
        "message_start",
        "message_delta",
        "message_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
    }
)


def _decode(
    client: BaseClient[Any], cast_to: Any, response: httpx.Response, sse: ServerSentEvent, items: FrozenSet[str]
) -> Any:
    """The stream item for one event, ``_SKIP``, or raise for an ``error`` event."""
    name = sse.event
    if name == "error":
        body: object = sse.data
        try:
            body = json.loads(sse.data)
        except ValueError:
            pass
        message = str(body) if sse.data else f"Error in stream (HTTP {response.status_code})"
        raise client._make_stream_error(message, body=body, response=response)
    if (name is not None and name not in items) or not sse.data:
        return _SKIP
    return decode_event_data(cast_to, sse.data, name, client._strict_response_validation, response=response)


class Stream(Generic[_T]):
    """Items of a streamed response, decoded as they arrive. Closes the response when done.

    Iterate it (``for event in stream``) once; breaking out of the loop, an error,
    :meth:`close` or leaving a ``with`` block all release the connection.
    """

    response: httpx.Response
    item_events: ClassVar[FrozenSet[str]] = ITEM_EVENTS

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: SyncAPIClient) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder: SSEBytesDecoder = client._make_sse_decoder()
        self._iterator = self.__stream__()

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        return self._decoder.iter_bytes(iter_raw(self.response))

    def __stream__(self) -> Generator[_T, None, None]:
        try:
            for sse in self._iter_events():
                item = _decode(self._client, self._cast_to, self.response, sse, self.item_events)
                if item is not _SKIP:
                    yield cast(_T, item)
        finally:
            self.response.close()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        yield from self._iterator

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and release the connection."""
        try:
            self._iterator.close()
        except ValueError:  # being iterated in another thread: closing the response ends it
            pass
        self.response.close()


class AsyncStream(Generic[_T]):
    """The async counterpart of :class:`Stream` (``async for``, ``async with``, ``await close()``)."""

    response: httpx.Response
    item_events: ClassVar[FrozenSet[str]] = ITEM_EVENTS

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: AsyncAPIClient) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder: SSEBytesDecoder = client._make_sse_decoder()
        self._iterator = self.__stream__()

    def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        return self._decoder.aiter_bytes(aiter_raw(self.response))

    async def __stream__(self) -> AsyncGenerator[_T, None]:
        try:
            async for sse in self._iter_events():
                item = _decode(self._client, self._cast_to, self.response, sse, self.item_events)
                if item is not _SKIP:
                    yield cast(_T, item)
        finally:
            await self.response.aclose()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            async for item in self._iterator:
                yield item
        finally:
            await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        try:
            await self._iterator.aclose()
        except RuntimeError:  # being iterated by another task: closing the response ends it
            pass
        await self.response.aclose()


def is_stream_class_type(tp: object) -> bool:
    from typing_extensions import get_origin

    origin = get_origin(tp) or tp
    return isinstance(origin, type) and issubclass(origin, (Stream, AsyncStream))


def extract_stream_chunk_type(stream_cls: object) -> Any:
    """``X`` for ``Stream[X]`` (or for a subclass declared as ``class S(Stream[X])``)."""
    from typing_extensions import get_args, get_origin

    args = get_args(stream_cls)
    if args:
        return args[0]
    for base in getattr(stream_cls, "__orig_bases__", ()):
        origin = get_origin(base)
        if isinstance(origin, type) and issubclass(origin, (Stream, AsyncStream)) and get_args(base):
            return get_args(base)[0]
    raise TypeError(f"Expected a parametrised stream class such as Stream[EventType], got {stream_cls!r}")

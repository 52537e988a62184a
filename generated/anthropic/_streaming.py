"""Server-sent events: an incremental decoder and the ``Stream`` / ``AsyncStream`` iterators.

The decoder splits lines on bytes (``\\r``, ``\\n`` or ``\\r\\n``, even when a
``\\r\\n`` pair is split across two chunks), so a multi-byte UTF-8 character
split across chunks is never decoded in halves, and each byte is looked at
once: the cost is linear in the size of the stream however it is chunked.
"""

from __future__ import annotations

import json
import time
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
    Tuple,
    Type,
    TypeVar,
    Union,
)

import httpx
import pydantic
from typing_extensions import Protocol, Self, override, runtime_checkable

from ._exceptions import APITimeoutError
from ._http import aiter_raw, iter_raw
from ._models import decode_event_data, json_validator

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, BaseClient, SyncAPIClient

__all__ = ["AsyncStream", "SSEBytesDecoder", "SSEDecoder", "ServerSentEvent", "Stream"]

_T = TypeVar("_T")


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
    """Feed it bytes in chunks of any size; it returns each event once its blank line has arrived.

    Performance: a chunk is cut into lines by one C-level call (``bytes.split``, or
    ``bytes.splitlines`` when it holds a ``\\r``); lines stay bytes and an event's data is
    decoded once, when the event is complete (``Stream`` takes the raw tuples of ``_feed``
    and hands the bytes to pydantic undecoded). An unterminated line is kept as a list of
    pieces joined once its line break arrives, so one huge line in tiny chunks stays linear.
    """

    def __init__(self) -> None:
        self._pending: List[bytes] = []  # the pieces of an unterminated line
        self._skip_lf = False  # the previous chunk ended in "\r": a leading "\n" belongs to it
        self._started = False
        self._event: Optional[bytes] = None
        self._data: List[bytes] = []
        self._id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        return [_sse(*raw) for raw in self._feed(chunk)]

    def _feed(self, chunk: bytes) -> List[RawEvent]:
        """``feed`` without building ``ServerSentEvent`` objects: (event, data, id, retry) tuples, undecoded."""
        if self._skip_lf and chunk:
            self._skip_lf = False
            if chunk[0] == 0x0A:
                chunk = chunk[1:]
        if not chunk:
            return []
        if b"\r" in chunk:
            lines = chunk.splitlines()  # splits at "\r\n", "\n" and "\r" (only those, for bytes)
            last = chunk[-1]
            if last == 0x0D:
                self._skip_lf = True
                tail = b""
            elif last == 0x0A:
                tail = b""
            else:
                tail = lines.pop()
        else:
            lines = chunk.split(b"\n")
            tail = lines.pop()  # b"" when the chunk ends with a line break
        pending = self._pending
        if not lines:
            pending.append(tail)
            return []
        if pending:
            pending.append(lines[0])
            lines[0] = b"".join(pending)
            pending.clear()
        if tail:
            pending.append(tail)
        return self._lines(lines)

    def _lines(self, lines: List[bytes]) -> List[RawEvent]:
        """Process complete lines (without their line breaks); return the events they complete."""
        if not self._started:
            self._started = True
            if lines[0].startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark
                lines[0] = lines[0][3:]
        events: List[RawEvent] = []
        event = self._event
        data = self._data
        retry = self._retry
        for line in lines:
            if not line:
                if data or event is not None or retry is not None:
                    events.append((event, data[0] if len(data) == 1 else b"\n".join(data), self._id, retry))
                    event = None
                    data = []
                    retry = None
                continue
            # The two fields of nearly every line first, without splitting the line.
            if line.startswith(b"data:"):
                data.append(line[6:] if line[5:6] == b" " else line[5:])
                continue
            if line.startswith(b"event:"):
                event = (line[7:] if line[6:7] == b" " else line[6:]) or None
                continue
            name, _, value = line.partition(b":")
            if value[:1] == b" ":
                value = value[1:]
            if name == b"event":
                event = value or None
            elif name == b"data":  # "data" without a colon: an empty line of data
                data.append(value)
            elif name == b"id" and b"\0" not in value:
                self._id = value.decode("utf-8", "replace")
            elif name == b"retry" and value.isdigit():
                retry = int(value)
        self._event = event
        self._data = data
        self._retry = retry
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
        events = self._lines([line.encode("utf-8", "surrogatepass")])
        return _sse(*events[0]) if events else None


RawEvent = Tuple[Optional[bytes], bytes, Optional[str], Optional[int]]
"""An event as ``SSEDecoder._feed`` returns it: event name and data undecoded, id, retry."""


def _sse(event: Optional[bytes], data: bytes, id: Optional[str], retry: Optional[int]) -> ServerSentEvent:
    return ServerSentEvent(
        event=None if event is None else event.decode("utf-8", "replace"),
        data=data.decode("utf-8", "replace"),
        id=id,
        retry=retry,
    )


@runtime_checkable
class SSEBytesDecoder(Protocol):
    """What ``client._make_sse_decoder()`` returns (platform clients decode other framings)."""

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]: ...

    def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]: ...


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


_Event = Tuple[Union[str, bytes, None], Union[str, bytes], Optional[str], Optional[int]]
"""An event as the streams see it: a ``RawEvent`` from our decoder, or a decoded ``ServerSentEvent``'s fields."""


def _text(value: Union[str, bytes]) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


class _ItemDecoder:
    """How a stream turns an event into an item, resolved once per stream.

    Performance: the type adapter (whose cache lookup hashes a typing ``Union``) is looked up
    once, and a valid item event goes straight from its JSON bytes to pydantic's validator.
    Names and data come as bytes from our SSE decoder, as text from other decoders.
    """

    __slots__ = ("_client", "_cast_to", "_response", "items", "validate_json")

    def __init__(self, client: BaseClient[Any], cast_to: Any, response: httpx.Response, items: FrozenSet[str]) -> None:
        self._client = client
        self._cast_to = cast_to
        self._response = response
        names = items - {"error"}
        self.items: FrozenSet[Union[str, bytes]] = frozenset({*names, *(name.encode() for name in names)})
        """The event names decoded as items, as text and as bytes (``error`` always raises)."""
        self.validate_json = json_validator(cast_to)

    def lenient(self, data: Union[str, bytes], name: Union[str, bytes, None]) -> Any:
        """The item for data the fast path rejected: built leniently (or an error, when strict)."""
        return decode_event_data(
            self._cast_to,
            _text(data),
            None if name is None else _text(name),
            self._client._strict_response_validation,
            response=self._response,
        )

    def skip(self, name: Union[str, bytes, None], data: Union[str, bytes]) -> None:
        """An event that is not an item: raise if it is an ``error`` event."""
        if name != "error" and name != b"error":
            return
        text = _text(data)
        body: object = text
        try:
            body = json.loads(text)
        except ValueError:
            pass
        response = self._response
        message = str(body) if text else f"Error in stream (HTTP {response.status_code})"
        raise self._client._make_stream_error(message, body=body, response=response)


class _IdleWatch:
    """Time spent waiting for the next stream item; events that are not items (pings) do not count as activity."""

    def __init__(self) -> None:
        self._since = time.monotonic()

    def restart(self) -> None:
        self._since = time.monotonic()

    def check(self, limit: Optional[float], response: httpx.Response) -> None:
        if limit is None:
            return
        idle = time.monotonic() - self._since
        if idle > limit:
            raise APITimeoutError(
                request=response.request,
                message=(
                    f"The stream sent no event other than pings for {idle:.1f} s "
                    f"(stream_idle_timeout={limit:g} s); events received before were delivered."
                ),
            )


class Stream(Generic[_T]):
    """Items of a streamed response, decoded as they arrive. Closes the response when done.

    Iterate it (``for event in stream``) once; breaking out of the loop, an error,
    :meth:`close` or leaving a ``with`` block all release the connection.

    ``idle_timeout`` (seconds; default: the client's ``stream_idle_timeout``, None: off) bounds
    how long the stream may go on sending only ``ping`` events (or other events that are not
    items) while the caller waits for the next item: when a ping arrives later than that, the
    stream raises ``APITimeoutError``. The clock runs only while the caller waits, not while it
    handles an item. A connection that goes completely silent is bounded by the read timeout.
    Set it before iterating: ``stream.idle_timeout = 30``.
    """

    response: httpx.Response
    item_events: ClassVar[FrozenSet[str]] = ITEM_EVENTS
    idle_timeout: Optional[float]

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: SyncAPIClient) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self.idle_timeout = getattr(client, "stream_idle_timeout", None)
        self._decoder: SSEBytesDecoder = client._make_sse_decoder()
        self._iterator = self.__stream__()

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        return self._decoder.iter_bytes(iter_raw(self.response))

    def _iter_batches(self) -> Iterator[List[_Event]]:
        """The events, in lists: one list per network chunk from our own SSE decoder."""
        decoder = self._decoder
        if type(decoder) is SSEDecoder and type(self)._iter_events is vars(Stream)["_iter_events"]:
            # Performance: our decoder's undecoded tuples, one generator step per chunk
            # rather than a ServerSentEvent and a step per event.
            feed = decoder._feed
            for chunk in iter_raw(self.response):
                events: List[Any] = feed(chunk)
                if events:
                    yield events
        else:
            for sse in self._iter_events():
                yield [(sse.event, sse.data, sse.id, sse.retry)]

    def __stream__(self) -> Generator[_T, None, None]:
        try:
            watch = _IdleWatch()
            decode = _ItemDecoder(self._client, self._cast_to, self.response, self.item_events)
            items, validate_json = decode.items, decode.validate_json
            for batch in self._iter_batches():
                for name, data, _, _ in batch:
                    # Performance: an item with valid JSON costs the validator's call and nothing else.
                    if not ((name is None or name in items) and data):
                        decode.skip(name, data)
                        watch.check(self.idle_timeout, self.response)
                        continue
                    try:
                        item = validate_json(data)
                    except pydantic.ValidationError:
                        item = decode.lenient(data, name)
                    yield item
                    watch.restart()
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
    idle_timeout: Optional[float]
    """As :attr:`Stream.idle_timeout`."""

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: AsyncAPIClient) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self.idle_timeout = getattr(client, "stream_idle_timeout", None)
        self._decoder: SSEBytesDecoder = client._make_sse_decoder()
        self._iterator = self.__stream__()

    def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        return self._decoder.aiter_bytes(aiter_raw(self.response))

    async def _iter_batches(self) -> AsyncIterator[List[_Event]]:
        """As :meth:`Stream._iter_batches`."""
        decoder = self._decoder
        if type(decoder) is SSEDecoder and type(self)._iter_events is vars(AsyncStream)["_iter_events"]:
            feed = decoder._feed
            async for chunk in aiter_raw(self.response):
                events: List[Any] = feed(chunk)
                if events:
                    yield events
        else:
            async for sse in self._iter_events():
                yield [(sse.event, sse.data, sse.id, sse.retry)]

    async def __stream__(self) -> AsyncGenerator[_T, None]:
        try:
            watch = _IdleWatch()
            decode = _ItemDecoder(self._client, self._cast_to, self.response, self.item_events)
            items, validate_json = decode.items, decode.validate_json
            async for batch in self._iter_batches():
                for name, data, _, _ in batch:
                    # Performance: an item with valid JSON costs the validator's call and nothing else.
                    if not ((name is None or name in items) and data):
                        decode.skip(name, data)
                        watch.check(self.idle_timeout, self.response)
                        continue
                    try:
                        item = validate_json(data)
                    except pydantic.ValidationError:
                        item = decode.lenient(data, name)
                    yield item
                    watch.restart()
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

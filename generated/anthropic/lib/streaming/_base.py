"""Sync and async message streams and their context managers, shared by both APIs.

The public classes (`MessageStream`, `BetaAsyncMessageStream`, ...) only pick
the flavour (which classes to build) and the types users see. They name their
event and message types in quotes: those unions are generic for type checkers
only, pydantic collapses `Model[T]` back to `Model` at runtime.
"""

from __future__ import annotations

from types import TracebackType
from typing import (
    Any,
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    TypeVar,
    Union,
    cast,
)

import httpx
from typing_extensions import Self

from ..._streaming import AsyncStream, Stream
from .._parse._response import output_type
from ._accumulator import Flavour, MessageAccumulator
from ._buffers import PartialMode

__all__ = ["SyncMessageStreamBase", "AsyncMessageStreamBase", "SyncStreamManagerBase", "AsyncStreamManagerBase"]

EventT = TypeVar("EventT")
MessageT = TypeVar("MessageT")
StreamT = TypeVar("StreamT")


class _MessageStreamCore(Generic[EventT, MessageT]):
    _flavour: Flavour

    def __init__(self, raw_stream: Union[Stream[Any], AsyncStream[Any]], output_format: object) -> None:
        self._raw_stream = raw_stream
        self._accumulator = MessageAccumulator(
            self._flavour, output_format=output_type(output_format), partial_mode=self._partial_mode()
        )

    def _partial_mode(self) -> PartialMode:
        return True

    @property
    def response(self) -> httpx.Response:
        """The HTTP response whose body is being streamed."""
        return self._raw_stream.response

    @property
    def request_id(self) -> Optional[str]:
        """The `request-id` response header, to quote when reporting a problem."""
        request_id: Optional[str] = self.response.headers.get("request-id")
        return request_id

    @property
    def current_message_snapshot(self) -> MessageT:
        """The message as accumulated so far; after the stream ends, the final message."""
        return cast(MessageT, self._accumulator.snapshot())

    def _final_text(self) -> str:
        message: Any = self._accumulator.snapshot()
        texts: List[str] = [block.text for block in message.content if block.type == "text"]
        if not texts:
            kinds = ", ".join(block.type for block in message.content) or "no content"
            raise RuntimeError(
                "get_final_text() needs at least one `text` content block; the reply contains "
                f"{kinds}. Use get_final_message().content to read it."
            )
        return "".join(texts)


class SyncMessageStreamBase(_MessageStreamCore[EventT, MessageT]):
    text_stream: Iterator[str]
    """The text deltas only: `for text in stream.text_stream: print(text, end="")`."""

    _raw_stream: Stream[Any]

    def __init__(self, raw_stream: Stream[Any], output_format: object = None) -> None:
        super().__init__(raw_stream, output_format)
        self._iterator: Generator[EventT, None, None] = self._events()
        self.text_stream = self._texts()

    def _events(self) -> Generator[EventT, None, None]:
        feed = self._accumulator.feed
        for raw_event in self._raw_stream:
            yield from feed(raw_event)

    def _texts(self) -> Iterator[str]:
        # Performance: straight from the raw events, accumulated without building helper
        # events (nobody sees them here); `self._iterator` shares the same raw stream.
        accumulate = self._accumulator.accumulate
        for event in self._raw_stream:
            accumulate(event)
            if event.type == "content_block_delta" and event.delta.type == "text_delta":
                yield event.delta.text

    def __iter__(self) -> Iterator[EventT]:
        return self._iterator

    def __next__(self) -> EventT:
        return next(self._iterator)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and release the connection (done automatically at the end of the stream)."""
        self._iterator.close()
        self._raw_stream.close()

    def until_done(self) -> None:
        """Read the stream to its end."""
        # Performance: what is left of the raw stream is accumulated without helper events.
        accumulate = self._accumulator.accumulate
        for event in self._raw_stream:
            accumulate(event)

    def get_final_message(self) -> MessageT:
        """Read the stream to its end and return the accumulated message."""
        self.until_done()
        return self.current_message_snapshot

    def get_final_text(self) -> str:
        """Read the stream to its end and return the text of all its text blocks, concatenated."""
        self.until_done()
        return self._final_text()


class AsyncMessageStreamBase(_MessageStreamCore[EventT, MessageT]):
    text_stream: AsyncIterator[str]
    """The text deltas only: `async for text in stream.text_stream: print(text, end="")`."""

    _raw_stream: AsyncStream[Any]

    def __init__(self, raw_stream: AsyncStream[Any], output_format: object = None) -> None:
        super().__init__(raw_stream, output_format)
        self._iterator: AsyncGenerator[EventT, None] = self._events()
        self.text_stream = self._texts()

    async def _events(self) -> AsyncGenerator[EventT, None]:
        # `__anext__` rather than `async for`: no extra async generator is left to be finalised later.
        feed = self._accumulator.feed
        raw_stream = self._raw_stream
        while True:
            try:
                raw_event = await raw_stream.__anext__()
            except StopAsyncIteration:
                return
            for event in feed(raw_event):
                yield event

    async def _texts(self) -> AsyncIterator[str]:
        # Performance: as in the sync stream, from the raw events without helper events.
        accumulate = self._accumulator.accumulate
        raw_stream = self._raw_stream
        while True:
            try:
                event = await raw_stream.__anext__()
            except StopAsyncIteration:
                return
            accumulate(event)
            if event.type == "content_block_delta" and event.delta.type == "text_delta":
                yield event.delta.text

    def __aiter__(self) -> AsyncIterator[EventT]:
        return self._iterator

    async def __anext__(self) -> EventT:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop reading and release the connection (done automatically at the end of the stream)."""
        await self._iterator.aclose()
        await self._raw_stream.close()

    async def until_done(self) -> None:
        """Read the stream to its end."""
        # Performance: what is left of the raw stream is accumulated without helper events.
        accumulate = self._accumulator.accumulate
        raw_stream = self._raw_stream
        while True:
            try:
                event = await raw_stream.__anext__()
            except StopAsyncIteration:
                return
            accumulate(event)

    async def get_final_message(self) -> MessageT:
        """Read the stream to its end and return the accumulated message."""
        await self.until_done()
        return self.current_message_snapshot

    async def get_final_text(self) -> str:
        """Read the stream to its end and return the text of all its text blocks, concatenated."""
        await self.until_done()
        return self._final_text()


class SyncStreamManagerBase(Generic[StreamT]):
    """Sends the request on `with` entry and closes the stream on exit."""

    def __init__(self, api_request: Callable[[], Stream[Any]], *, output_format: object = None) -> None:
        self._api_request = api_request
        self._output_format = output_format
        self._stream: Optional[StreamT] = None

    def _wrap(self, raw_stream: Stream[Any]) -> StreamT:
        raise NotImplementedError

    def __enter__(self) -> StreamT:
        self._stream = self._wrap(self._api_request())
        return self._stream

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            cast(Any, self._stream).close()


class AsyncStreamManagerBase(Generic[StreamT]):
    """Sends the request on `async with` entry and closes the stream on exit.

    `api_request` is a function returning an awaitable (preferred: no coroutine
    exists until the request is due) or, as in the official SDK, an awaitable.
    """

    def __init__(
        self,
        api_request: Union[Callable[[], Awaitable[AsyncStream[Any]]], Awaitable[AsyncStream[Any]]],
        *,
        output_format: object = None,
    ) -> None:
        self._api_request = api_request
        self._output_format = output_format
        self._stream: Optional[StreamT] = None

    def _wrap(self, raw_stream: AsyncStream[Any]) -> StreamT:
        raise NotImplementedError

    async def __aenter__(self) -> StreamT:
        request = self._api_request
        pending = request() if callable(request) else request
        self._stream = self._wrap(await pending)
        return self._stream

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            await cast(Any, self._stream).close()

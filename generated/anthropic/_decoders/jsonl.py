"""JSON Lines response bodies (one JSON document per line), decoded as they arrive."""

from __future__ import annotations

from types import TracebackType
from typing import AsyncGenerator, AsyncIterator, Generator, Generic, Iterator, List, Optional, Type, TypeVar

import httpx
from typing_extensions import Self

from .._exceptions import APIResponseValidationError
from .._models import validate_response

__all__ = ["AsyncJSONLDecoder", "JSONLDecoder"]

_T = TypeVar("_T")


class _Lines:
    """Splits bytes on ``\\n`` incrementally (each byte scanned once); ``\\r\\n`` is accepted."""

    def __init__(self) -> None:
        self._pending = bytearray()
        self.complete = 0

    def feed(self, chunk: bytes) -> List[bytes]:
        lines: List[bytes] = []
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                break
            if self._pending:
                self._pending += chunk[start:end]
                line = bytes(self._pending)
                self._pending.clear()
            else:
                line = chunk[start:end]
            start = end + 1
            if line.strip():
                lines.append(line)
        self._pending += chunk[start:]
        self.complete += len(lines)
        return lines

    def rest(self) -> bytes:
        return bytes(self._pending)


class _Decoding(Generic[_T]):
    http_response: httpx.Response
    """The HTTP response the lines are read from."""

    def __init__(self, line_type: Type[_T], http_response: httpx.Response) -> None:
        self.http_response = http_response
        self._line_type = line_type
        self._lines = _Lines()

    def _item(self, line: bytes) -> _T:
        return validate_response(self._line_type, line, False, response=self.http_response)

    def _last(self) -> Optional[_T]:
        """The final line when it lacks its line break: fine if complete, an error if cut off."""
        rest = self._lines.rest()
        if not rest.strip():
            return None
        try:
            return self._item(rest)
        except APIResponseValidationError as exc:
            raise APIResponseValidationError(
                self.http_response,
                rest.decode("utf-8", errors="replace"),
                message=(
                    f"The JSON Lines response ended in the middle of a line ({len(rest)} bytes after the last "
                    f"line break; {self._lines.complete} complete lines were delivered). The connection was "
                    "probably cut: request the results again."
                ),
            ) from exc


class JSONLDecoder(_Decoding[_T]):
    """Iterate to get one ``line_type`` item per line; the response is closed when done or on error."""

    def __init__(self, *, raw_iterator: Iterator[bytes], line_type: Type[_T], http_response: httpx.Response) -> None:
        super().__init__(line_type, http_response)
        self._raw_iterator = raw_iterator
        self._iterator = self.__decode__()

    def __decode__(self) -> Generator[_T, None, None]:
        try:
            for chunk in self._raw_iterator:
                for line in self._lines.feed(chunk):
                    yield self._item(line)
            last = self._last()
            if last is not None:
                yield last
        finally:
            self.http_response.close()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        yield from self._iterator

    def close(self) -> None:
        """Stop reading and release the connection."""
        try:
            self._iterator.close()
        except ValueError:  # being iterated in another thread: closing the response ends it
            pass
        self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        self.close()


class AsyncJSONLDecoder(_Decoding[_T]):
    """The async counterpart of :class:`JSONLDecoder`."""

    def __init__(
        self, *, raw_iterator: AsyncIterator[bytes], line_type: Type[_T], http_response: httpx.Response
    ) -> None:
        super().__init__(line_type, http_response)
        self._raw_iterator = raw_iterator
        self._iterator = self.__decode__()

    async def __decode__(self) -> AsyncGenerator[_T, None]:
        try:
            async for chunk in self._raw_iterator:
                for line in self._lines.feed(chunk):
                    yield self._item(line)
            last = self._last()
            if last is not None:
                yield last
        finally:
            await self.http_response.aclose()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            async for item in self._iterator:
                yield item
        finally:
            await self.close()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        try:
            await self._iterator.aclose()
        except RuntimeError:  # being iterated by another task: closing the response ends it
            pass
        await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        await self.close()

"""Raw and streamed responses (``.with_raw_response`` / ``.with_streaming_response``).

``APIResponse.parse()`` turns the body into what the method normally returns:
a model, a ``Stream``, a ``JSONLDecoder``, text, bytes... The conversion is
one function shared by the sync and async classes; they differ only in how
the body is read.
"""

from __future__ import annotations

import datetime
import functools
import os
from dataclasses import dataclass
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterator,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

import anyio
import httpx
import jiter
from typing_extensions import ParamSpec, get_args, get_origin, override

from ._constants import RAW_RESPONSE_HEADER
from ._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from ._exceptions import AnthropicError, APIResponseValidationError, StreamAlreadyConsumed
from ._http import aguard_iterator, aiter_raw, guard_iterator, iter_raw, transport_error
from ._models import BaseModel, validate_response
from ._request import FinalRequestOptions
from ._streaming import extract_stream_chunk_type, is_stream_class_type
from ._types import NoneType, NotGiven, not_given

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncBinaryAPIResponse",
    "AsyncResponseContextManager",
    "BinaryAPIResponse",
    "MissingStreamClassError",
    "ResponseContextManager",
    "ResponseSpec",
    "StreamAlreadyConsumed",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
_ResponseT = TypeVar("_ResponseT", bound="APIResponse[Any]")
_AsyncResponseT = TypeVar("_AsyncResponseT", bound="AsyncAPIResponse[Any]")


class MissingStreamClassError(TypeError):
    def __init__(self) -> None:
        super().__init__("`stream=True` needs a `stream_cls` (e.g. Stream[EventType]) to decode the events into")


class _Unset:
    pass


_UNSET = _Unset()


class BaseAPIResponse(Generic[R]):
    http_response: httpx.Response
    retries_taken: int
    """How many times the request was retried before this response (0 when the first attempt succeeded)."""

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Type[R],
        client: BaseClient[Any],
        stream: bool,
        stream_cls: Optional[Type[Any]],
        retries_taken: int = 0,
        post_parse: Optional[Callable[[Any], Any]] = None,
        stream_idle_timeout: Union[float, None, NotGiven] = not_given,
    ) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken
        self._cast_to = cast_to
        self._client = client
        self._is_sse_stream = stream
        self._stream_cls = stream_cls
        self._post_parse = post_parse
        self._stream_idle_timeout = stream_idle_timeout
        self._parsed: Dict[object, Any] = {}

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the response (available once the body is read)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        request_id: Optional[str] = self.http_response.headers.get("request-id")
        return request_id

    @override
    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"

    def _needs_body(self, to: Optional[Type[Any]]) -> bool:
        """Whether parsing into ``to`` needs the whole body (streams and JSONL read it lazily)."""
        if self._is_sse_stream:
            return False
        target = get_origin(to or self._cast_to) or (to or self._cast_to)
        return not (isinstance(target, type) and issubclass(target, (JSONLDecoder, AsyncJSONLDecoder)))

    def _finish_parse(self, to: Optional[Type[Any]]) -> Any:
        key: object = to if to is not None else self._cast_to
        parsed = self._parsed.get(key, _UNSET)
        if parsed is not _UNSET:
            return parsed
        parsed = self._convert(to if to is not None else self._cast_to, custom=to is not None)
        if self._post_parse is not None and to is None:
            parsed = self._post_parse(parsed)
        if isinstance(parsed, BaseModel):
            parsed._request_id = self.request_id
        self._parsed[key] = parsed
        return parsed

    def _convert(self, target: Any, *, custom: bool) -> Any:
        response = self.http_response
        client = self._client
        origin = get_origin(target) or target
        if self._is_sse_stream:
            stream_cls = target if custom else self._stream_cls
            if stream_cls is None:
                raise MissingStreamClassError()
            if not is_stream_class_type(stream_cls):
                raise TypeError(
                    f"Expected a Stream or AsyncStream class to parse a streamed response into, got {stream_cls!r}"
                )
            stream_origin = get_origin(stream_cls) or stream_cls
            stream = stream_origin(cast_to=extract_stream_chunk_type(stream_cls), response=response, client=client)
            if not isinstance(self._stream_idle_timeout, NotGiven):
                stream.idle_timeout = self._stream_idle_timeout
            return stream
        if isinstance(origin, type) and issubclass(origin, (JSONLDecoder, AsyncJSONLDecoder)):
            args = get_args(target)
            line_type: Any = args[0] if args else object
            decoder_cls: Any = cast(Any, origin)
            if issubclass(origin, AsyncJSONLDecoder):
                return decoder_cls(raw_iterator=aiter_raw(response), line_type=line_type, http_response=response)
            return decoder_cls(raw_iterator=iter_raw(response), line_type=line_type, http_response=response)
        if target is NoneType or target is None:
            return None
        if origin is httpx.Response:
            return response
        if target is str:
            return response.text
        if target is bytes:
            return response.content
        if target in (int, float):
            return target(response.text)
        if target is bool:
            return response.text.strip().lower() == "true"
        strict = client._strict_response_validation
        content_type = response.headers.get("content-type", "*").split(";")[0].strip()
        if not content_type.endswith("json"):
            try:
                data = jiter.from_json(response.content)
            except ValueError:
                if strict:
                    raise APIResponseValidationError(
                        response,
                        response.text,
                        message=f"Expected a JSON response (Content-Type application/json) but got `{content_type}`.",
                    ) from None
                return response.text
            if target is object:
                return data
        elif target is object:
            return jiter.from_json(response.content)
        return validate_response(target, response.content, strict, response=response)


class APIResponse(BaseAPIResponse[R]):
    """The HTTP response of a call, with ``parse()`` for what the method normally returns."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    def parse(self) -> R: ...
    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """Decode the body into the method's return type (or into ``to``: a model, ``dict``, ``str``, ...)."""
        if self._needs_body(to):
            self.read()
        return cast("Union[R, _T]", self._finish_parse(to))

    def read(self) -> bytes:
        """The whole body (read once, then kept)."""
        try:
            return self.http_response.read()
        except (httpx.StreamConsumed, httpx.StreamClosed) as exc:
            raise StreamAlreadyConsumed() from exc
        except (httpx.StreamError, AnthropicError):
            raise
        except Exception as exc:
            raise transport_error(exc, self.http_request) from exc

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        return jiter.from_json(self.read())

    def close(self) -> None:
        """Release the connection (done for you when the body is fully read)."""
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks as it arrives (decompressed)."""
        return iter_raw(self.http_response, chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return guard_iterator(self.http_response.iter_text(chunk_size), self.http_request)

    def iter_lines(self) -> Iterator[str]:
        return guard_iterator(self.http_response.iter_lines(), self.http_request)


class AsyncAPIResponse(BaseAPIResponse[R]):
    """The async counterpart of :class:`APIResponse`."""

    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    async def parse(self) -> R: ...
    async def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        if self._needs_body(to):
            await self.read()
        return cast("Union[R, _T]", self._finish_parse(to))

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except (httpx.StreamConsumed, httpx.StreamClosed) as exc:
            raise StreamAlreadyConsumed() from exc
        except (httpx.StreamError, AnthropicError):
            raise
        except Exception as exc:
            raise transport_error(exc, self.http_request) from exc

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        return jiter.from_json(await self.read())

    async def close(self) -> None:
        await self.http_response.aclose()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return aiter_raw(self.http_response, chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        return aguard_iterator(self.http_response.aiter_text(chunk_size), self.http_request)

    def iter_lines(self) -> AsyncIterator[str]:
        return aguard_iterator(self.http_response.aiter_lines(), self.http_request)


class BinaryAPIResponse(APIResponse[bytes]):
    """A binary body (file downloads). Read it, or write it to a file."""

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Write the body to ``file`` (reading it all first unless streaming)."""
        with open(file, mode="wb") as out:
            for chunk in self.iter_bytes():
                out.write(chunk)

    def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        """Write the body to ``file`` chunk by chunk as it arrives (use with ``.with_streaming_response``)."""
        with open(file, mode="wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """The async counterpart of :class:`BinaryAPIResponse` (file writes do not block the event loop)."""

    async def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        async with await anyio.Path(os.fspath(file)).open(mode="wb") as out:
            async for chunk in self.iter_bytes():
                await out.write(chunk)

    async def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        async with await anyio.Path(os.fspath(file)).open(mode="wb") as out:
            async for chunk in self.iter_bytes(chunk_size):
                await out.write(chunk)


# Names used by code written against older releases.
StreamedBinaryAPIResponse = BinaryAPIResponse
AsyncStreamedBinaryAPIResponse = AsyncBinaryAPIResponse


@dataclass
class ResponseSpec:
    """What a call returns: ``cast_to`` decoded, a stream, or the response itself (raw / streaming views)."""

    cast_to: Any
    stream: bool = False
    stream_cls: Optional[Type[Any]] = None
    mode: str = "parse"  # "parse", "raw" (.with_raw_response) or "stream" (.with_streaming_response)
    post_parse: Optional[Callable[[Any], Any]] = None
    stream_idle_timeout: Union[float, None, NotGiven] = not_given

    @classmethod
    def of(
        cls, options: FinalRequestOptions, cast_to: Any, stream: bool = False, stream_cls: Optional[Type[Any]] = None
    ) -> ResponseSpec:
        mode = options.headers.get(RAW_RESPONSE_HEADER)
        return cls(
            cast_to,
            stream,
            stream_cls,
            mode if isinstance(mode, str) and mode in ("raw", "stream") else "parse",
            stream_idle_timeout=options.stream_idle_timeout,
        )

    @property
    def lazy_body(self) -> bool:
        """Whether the body is left unread after the headers arrive (streams, JSONL, streaming responses)."""
        if self.stream or self.mode == "stream":
            return True
        origin = get_origin(self.cast_to) or self.cast_to
        return isinstance(origin, type) and issubclass(origin, (JSONLDecoder, AsyncJSONLDecoder))

    @property
    def response_cls(self) -> Optional[Type[BaseAPIResponse[Any]]]:
        """``cast_to`` itself when it is a response class (``BinaryAPIResponse``)."""
        origin = get_origin(self.cast_to) or self.cast_to
        if isinstance(origin, type) and issubclass(origin, BaseAPIResponse):
            response_cls: Type[BaseAPIResponse[Any]] = cast(Any, origin)
            return response_cls
        return None


class ResponseContextManager(Generic[_ResponseT]):
    """Sends the request on ``__enter__`` and closes the response on ``__exit__``."""

    def __init__(self, request_func: Callable[[], _ResponseT]) -> None:
        self._request_func = request_func
        self._response: Optional[_ResponseT] = None

    def __enter__(self) -> _ResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncResponseT]):
    """Sends the request on ``__aenter__`` and closes the response on ``__aexit__``."""

    def __init__(self, api_request: Awaitable[_AsyncResponseT]) -> None:
        self._api_request = api_request
        self._response: Optional[_AsyncResponseT] = None

    async def __aenter__(self) -> _AsyncResponseT:
        self._response = await self._api_request
        return self._response

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _mark(kwargs: Dict[str, Any], mode: str) -> None:
    headers: Dict[str, Any] = dict(kwargs.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = mode
    kwargs["extra_headers"] = headers


@overload
def to_raw_response_wrapper(func: Callable[P, BinaryAPIResponse]) -> Callable[P, BinaryAPIResponse]: ...
@overload
def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]: ...
def to_raw_response_wrapper(func: Callable[P, Any]) -> Callable[P, Any]:
    """Wrap a bound API method so it returns the :class:`APIResponse` instead of the parsed value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Any:
        _mark(kwargs, "raw")
        return func(*args, **kwargs)

    return wrapped


@overload
def async_to_raw_response_wrapper(  # type: ignore[overload-overlap]
    func: Callable[P, Awaitable[AsyncBinaryAPIResponse]],
) -> Callable[P, Awaitable[AsyncBinaryAPIResponse]]: ...
@overload
def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]: ...
def async_to_raw_response_wrapper(func: Callable[P, Awaitable[Any]]) -> Callable[P, Awaitable[Any]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> Any:
        _mark(kwargs, "raw")
        return await func(*args, **kwargs)

    return wrapped


@overload
def to_streamed_response_wrapper(  # pyright: ignore[reportOverlappingOverload]
    func: Callable[P, BinaryAPIResponse],
) -> Callable[P, ResponseContextManager[BinaryAPIResponse]]: ...
@overload
def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]: ...
def to_streamed_response_wrapper(func: Callable[P, Any]) -> Callable[P, ResponseContextManager[Any]]:
    """Wrap a bound API method so it returns a context manager over the response, with a lazily read body."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[Any]:
        _mark(kwargs, "stream")
        return ResponseContextManager(functools.partial(func, *args, **kwargs))

    return wrapped


@overload
def async_to_streamed_response_wrapper(  # pyright: ignore[reportOverlappingOverload]
    func: Callable[P, Awaitable[AsyncBinaryAPIResponse]],
) -> Callable[P, AsyncResponseContextManager[AsyncBinaryAPIResponse]]: ...
@overload
def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]: ...
def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[Any]],
) -> Callable[P, AsyncResponseContextManager[Any]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[Any]:
        _mark(kwargs, "stream")
        return AsyncResponseContextManager(func(*args, **kwargs))

    return wrapped

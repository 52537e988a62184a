"""The API clients every generated (and platform) client subclasses.

One call goes through these steps; the shared ones live in other modules:

1. ``build_options`` (:mod:`._request`): the method's arguments plus the caller's overrides;
2. the ``_prepare_options`` hook (once per call), then the body is encoded once;
3. per attempt: ``_build_request`` (:mod:`._client_core`), the ``_prepare_request`` hook
   (e.g. request signing), sending, following redirects ourselves (credentials never
   cross origins) and the retry decision (:mod:`._retry`), sleeping with ``self._sleep``;
4. the response becomes the return value (:mod:`._response`): a model, a stream,
   or an ``APIResponse`` for ``.with_raw_response`` / ``.with_streaming_response``.

Only the send / sleep / read calls differ between :class:`SyncAPIClient` and
:class:`AsyncAPIClient`.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

import anyio
import httpx
import sniffio
from typing_extensions import Literal, Self, override

from ._client_core import AuthScheme, BaseClient, ClientConfig
from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._files import async_read_file, read_file
from ._http import (
    DefaultAioHttpClient,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    OwnedAsyncHttpxClient,
    OwnedHttpxClient,
    redirect_request,
    transport_error,
)
from ._logs import setup_logging
from ._request import EncodedBody, FinalRequestOptions, RequestOverrides, build_options, encode_body, file_inputs
from ._response import APIResponse, AsyncAPIResponse, ResponseSpec
from ._streaming import AsyncStream, Stream
from ._types import Body, Headers, NotGiven, Query, Timeout, not_given
from ._verbs import AsyncVerbs, SyncVerbs

if TYPE_CHECKING:
    # Performance: pagination (pydantic generic models, ~3 ms to import) is loaded by the first
    # list call, not by every client.
    from .pagination import AsyncPaginator, BaseAsyncPage, BaseSyncPage

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "AuthScheme",
    "BaseClient",
    "ClientConfig",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "FinalRequestOptions",
    "RequestOverrides",
    "SyncAPIClient",
]

setup_logging()

ResponseT = TypeVar("ResponseT")
_StreamT = TypeVar("_StreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])
# Performance: string bounds. Subscripting a pydantic generic model creates a class (~8 ms at import).
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


class SyncAPIClient(BaseClient[httpx.Client], SyncVerbs):
    _sleep: Callable[[float], None]

    def __init__(
        self,
        *,
        credentials: Optional[Mapping[str, Optional[str]]] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )
        self._sleep = time.sleep

    @override
    def _check_http_client(self, http_client: object) -> None:
        if not isinstance(http_client, httpx.Client):
            raise TypeError(f"`http_client` must be an httpx.Client, got {type(http_client).__name__}")

    @override
    def _make_http_client(self, timeout: Union[float, Timeout, None]) -> httpx.Client:
        return OwnedHttpxClient(timeout=timeout)

    @override
    def _adopt_injected(self, other: BaseClient[Any]) -> None:
        super()._adopt_injected(other)
        if isinstance(other, SyncAPIClient):
            self._sleep = other._sleep

    # ----------------------------------------------------------------- lifecycle

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        if hasattr(self, "_client"):
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        self.close()

    # ----------------------------------------------------------------- hooks

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Called once per call with a private copy of the options; may rewrite path, body or headers."""
        return options

    def _prepare_request(self, request: httpx.Request) -> None:
        """Called before every attempt with the final request (e.g. to sign it)."""
        return None

    # ----------------------------------------------------------------- requests

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: Literal[False] = False,
        stream_cls: Optional[Type[_StreamT]] = None,
        multipart: bool = False,
    ) -> ResponseT: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
        multipart: bool = False,
    ) -> _StreamT: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
        multipart: bool = False,
    ) -> Union[ResponseT, _StreamT]: ...
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
        multipart: bool = False,
    ) -> Union[ResponseT, _StreamT]:
        """Send one API request (with retries) and return the decoded response."""
        final = build_options(
            method, path, body=body, query=query, headers=headers, options=options, multipart=multipart
        )
        return cast(
            Union[ResponseT, _StreamT], self._request(final, ResponseSpec.of(final, cast_to, stream, stream_cls))
        )

    def request_page(
        self,
        path: str,
        *,
        page: Type[SyncPageT],
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        method: str = "get",
        body: Optional[Body] = None,
    ) -> SyncPageT:
        """Fetch the first page of a list endpoint; the page fetches the following ones."""
        final = build_options(method, path, body=body, query=query, headers=headers, options=options)
        return self._fetch_page(page, final)

    @override
    def _fetch_page(self, page: Type[SyncPageT], options: FinalRequestOptions) -> SyncPageT:
        call = ResponseSpec.of(options, page)
        call.post_parse = lambda parsed: cast(SyncPageT, parsed)._attach(self, options)
        return cast(SyncPageT, self._request(options, call))

    @override
    def _request(self, options: FinalRequestOptions, call: ResponseSpec) -> Any:
        # Performance: the private copy (the body included) is only for a `_prepare_options` override.
        if type(self)._prepare_options is SyncAPIClient._prepare_options:
            prepared = options
        else:
            prepared = self._prepare_options(options.copy())
        files = [read_file(name, value) for name, value in file_inputs(prepared)]
        body = encode_body(prepared, files)
        response, retries_taken = self._send(prepared, body, call.lazy_body)
        result = self._response_for(call, response, retries_taken, APIResponse)
        if call.mode != "parse" or call.response_cls is not None:
            return result
        return cast(APIResponse[Any], result).parse()

    def _send(self, options: FinalRequestOptions, body: EncodedBody, lazy: bool) -> Tuple[httpx.Response, int]:
        max_retries = options.get_max_retries(self.max_retries)
        retries_taken = 0
        while True:
            request = self._build_request(options, body, retries_taken)
            self._prepare_request(request)
            self._log_request(request, retries_taken)
            response: Optional[httpx.Response] = None
            try:
                response = self._send_following_redirects(request, options)
                if not lazy and response.status_code < 400:
                    response.read()
            except Exception as exc:
                if response is not None:
                    response.close()
                decision = self._retry_decision(exc, retries_taken, max_retries)
                if not decision.retry:
                    raise transport_error(exc, request) from exc
                self._log_retry(request, decision, max_retries - retries_taken)
                self._sleep(decision.delay)
                retries_taken += 1
                continue
            self._log_response(response)
            if response.status_code < 400:
                return response, retries_taken
            decision = self._retry_decision(response, retries_taken, max_retries)
            if decision.retry:
                response.close()
                self._log_retry(request, decision, max_retries - retries_taken)
                self._sleep(decision.delay)
                retries_taken += 1
                continue
            try:
                response.read()
            except Exception:
                response.close()
            raise self._make_status_error_from_response(response)

    def _send_following_redirects(self, request: httpx.Request, options: FinalRequestOptions) -> httpx.Response:
        response = self._client.send(request, stream=True, follow_redirects=False)
        if not self._follow_redirects(options):
            return response
        hops = 0
        while True:
            follow = redirect_request(request, response, self._credential_headers())
            if follow is None:
                return response
            response.read()
            response.close()
            hops += 1
            if hops > self._client.max_redirects:
                raise httpx.TooManyRedirects("Exceeded the maximum number of redirects", request=follow)
            request = follow
            response = self._client.send(request, stream=True, follow_redirects=False)


class AsyncAPIClient(BaseClient[httpx.AsyncClient], AsyncVerbs):
    _sleep: Callable[[float], Awaitable[None]]

    def __init__(
        self,
        *,
        credentials: Optional[Mapping[str, Optional[str]]] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )
        self._sleep = anyio.sleep

    @override
    def _check_http_client(self, http_client: object) -> None:
        if not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"`http_client` must be an httpx.AsyncClient, got {type(http_client).__name__}")

    @override
    def _make_http_client(self, timeout: Union[float, Timeout, None]) -> httpx.AsyncClient:
        return OwnedAsyncHttpxClient(timeout=timeout)

    @override
    def _adopt_injected(self, other: BaseClient[Any]) -> None:
        super()._adopt_injected(other)
        if isinstance(other, AsyncAPIClient):
            self._sleep = other._sleep

    @override
    def _async_header(self) -> str:
        try:
            return f"async:{sniffio.current_async_library()}"
        except sniffio.AsyncLibraryNotFoundError:
            return "false"

    # ----------------------------------------------------------------- lifecycle

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        if hasattr(self, "_client"):
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        await self.close()

    # ----------------------------------------------------------------- hooks

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Called once per call with a private copy of the options; may rewrite path, body or headers."""
        return options

    async def _prepare_request(self, request: httpx.Request) -> None:
        """Called before every attempt with the final request (e.g. to sign it)."""
        return None

    # ----------------------------------------------------------------- requests

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: Literal[False] = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
        multipart: bool = False,
    ) -> ResponseT: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
        multipart: bool = False,
    ) -> _AsyncStreamT: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
        multipart: bool = False,
    ) -> Union[ResponseT, _AsyncStreamT]: ...
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
        multipart: bool = False,
    ) -> Union[ResponseT, _AsyncStreamT]:
        """Send one API request (with retries) and return the decoded response."""
        final = build_options(
            method, path, body=body, query=query, headers=headers, options=options, multipart=multipart
        )
        return cast(
            Union[ResponseT, _AsyncStreamT],
            await self._request(final, ResponseSpec.of(final, cast_to, stream, stream_cls)),
        )

    def request_page(
        self,
        path: str,
        *,
        page: Type[AsyncPageT],
        query: Optional[Query] = None,
        headers: Optional[Headers] = None,
        options: Optional[RequestOverrides] = None,
        method: str = "get",
        body: Optional[Body] = None,
    ) -> AsyncPaginator[Any, AsyncPageT]:
        """A paginator: ``await`` it for the first page, ``async for`` over it for every item."""
        from .pagination import AsyncPaginator  # Performance: see the TYPE_CHECKING import

        final = build_options(method, path, body=body, query=query, headers=headers, options=options)
        return AsyncPaginator(self, page, final)

    @override
    async def _fetch_page(self, page: Type[AsyncPageT], options: FinalRequestOptions) -> AsyncPageT:
        call = ResponseSpec.of(options, page)
        call.post_parse = lambda parsed: cast(AsyncPageT, parsed)._attach(self, options)
        return cast(AsyncPageT, await self._request(options, call))

    @override
    async def _request(self, options: FinalRequestOptions, call: ResponseSpec) -> Any:
        # Performance: the private copy (the body included) is only for a `_prepare_options` override.
        if type(self)._prepare_options is AsyncAPIClient._prepare_options:
            prepared = options
        else:
            prepared = await self._prepare_options(options.copy())
        files = [await async_read_file(name, value) for name, value in file_inputs(prepared)]
        body = encode_body(prepared, files)
        response, retries_taken = await self._send(prepared, body, call.lazy_body)
        # `.with_raw_response` has read the body already, so its `parse()` is synchronous, as upstream.
        result = self._response_for(
            call, response, retries_taken, APIResponse if call.mode == "raw" else AsyncAPIResponse
        )
        if call.mode != "parse" or call.response_cls is not None:
            return result
        return await cast(AsyncAPIResponse[Any], result).parse()

    async def _send(self, options: FinalRequestOptions, body: EncodedBody, lazy: bool) -> Tuple[httpx.Response, int]:
        max_retries = options.get_max_retries(self.max_retries)
        retries_taken = 0
        while True:
            request = self._build_request(options, body, retries_taken)
            await self._prepare_request(request)
            self._log_request(request, retries_taken)
            response: Optional[httpx.Response] = None
            try:
                response = await self._send_following_redirects(request, options)
                if not lazy and response.status_code < 400:
                    await response.aread()
            except Exception as exc:
                if response is not None:
                    await response.aclose()
                decision = self._retry_decision(exc, retries_taken, max_retries)
                if not decision.retry:
                    raise transport_error(exc, request) from exc
                self._log_retry(request, decision, max_retries - retries_taken)
                await self._sleep(decision.delay)
                retries_taken += 1
                continue
            self._log_response(response)
            if response.status_code < 400:
                return response, retries_taken
            decision = self._retry_decision(response, retries_taken, max_retries)
            if decision.retry:
                await response.aclose()
                self._log_retry(request, decision, max_retries - retries_taken)
                await self._sleep(decision.delay)
                retries_taken += 1
                continue
            try:
                await response.aread()
            except Exception:
                await response.aclose()
            raise self._make_status_error_from_response(response)

    async def _send_following_redirects(self, request: httpx.Request, options: FinalRequestOptions) -> httpx.Response:
        response = await self._client.send(request, stream=True, follow_redirects=False)
        if not self._follow_redirects(options):
            return response
        hops = 0
        while True:
            follow = redirect_request(request, response, self._credential_headers())
            if follow is None:
                return response
            await response.aread()
            await response.aclose()
            hops += 1
            if hops > self._client.max_redirects:
                raise httpx.TooManyRedirects("Exceeded the maximum number of redirects", request=follow)
            request = follow
            response = await self._client.send(request, stream=True, follow_redirects=False)

"""``client.get/post/patch/put/delete/get_api_list``: requests to endpoints the SDK has no method for.

    client.post("/v1/some/new/endpoint", cast_to=httpx.Response, body={"my_param": True})

``options`` is a :class:`RequestOptions` dict (``headers``, ``params``,
``timeout``, ``max_retries``, ``extra_json``...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Type, TypeVar, cast

from ._request import FinalRequestOptions, RequestOverrides, build_options
from ._response import ResponseSpec
from ._streaming import AsyncStream, Stream
from ._types import Body, RequestFiles, RequestOptions, not_given

if TYPE_CHECKING:
    from .pagination import AsyncPaginator, BaseAsyncPage, BaseSyncPage  # Performance: loaded by the first list call

__all__ = ["AsyncVerbs", "SyncVerbs"]

ResponseT = TypeVar("ResponseT")
_StreamT = TypeVar("_StreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])
# Performance: string bounds. Subscripting a pydantic generic model creates a class (~8 ms at import).
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


def _options(
    method: str,
    path: str,
    options: RequestOptions,
    body: Optional[Body] = None,
    content: Optional[bytes] = None,
    files: Optional[RequestFiles] = None,
) -> FinalRequestOptions:
    """Options for the low-level ``get/post/...`` helpers (``RequestOptions`` dicts)."""
    final = build_options(
        method,
        path,
        body=body,
        query=options.get("params"),
        headers=None,
        options=RequestOverrides(
            extra_headers=options.get("headers"),
            extra_body=options.get("extra_json"),
            timeout=options.get("timeout", not_given),
            max_retries=options.get("max_retries", not_given),
            follow_redirects=options.get("follow_redirects"),
            stream_idle_timeout=options.get("stream_idle_timeout", not_given),
        ),
    )
    if content is not None:
        final.content = content
    if files is not None:
        final.multipart = True
        final.files = list(files.items()) if isinstance(files, Mapping) else list(files)
    return final


class SyncVerbs:
    """Mixed into :class:`SyncAPIClient`."""

    if TYPE_CHECKING:

        def _request(self, options: FinalRequestOptions, call: ResponseSpec) -> Any: ...

        def _fetch_page(self, page: Type[SyncPageT], options: FinalRequestOptions) -> SyncPageT: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT:
        """``GET path`` decoded into ``cast_to`` (``httpx.Response`` for the raw response)."""
        final = _options("get", path, options)
        return cast(ResponseT, self._request(final, ResponseSpec.of(final, cast_to, stream, stream_cls)))

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        options: RequestOptions = {},  # noqa: B006
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT:
        final = _options("post", path, options, body, content, files)
        return cast(ResponseT, self._request(final, ResponseSpec.of(final, cast_to, stream, stream_cls)))

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        final = _options("patch", path, options, body, content, files)
        return cast(ResponseT, self._request(final, ResponseSpec.of(final, cast_to)))

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        final = _options("put", path, options, body, content, files)
        return cast(ResponseT, self._request(final, ResponseSpec.of(final, cast_to)))

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        final = _options("delete", path, options, body, content)
        return cast(ResponseT, self._request(final, ResponseSpec.of(final, cast_to)))

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
        method: str = "get",
    ) -> SyncPageT:
        return self._fetch_page(page, _options(method, path, options, body))


class AsyncVerbs:
    """Mixed into :class:`AsyncAPIClient`."""

    if TYPE_CHECKING:

        async def _request(self, options: FinalRequestOptions, call: ResponseSpec) -> Any: ...

        async def _fetch_page(self, page: Type[AsyncPageT], options: FinalRequestOptions) -> AsyncPageT: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT:
        final = _options("get", path, options)
        return cast(ResponseT, await self._request(final, ResponseSpec.of(final, cast_to, stream, stream_cls)))

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        options: RequestOptions = {},  # noqa: B006
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT:
        final = _options("post", path, options, body, content, files)
        return cast(ResponseT, await self._request(final, ResponseSpec.of(final, cast_to, stream, stream_cls)))

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        final = _options("patch", path, options, body, content, files)
        return cast(ResponseT, await self._request(final, ResponseSpec.of(final, cast_to)))

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        final = _options("put", path, options, body, content, files)
        return cast(ResponseT, await self._request(final, ResponseSpec.of(final, cast_to)))

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[bytes] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        final = _options("delete", path, options, body, content)
        return cast(ResponseT, await self._request(final, ResponseSpec.of(final, cast_to)))

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[AsyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
        method: str = "get",
    ) -> AsyncPaginator[Any, AsyncPageT]:
        from .pagination import AsyncPaginator  # Performance: see the TYPE_CHECKING import

        return AsyncPaginator(cast(Any, self), page, _options(method, path, options, body))

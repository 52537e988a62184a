"""List endpoints: pages that know how to fetch the next page.

``for item in client.models.list()`` walks every page; ``page.iter_pages()``
walks pages; ``has_next_page()`` / ``get_next_page()`` step by hand. The async
client's list methods return an :class:`AsyncPaginator`: ``await`` it for the
first page or ``async for`` over it for every item.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Type,
    TypeVar,
    Union,
    overload,
)

import httpx
from pydantic import PrivateAttr
from typing_extensions import Self, override

from ._constants import RAW_RESPONSE_HEADER
from ._models import BaseModel
from ._request import FinalRequestOptions, merge_body
from ._types import Body, NotGiven, Query, not_given

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncPage",
    "AsyncPageCursor",
    "AsyncPaginator",
    "BaseAsyncPage",
    "BasePage",
    "BaseSyncPage",
    "PageInfo",
    "SyncPage",
    "SyncPageCursor",
]

_T = TypeVar("_T")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


class PageInfo:
    """How to ask for the next page: extra query parameters, a full URL, or body fields."""

    url: Union[httpx.URL, NotGiven]
    params: Union[Query, NotGiven]
    json: Union[Body, NotGiven]

    @overload
    def __init__(self, *, url: httpx.URL) -> None: ...
    @overload
    def __init__(self, *, params: Query) -> None: ...
    @overload
    def __init__(self, *, json: Body) -> None: ...
    def __init__(
        self,
        *,
        url: Union[httpx.URL, NotGiven] = not_given,
        json: Union[Body, NotGiven] = not_given,
        params: Union[Query, NotGiven] = not_given,
    ) -> None:
        self.url = url
        self.json = json
        self.params = params

    @override
    def __repr__(self) -> str:
        if not isinstance(self.url, NotGiven):
            return f"PageInfo(url={self.url})"
        if not isinstance(self.json, NotGiven):
            return f"PageInfo(json={self.json!r})"
        return f"PageInfo(params={self.params!r})"


class BasePage(BaseModel, Generic[_T]):
    """What every page type provides; subclasses say where the items and the cursor are."""

    _options: Optional[FinalRequestOptions] = PrivateAttr(default=None)

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError

    def next_page_info(self) -> Optional[PageInfo]:
        raise NotImplementedError

    def has_next_page(self) -> bool:
        if not self._get_page_items():
            return False
        return self.next_page_info() is not None

    def _request_params(self) -> Query:
        return self._options.params if self._options is not None else {}

    def _next_options(self) -> FinalRequestOptions:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError("There is no next page: check `has_next_page()` before calling `get_next_page()`.")
        if self._options is None:
            raise RuntimeError("This page was not fetched by a client, so it cannot fetch the next one.")
        options = self._options.copy()
        options.headers.pop(RAW_RESPONSE_HEADER, None)
        if not isinstance(info.params, NotGiven):
            options.params.update(info.params)
        elif not isinstance(info.url, NotGiven):
            options.url = str(info.url.copy_with(query=None))
            options.params.update(dict(info.url.params))
        elif not isinstance(info.json, NotGiven):
            options.json_data = merge_body(options.json_data, info.json)
        return options


class BaseSyncPage(BasePage[_T], Generic[_T]):
    _client: Optional[SyncAPIClient] = PrivateAttr(default=None)

    def _attach(self, client: SyncAPIClient, options: FinalRequestOptions) -> Self:
        self._client = client
        self._options = options
        return self

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        """Every item, on this page and the ones after it."""
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self) -> Self:
        options = self._next_options()
        if self._client is None:
            raise RuntimeError("This page was not fetched by a client, so it cannot fetch the next one.")
        return self._client._fetch_page(type(self), options)


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    _client: Optional[AsyncAPIClient] = PrivateAttr(default=None)

    def _attach(self, client: AsyncAPIClient, options: FinalRequestOptions) -> Self:
        self._client = client
        self._options = options
        return self

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self) -> Self:
        options = self._next_options()
        if self._client is None:
            raise RuntimeError("This page was not fetched by a client, so it cannot fetch the next one.")
        return await self._client._fetch_page(type(self), options)


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """``await`` it for the first page, or ``async for`` over it for every item of every page."""

    def __init__(self, client: AsyncAPIClient, page_cls: Type[AsyncPageT], options: FinalRequestOptions) -> None:
        self._client = client
        self._page_cls = page_cls
        self._options = options

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._client._fetch_page(self._page_cls, self._options).__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item


def _after_id_cursor(page: BasePage[Any], first_id: Optional[str], last_id: Optional[str]) -> Optional[PageInfo]:
    if page._request_params().get("before_id"):
        return PageInfo(params={"before_id": first_id}) if first_id else None
    return PageInfo(params={"after_id": last_id}) if last_id else None


class SyncPage(BaseSyncPage[_T], Generic[_T]):
    """A page of ``data`` with ``first_id`` / ``last_id`` cursors (``before_id`` pages go backwards)."""

    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data or []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return _after_id_cursor(self, self.first_id, self.last_id)


class AsyncPage(BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data or []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return _after_id_cursor(self, self.first_id, self.last_id)


class SyncPageCursor(BaseSyncPage[_T], Generic[_T]):
    """A page of ``data`` with an opaque ``next_page`` token, sent back as ``page``."""

    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data or []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"page": self.next_page}) if self.next_page else None


class AsyncPageCursor(BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data or []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"page": self.next_page}) if self.next_page else None

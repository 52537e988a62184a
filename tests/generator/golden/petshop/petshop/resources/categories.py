# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._request import RequestOverrides, path_template
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import Body, Headers, NotGiven, Query, not_given

if TYPE_CHECKING:
    from ..types.category import Category

__all__ = ["Categories", "AsyncCategories"]


class Categories(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CategoriesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return CategoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CategoriesWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return CategoriesWithStreamingResponse(self)

    def retrieve(
        self,
        category_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Category:
        """Get a category with its subtree."""
        from ..types.category import Category

        return self._client.request(
            "get",
            path_template("/v1/categories/{category_id}", category_id=category_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Category,
        )


class AsyncCategories(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCategoriesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncCategoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCategoriesWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncCategoriesWithStreamingResponse(self)

    async def retrieve(
        self,
        category_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Category:
        """Get a category with its subtree."""
        from ..types.category import Category

        return await self._client.request(
            "get",
            path_template("/v1/categories/{category_id}", category_id=category_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Category,
        )


class CategoriesWithRawResponse:
    def __init__(self, categories: Categories) -> None:
        self._categories = categories
        self.retrieve = to_raw_response_wrapper(categories.retrieve)


class AsyncCategoriesWithRawResponse:
    def __init__(self, categories: AsyncCategories) -> None:
        self._categories = categories
        self.retrieve = async_to_raw_response_wrapper(categories.retrieve)


class CategoriesWithStreamingResponse:
    def __init__(self, categories: Categories) -> None:
        self._categories = categories
        self.retrieve = to_streamed_response_wrapper(categories.retrieve)


class AsyncCategoriesWithStreamingResponse:
    def __init__(self, categories: AsyncCategories) -> None:
        self._categories = categories
        self.retrieve = async_to_streamed_response_wrapper(categories.retrieve)

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List

import httpx

from .._request import RequestOverrides, beta_header, path_template
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ..types.anthropic_beta_param import AnthropicBetaParam
    from ..types.model_info import ModelInfo

__all__ = ["Models", "AsyncModels"]


class Models(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return ModelsWithStreamingResponse(self)

    def retrieve(
        self,
        model_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ModelInfo:
        """Look up one model by id or alias."""
        from ..types.model_info import ModelInfo

        return self._client.request(
            "get",
            path_template("/v1/models/{model_id}", model_id=model_id),
            headers={
                **beta_header(betas, fixed=()),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ModelInfo,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[ModelInfo]:
        """List the models available to the caller, newest first."""
        from ..types.model_info import ModelInfo

        return self._client.request_page(
            "/v1/models",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            headers={
                **beta_header(betas, fixed=()),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[ModelInfo],
        )


class AsyncModels(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncModelsWithStreamingResponse(self)

    async def retrieve(
        self,
        model_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ModelInfo:
        """Look up one model by id or alias."""
        from ..types.model_info import ModelInfo

        return await self._client.request(
            "get",
            path_template("/v1/models/{model_id}", model_id=model_id),
            headers={
                **beta_header(betas, fixed=()),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ModelInfo,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ModelInfo, AsyncPage[ModelInfo]]:
        """List the models available to the caller, newest first."""
        from ..types.model_info import ModelInfo

        return self._client.request_page(
            "/v1/models",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            headers={
                **beta_header(betas, fixed=()),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[ModelInfo],
        )


class ModelsWithRawResponse:
    def __init__(self, models: Models) -> None:
        self._models = models
        self.retrieve = to_raw_response_wrapper(models.retrieve)
        self.list = to_raw_response_wrapper(models.list)


class AsyncModelsWithRawResponse:
    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.retrieve = async_to_raw_response_wrapper(models.retrieve)
        self.list = async_to_raw_response_wrapper(models.list)


class ModelsWithStreamingResponse:
    def __init__(self, models: Models) -> None:
        self._models = models
        self.retrieve = to_streamed_response_wrapper(models.retrieve)
        self.list = to_streamed_response_wrapper(models.list)


class AsyncModelsWithStreamingResponse:
    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.retrieve = async_to_streamed_response_wrapper(models.retrieve)
        self.list = async_to_streamed_response_wrapper(models.list)

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Iterable, List, Optional

import httpx

from ...._request import RequestOverrides, beta_header, path_template
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, FileTypes, Headers, NotGiven, Omit, Query, not_given, omit
from ....pagination import AsyncPageCursor, AsyncPaginator, SyncPageCursor

if TYPE_CHECKING:
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.skill_create_response import SkillCreateResponse
    from ....types.beta.skill_delete_response import SkillDeleteResponse
    from ....types.beta.skill_list_response import SkillListResponse
    from ....types.beta.skill_retrieve_response import SkillRetrieveResponse
    from .versions import (
        AsyncVersions,
        AsyncVersionsWithRawResponse,
        AsyncVersionsWithStreamingResponse,
        Versions,
        VersionsWithRawResponse,
        VersionsWithStreamingResponse,
    )

__all__ = ["Skills", "AsyncSkills"]


class Skills(SyncAPIResource):
    @cached_property
    def versions(self) -> Versions:
        from .versions import Versions

        return Versions(self._client)

    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return SkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return SkillsWithStreamingResponse(self)

    def create(
        self,
        *,
        display_title: Optional[str] | Omit = omit,
        files: Optional[Iterable[FileTypes]] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillCreateResponse:
        """Create a skill from uploaded files

        Args:
          display_title: Label for people; the model never sees it.
          files: The skill's files, all under one top-level directory that holds a SKILL.md."""
        from ....types.beta.skill_create_response import SkillCreateResponse

        return self._client.request(
            "post",
            "/v1/skills?beta=true",
            body={
                "display_title": display_title,
                "files": files,
            },
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillCreateResponse,
            multipart=True,
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillRetrieveResponse:
        """Get one skill"""
        from ....types.beta.skill_retrieve_response import SkillRetrieveResponse

        return self._client.request(
            "get",
            path_template("/v1/skills/{skill_id}?beta=true", skill_id=skill_id),
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillRetrieveResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        page: Optional[str] | Omit = omit,
        source: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPageCursor[SkillListResponse]:
        """List skills

        Args:
          source: Only skills of this source, e.g. "custom" or "anthropic"."""
        from ....types.beta.skill_list_response import SkillListResponse

        return self._client.request_page(
            "/v1/skills?beta=true",
            query={
                "page": page,
                "limit": limit,
                "source": source,
            },
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPageCursor[SkillListResponse],
        )

    def delete(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillDeleteResponse:
        """Delete a skill"""
        from ....types.beta.skill_delete_response import SkillDeleteResponse

        return self._client.request(
            "delete",
            path_template("/v1/skills/{skill_id}?beta=true", skill_id=skill_id),
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillDeleteResponse,
        )


class AsyncSkills(AsyncAPIResource):
    @cached_property
    def versions(self) -> AsyncVersions:
        from .versions import AsyncVersions

        return AsyncVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSkillsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncSkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncSkillsWithStreamingResponse(self)

    async def create(
        self,
        *,
        display_title: Optional[str] | Omit = omit,
        files: Optional[Iterable[FileTypes]] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillCreateResponse:
        """Create a skill from uploaded files

        Args:
          display_title: Label for people; the model never sees it.
          files: The skill's files, all under one top-level directory that holds a SKILL.md."""
        from ....types.beta.skill_create_response import SkillCreateResponse

        return await self._client.request(
            "post",
            "/v1/skills?beta=true",
            body={
                "display_title": display_title,
                "files": files,
            },
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillCreateResponse,
            multipart=True,
        )

    async def retrieve(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillRetrieveResponse:
        """Get one skill"""
        from ....types.beta.skill_retrieve_response import SkillRetrieveResponse

        return await self._client.request(
            "get",
            path_template("/v1/skills/{skill_id}?beta=true", skill_id=skill_id),
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillRetrieveResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        page: Optional[str] | Omit = omit,
        source: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[SkillListResponse, AsyncPageCursor[SkillListResponse]]:
        """List skills

        Args:
          source: Only skills of this source, e.g. "custom" or "anthropic"."""
        from ....types.beta.skill_list_response import SkillListResponse

        return self._client.request_page(
            "/v1/skills?beta=true",
            query={
                "page": page,
                "limit": limit,
                "source": source,
            },
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPageCursor[SkillListResponse],
        )

    async def delete(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillDeleteResponse:
        """Delete a skill"""
        from ....types.beta.skill_delete_response import SkillDeleteResponse

        return await self._client.request(
            "delete",
            path_template("/v1/skills/{skill_id}?beta=true", skill_id=skill_id),
            headers={
                **beta_header(betas, fixed=("skills-2025-10-02",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillDeleteResponse,
        )


class SkillsWithRawResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_raw_response_wrapper(skills.create)
        self.retrieve = to_raw_response_wrapper(skills.retrieve)
        self.list = to_raw_response_wrapper(skills.list)
        self.delete = to_raw_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> VersionsWithRawResponse:
        from .versions import VersionsWithRawResponse

        return VersionsWithRawResponse(self._skills.versions)


class AsyncSkillsWithRawResponse:
    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_raw_response_wrapper(skills.create)
        self.retrieve = async_to_raw_response_wrapper(skills.retrieve)
        self.list = async_to_raw_response_wrapper(skills.list)
        self.delete = async_to_raw_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> AsyncVersionsWithRawResponse:
        from .versions import AsyncVersionsWithRawResponse

        return AsyncVersionsWithRawResponse(self._skills.versions)


class SkillsWithStreamingResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_streamed_response_wrapper(skills.create)
        self.retrieve = to_streamed_response_wrapper(skills.retrieve)
        self.list = to_streamed_response_wrapper(skills.list)
        self.delete = to_streamed_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> VersionsWithStreamingResponse:
        from .versions import VersionsWithStreamingResponse

        return VersionsWithStreamingResponse(self._skills.versions)


class AsyncSkillsWithStreamingResponse:
    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_streamed_response_wrapper(skills.create)
        self.retrieve = async_to_streamed_response_wrapper(skills.retrieve)
        self.list = async_to_streamed_response_wrapper(skills.list)
        self.delete = async_to_streamed_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> AsyncVersionsWithStreamingResponse:
        from .versions import AsyncVersionsWithStreamingResponse

        return AsyncVersionsWithStreamingResponse(self._skills.versions)

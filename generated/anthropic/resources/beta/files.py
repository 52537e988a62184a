# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List

import httpx

from ..._request import RequestOverrides, beta_header, path_template
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    AsyncBinaryAPIResponse,
    BinaryAPIResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, FileTypes, Headers, NotGiven, Omit, Query, not_given, omit
from ...pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ...types.anthropic_beta_param import AnthropicBetaParam
    from ...types.beta.deleted_file import DeletedFile
    from ...types.beta.file_metadata import FileMetadata

__all__ = ["Files", "AsyncFiles"]


class Files(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return FilesWithStreamingResponse(self)

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
    ) -> SyncPage[FileMetadata]:
        """List uploaded files"""
        from ...types.beta.file_metadata import FileMetadata

        return self._client.request_page(
            "/v1/files?beta=true",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[FileMetadata],
        )

    def delete(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedFile:
        """Delete a file"""
        from ...types.beta.deleted_file import DeletedFile

        return self._client.request(
            "delete",
            path_template("/v1/files/{file_id}?beta=true", file_id=file_id),
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedFile,
        )

    def download(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BinaryAPIResponse:
        """Download the raw bytes of a file"""
        return self._client.request(
            "get",
            path_template("/v1/files/{file_id}/content?beta=true", file_id=file_id),
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
                "Accept": "application/octet-stream",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BinaryAPIResponse,
        )

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """Get the metadata of one file"""
        from ...types.beta.file_metadata import FileMetadata

        return self._client.request(
            "get",
            path_template("/v1/files/{file_id}?beta=true", file_id=file_id),
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileMetadata,
        )

    def upload(
        self,
        *,
        file: FileTypes,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """Upload a file"""
        from ...types.beta.file_metadata import FileMetadata

        return self._client.request(
            "post",
            "/v1/files?beta=true",
            body={
                "file": file,
            },
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileMetadata,
            multipart=True,
        )


class AsyncFiles(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncFilesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[FileMetadata, AsyncPage[FileMetadata]]:
        """List uploaded files"""
        from ...types.beta.file_metadata import FileMetadata

        return self._client.request_page(
            "/v1/files?beta=true",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            },
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[FileMetadata],
        )

    async def delete(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedFile:
        """Delete a file"""
        from ...types.beta.deleted_file import DeletedFile

        return await self._client.request(
            "delete",
            path_template("/v1/files/{file_id}?beta=true", file_id=file_id),
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedFile,
        )

    async def download(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncBinaryAPIResponse:
        """Download the raw bytes of a file"""
        return await self._client.request(
            "get",
            path_template("/v1/files/{file_id}/content?beta=true", file_id=file_id),
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
                "Accept": "application/octet-stream",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AsyncBinaryAPIResponse,
        )

    async def retrieve_metadata(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """Get the metadata of one file"""
        from ...types.beta.file_metadata import FileMetadata

        return await self._client.request(
            "get",
            path_template("/v1/files/{file_id}?beta=true", file_id=file_id),
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileMetadata,
        )

    async def upload(
        self,
        *,
        file: FileTypes,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """Upload a file"""
        from ...types.beta.file_metadata import FileMetadata

        return await self._client.request(
            "post",
            "/v1/files?beta=true",
            body={
                "file": file,
            },
            headers={
                **beta_header(betas, fixed=("files-api-2025-04-14",)),
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileMetadata,
            multipart=True,
        )


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_raw_response_wrapper(files.list)
        self.delete = to_raw_response_wrapper(files.delete)
        self.download = to_raw_response_wrapper(files.download)
        self.retrieve_metadata = to_raw_response_wrapper(files.retrieve_metadata)
        self.upload = to_raw_response_wrapper(files.upload)


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_raw_response_wrapper(files.list)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.download = async_to_raw_response_wrapper(files.download)
        self.retrieve_metadata = async_to_raw_response_wrapper(files.retrieve_metadata)
        self.upload = async_to_raw_response_wrapper(files.upload)


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_streamed_response_wrapper(files.list)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.download = to_streamed_response_wrapper(files.download)
        self.retrieve_metadata = to_streamed_response_wrapper(files.retrieve_metadata)
        self.upload = to_streamed_response_wrapper(files.upload)


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_streamed_response_wrapper(files.list)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.download = async_to_streamed_response_wrapper(files.download)
        self.retrieve_metadata = async_to_streamed_response_wrapper(files.retrieve_metadata)
        self.upload = async_to_streamed_response_wrapper(files.upload)

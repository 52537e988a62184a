# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ..._request import RequestOverrides, path_template
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

if TYPE_CHECKING:
    from ...types.pets.photo import Photo

__all__ = ["Photos", "AsyncPhotos"]


class Photos(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PhotosWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return PhotosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PhotosWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return PhotosWithStreamingResponse(self)

    def upload(
        self,
        pet_id: str,
        *,
        file: FileTypes,
        caption: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Photo:
        """Upload a photo of a pet.

        Args:
          file: The image to upload."""
        from ...types.pets.photo import Photo

        return self._client.request(
            "post",
            path_template("/v1/pets/{pet_id}/photos", pet_id=pet_id),
            body={
                "file": file,
                "caption": caption,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Photo,
            multipart=True,
        )

    def download(
        self,
        photo_id: str,
        *,
        pet_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BinaryAPIResponse:
        """Download the bytes of a photo."""
        return self._client.request(
            "get",
            path_template("/v1/pets/{pet_id}/photos/{photo_id}/content", pet_id=pet_id, photo_id=photo_id),
            headers={
                "Accept": "application/octet-stream",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BinaryAPIResponse,
        )


class AsyncPhotos(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPhotosWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncPhotosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPhotosWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncPhotosWithStreamingResponse(self)

    async def upload(
        self,
        pet_id: str,
        *,
        file: FileTypes,
        caption: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Photo:
        """Upload a photo of a pet.

        Args:
          file: The image to upload."""
        from ...types.pets.photo import Photo

        return await self._client.request(
            "post",
            path_template("/v1/pets/{pet_id}/photos", pet_id=pet_id),
            body={
                "file": file,
                "caption": caption,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Photo,
            multipart=True,
        )

    async def download(
        self,
        photo_id: str,
        *,
        pet_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncBinaryAPIResponse:
        """Download the bytes of a photo."""
        return await self._client.request(
            "get",
            path_template("/v1/pets/{pet_id}/photos/{photo_id}/content", pet_id=pet_id, photo_id=photo_id),
            headers={
                "Accept": "application/octet-stream",
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AsyncBinaryAPIResponse,
        )


class PhotosWithRawResponse:
    def __init__(self, photos: Photos) -> None:
        self._photos = photos
        self.upload = to_raw_response_wrapper(photos.upload)
        self.download = to_raw_response_wrapper(photos.download)


class AsyncPhotosWithRawResponse:
    def __init__(self, photos: AsyncPhotos) -> None:
        self._photos = photos
        self.upload = async_to_raw_response_wrapper(photos.upload)
        self.download = async_to_raw_response_wrapper(photos.download)


class PhotosWithStreamingResponse:
    def __init__(self, photos: Photos) -> None:
        self._photos = photos
        self.upload = to_streamed_response_wrapper(photos.upload)
        self.download = to_streamed_response_wrapper(photos.download)


class AsyncPhotosWithStreamingResponse:
    def __init__(self, photos: AsyncPhotos) -> None:
        self._photos = photos
        self.upload = async_to_streamed_response_wrapper(photos.upload)
        self.download = async_to_streamed_response_wrapper(photos.download)

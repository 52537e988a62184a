# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Optional, overload

import httpx
from typing_extensions import Literal

from ..._request import RequestOverrides, path_template
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._streaming import AsyncStream, Stream
from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ...pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ...types.deleted_pet import DeletedPet
    from ...types.feed_event import FeedEvent
    from ...types.meal import Meal
    from ...types.pet import Pet
    from ...types.pet_details_param import PetDetailsParam
    from ...types.species_param import SpeciesParam
    from .photos import (
        AsyncPhotos,
        AsyncPhotosWithRawResponse,
        AsyncPhotosWithStreamingResponse,
        Photos,
        PhotosWithRawResponse,
        PhotosWithStreamingResponse,
    )

__all__ = ["Pets", "AsyncPets"]


class Pets(SyncAPIResource):
    @cached_property
    def photos(self) -> Photos:
        from .photos import Photos

        return Photos(self._client)

    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return PetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return PetsWithStreamingResponse(self)

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        species: SpeciesParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[Pet]:
        """List pets, newest first.

        Args:
          after_id: Cursor; return the page after this pet.
          before_id: Cursor; return the page before this pet.
          limit: Items per page (1 to 100).
          species: Only pets of this species."""
        from ...types.pet import Pet

        return self._client.request_page(
            "/v1/pets",
            query={
                "after_id": after_id,
                "before_id": before_id,
                "limit": limit,
                "species": species,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[Pet],
        )

    def create(
        self,
        *,
        details: PetDetailsParam,
        name: str,
        species: SpeciesParam,
        nickname: Optional[str] | Omit = omit,
        owner_id: Optional[str] | Omit = omit,
        tags: SequenceNotStr[str] | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """Register a pet.

        Args:
          idempotency_key: Makes a retried request safe."""
        from ...types.pet import Pet

        return self._client.request(
            "post",
            "/v1/pets",
            body={
                "name": name,
                "species": species,
                "nickname": nickname,
                "tags": tags,
                "details": details,
                "owner_id": owner_id,
            },
            headers={
                "idempotency-key": idempotency_key,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Pet,
        )

    def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """Get one pet.

        Args:
          pet_id: The pet's id."""
        from ...types.pet import Pet

        return self._client.request(
            "get",
            path_template("/v1/pets/{pet_id}", pet_id=pet_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Pet,
        )

    def delete(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedPet:
        """Remove a pet.

        Args:
          pet_id: The pet's id."""
        from ...types.deleted_pet import DeletedPet

        return self._client.request(
            "delete",
            path_template("/v1/pets/{pet_id}", pet_id=pet_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedPet,
        )

    @overload
    def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: Literal[False] | Omit = omit,
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Meal: ...

    @overload
    def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: Literal[True],
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[FeedEvent]: ...

    @overload
    def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: bool,
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Meal | Stream[FeedEvent]: ...

    def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: Literal[False] | Literal[True] | Omit = omit,
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Meal | Stream[FeedEvent]:
        """Feed a pet; with `stream` the meal is reported bite by bite."""
        from ...types.meal import Meal

        stream_cls = None
        if stream:
            from ...types.feed_event import FeedEvent

            stream_cls = Stream[FeedEvent]
        return self._client.request(
            "post",
            path_template("/v1/pets/{pet_id}/feed", pet_id=pet_id),
            body={
                "food": food,
                "grams": grams,
                "stream": stream,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Meal,
            stream=stream or False,
            stream_cls=stream_cls,
        )


class AsyncPets(AsyncAPIResource):
    @cached_property
    def photos(self) -> AsyncPhotos:
        from .photos import AsyncPhotos

        return AsyncPhotos(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncPetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncPetsWithStreamingResponse(self)

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        species: SpeciesParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Pet, AsyncPage[Pet]]:
        """List pets, newest first.

        Args:
          after_id: Cursor; return the page after this pet.
          before_id: Cursor; return the page before this pet.
          limit: Items per page (1 to 100).
          species: Only pets of this species."""
        from ...types.pet import Pet

        return self._client.request_page(
            "/v1/pets",
            query={
                "after_id": after_id,
                "before_id": before_id,
                "limit": limit,
                "species": species,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[Pet],
        )

    async def create(
        self,
        *,
        details: PetDetailsParam,
        name: str,
        species: SpeciesParam,
        nickname: Optional[str] | Omit = omit,
        owner_id: Optional[str] | Omit = omit,
        tags: SequenceNotStr[str] | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """Register a pet.

        Args:
          idempotency_key: Makes a retried request safe."""
        from ...types.pet import Pet

        return await self._client.request(
            "post",
            "/v1/pets",
            body={
                "name": name,
                "species": species,
                "nickname": nickname,
                "tags": tags,
                "details": details,
                "owner_id": owner_id,
            },
            headers={
                "idempotency-key": idempotency_key,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Pet,
        )

    async def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """Get one pet.

        Args:
          pet_id: The pet's id."""
        from ...types.pet import Pet

        return await self._client.request(
            "get",
            path_template("/v1/pets/{pet_id}", pet_id=pet_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Pet,
        )

    async def delete(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedPet:
        """Remove a pet.

        Args:
          pet_id: The pet's id."""
        from ...types.deleted_pet import DeletedPet

        return await self._client.request(
            "delete",
            path_template("/v1/pets/{pet_id}", pet_id=pet_id),
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedPet,
        )

    @overload
    async def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: Literal[False] | Omit = omit,
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Meal: ...

    @overload
    async def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: Literal[True],
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[FeedEvent]: ...

    @overload
    async def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: bool,
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Meal | AsyncStream[FeedEvent]: ...

    async def feed(
        self,
        pet_id: str,
        *,
        food: Literal["kibble", "fish_flakes", "seeds"],
        stream: Literal[False] | Literal[True] | Omit = omit,
        grams: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Meal | AsyncStream[FeedEvent]:
        """Feed a pet; with `stream` the meal is reported bite by bite."""
        from ...types.meal import Meal

        stream_cls = None
        if stream:
            from ...types.feed_event import FeedEvent

            stream_cls = AsyncStream[FeedEvent]
        return await self._client.request(
            "post",
            path_template("/v1/pets/{pet_id}/feed", pet_id=pet_id),
            body={
                "food": food,
                "grams": grams,
                "stream": stream,
            },
            options=RequestOverrides(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Meal,
            stream=stream or False,
            stream_cls=stream_cls,
        )


class PetsWithRawResponse:
    def __init__(self, pets: Pets) -> None:
        self._pets = pets
        self.list = to_raw_response_wrapper(pets.list)
        self.create = to_raw_response_wrapper(pets.create)
        self.retrieve = to_raw_response_wrapper(pets.retrieve)
        self.delete = to_raw_response_wrapper(pets.delete)
        self.feed = to_raw_response_wrapper(pets.feed)

    @cached_property
    def photos(self) -> PhotosWithRawResponse:
        from .photos import PhotosWithRawResponse

        return PhotosWithRawResponse(self._pets.photos)


class AsyncPetsWithRawResponse:
    def __init__(self, pets: AsyncPets) -> None:
        self._pets = pets
        self.list = async_to_raw_response_wrapper(pets.list)
        self.create = async_to_raw_response_wrapper(pets.create)
        self.retrieve = async_to_raw_response_wrapper(pets.retrieve)
        self.delete = async_to_raw_response_wrapper(pets.delete)
        self.feed = async_to_raw_response_wrapper(pets.feed)

    @cached_property
    def photos(self) -> AsyncPhotosWithRawResponse:
        from .photos import AsyncPhotosWithRawResponse

        return AsyncPhotosWithRawResponse(self._pets.photos)


class PetsWithStreamingResponse:
    def __init__(self, pets: Pets) -> None:
        self._pets = pets
        self.list = to_streamed_response_wrapper(pets.list)
        self.create = to_streamed_response_wrapper(pets.create)
        self.retrieve = to_streamed_response_wrapper(pets.retrieve)
        self.delete = to_streamed_response_wrapper(pets.delete)
        self.feed = to_streamed_response_wrapper(pets.feed)

    @cached_property
    def photos(self) -> PhotosWithStreamingResponse:
        from .photos import PhotosWithStreamingResponse

        return PhotosWithStreamingResponse(self._pets.photos)


class AsyncPetsWithStreamingResponse:
    def __init__(self, pets: AsyncPets) -> None:
        self._pets = pets
        self.list = async_to_streamed_response_wrapper(pets.list)
        self.create = async_to_streamed_response_wrapper(pets.create)
        self.retrieve = async_to_streamed_response_wrapper(pets.retrieve)
        self.delete = async_to_streamed_response_wrapper(pets.delete)
        self.feed = async_to_streamed_response_wrapper(pets.feed)

    @cached_property
    def photos(self) -> AsyncPhotosWithStreamingResponse:
        from .photos import AsyncPhotosWithStreamingResponse

        return AsyncPhotosWithStreamingResponse(self._pets.photos)

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Mapping, Union

import httpx
from typing_extensions import Self

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._client_core import AuthScheme, ClientConfig
from ._types import NotGiven, Timeout, not_given
from ._version import __version__

if TYPE_CHECKING:
    from .resources.categories import (
        AsyncCategories,
        AsyncCategoriesWithRawResponse,
        AsyncCategoriesWithStreamingResponse,
        Categories,
        CategoriesWithRawResponse,
        CategoriesWithStreamingResponse,
    )
    from .resources.pets.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse,
        Pets,
        PetsWithRawResponse,
        PetsWithStreamingResponse,
    )

__all__ = ["Petshop", "AsyncPetshop", "Client", "AsyncClient"]

_CONFIG = ClientConfig(
    auth=(AuthScheme(param="api_key", env="PETSHOP_API_KEY", header="X-Api-Key", prefix=""),),
    base_url="https://petshop.example.com",
    base_url_env="PETSHOP_BASE_URL",
    default_headers={
        "petshop-version": "2024-01-01",
    },
    max_retries=3,
    timeout=30.0,
    package_version=__version__,
    user_agent="Petshop/Python",
)


class Petshop(SyncAPIClient):
    """Client for the API. Credentials fall back to their environment variables when not given."""

    _config: ClassVar[ClientConfig] = _CONFIG
    api_key: str | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=_strict_response_validation,
        )

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: httpx.Client | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
    ) -> Self:
        """A new client with the same options, except those given here."""
        return self._copy(
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )

    with_options = copy

    @cached_property
    def pets(self) -> Pets:
        from .resources.pets.pets import Pets

        return Pets(self)

    @cached_property
    def categories(self) -> Categories:
        from .resources.categories import Categories

        return Categories(self)

    @cached_property
    def with_raw_response(self) -> PetshopWithRawResponse:
        return PetshopWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetshopWithStreamingResponse:
        return PetshopWithStreamingResponse(self)


class PetshopWithRawResponse:
    def __init__(self, client: Petshop) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithRawResponse:
        from .resources.pets.pets import PetsWithRawResponse

        return PetsWithRawResponse(self._client.pets)

    @cached_property
    def categories(self) -> CategoriesWithRawResponse:
        from .resources.categories import CategoriesWithRawResponse

        return CategoriesWithRawResponse(self._client.categories)


class PetshopWithStreamingResponse:
    def __init__(self, client: Petshop) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithStreamingResponse:
        from .resources.pets.pets import PetsWithStreamingResponse

        return PetsWithStreamingResponse(self._client.pets)

    @cached_property
    def categories(self) -> CategoriesWithStreamingResponse:
        from .resources.categories import CategoriesWithStreamingResponse

        return CategoriesWithStreamingResponse(self._client.categories)


class AsyncPetshop(AsyncAPIClient):
    """Client for the API. Credentials fall back to their environment variables when not given."""

    _config: ClassVar[ClientConfig] = _CONFIG
    api_key: str | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=_strict_response_validation,
        )

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
    ) -> Self:
        """A new client with the same options, except those given here."""
        return self._copy(
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )

    with_options = copy

    @cached_property
    def pets(self) -> AsyncPets:
        from .resources.pets.pets import AsyncPets

        return AsyncPets(self)

    @cached_property
    def categories(self) -> AsyncCategories:
        from .resources.categories import AsyncCategories

        return AsyncCategories(self)

    @cached_property
    def with_raw_response(self) -> AsyncPetshopWithRawResponse:
        return AsyncPetshopWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetshopWithStreamingResponse:
        return AsyncPetshopWithStreamingResponse(self)


class AsyncPetshopWithRawResponse:
    def __init__(self, client: AsyncPetshop) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithRawResponse:
        from .resources.pets.pets import AsyncPetsWithRawResponse

        return AsyncPetsWithRawResponse(self._client.pets)

    @cached_property
    def categories(self) -> AsyncCategoriesWithRawResponse:
        from .resources.categories import AsyncCategoriesWithRawResponse

        return AsyncCategoriesWithRawResponse(self._client.categories)


class AsyncPetshopWithStreamingResponse:
    def __init__(self, client: AsyncPetshop) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        from .resources.pets.pets import AsyncPetsWithStreamingResponse

        return AsyncPetsWithStreamingResponse(self._client.pets)

    @cached_property
    def categories(self) -> AsyncCategoriesWithStreamingResponse:
        from .resources.categories import AsyncCategoriesWithStreamingResponse

        return AsyncCategoriesWithStreamingResponse(self._client.categories)


Client = Petshop
AsyncClient = AsyncPetshop

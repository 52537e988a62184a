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
    from .resources.beta.beta import (
        AsyncBeta,
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        Beta,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.messages.messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse,
        Messages,
        MessagesWithRawResponse,
        MessagesWithStreamingResponse,
    )
    from .resources.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )

__all__ = ["Anthropic", "AsyncAnthropic", "Client", "AsyncClient"]

_CONFIG = ClientConfig(
    auth=(
        AuthScheme(param="api_key", env="ANTHROPIC_API_KEY", header="X-Api-Key", prefix=""),
        AuthScheme(param="auth_token", env="ANTHROPIC_AUTH_TOKEN", header="Authorization", prefix="Bearer "),
    ),
    base_url="https://api.anthropic.com",
    base_url_env="ANTHROPIC_BASE_URL",
    default_headers={
        "anthropic-version": "2023-06-01",
    },
    max_retries=2,
    timeout=600.0,
    package_version=__version__,
    user_agent=None,
)


class Anthropic(SyncAPIClient):
    """Client for the API. Credentials fall back to their environment variables when not given."""

    _config: ClassVar[ClientConfig] = _CONFIG
    api_key: str | None
    auth_token: str | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_token: str | None = None,
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
                "auth_token": auth_token,
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
        auth_token: str | None = None,
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
                "auth_token": auth_token,
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
    def messages(self) -> Messages:
        from .resources.messages.messages import Messages

        return Messages(self)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self)

    @cached_property
    def beta(self) -> Beta:
        from .resources.beta.beta import Beta

        return Beta(self)

    @cached_property
    def with_raw_response(self) -> AnthropicWithRawResponse:
        return AnthropicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AnthropicWithStreamingResponse:
        return AnthropicWithStreamingResponse(self)


class AnthropicWithRawResponse:
    def __init__(self, client: Anthropic) -> None:
        self._client = client

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from .resources.messages.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client.messages)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from .resources.models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._client.models)

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from .resources.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def beta(self) -> BetaWithRawResponse:
        from .resources.beta.beta import BetaWithRawResponse

        return BetaWithRawResponse(self._client.beta)


class AnthropicWithStreamingResponse:
    def __init__(self, client: Anthropic) -> None:
        self._client = client

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        from .resources.messages.messages import MessagesWithStreamingResponse

        return MessagesWithStreamingResponse(self._client.messages)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from .resources.models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._client.models)

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from .resources.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def beta(self) -> BetaWithStreamingResponse:
        from .resources.beta.beta import BetaWithStreamingResponse

        return BetaWithStreamingResponse(self._client.beta)


class AsyncAnthropic(AsyncAPIClient):
    """Client for the API. Credentials fall back to their environment variables when not given."""

    _config: ClassVar[ClientConfig] = _CONFIG
    api_key: str | None
    auth_token: str | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_token: str | None = None,
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
                "auth_token": auth_token,
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
        auth_token: str | None = None,
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
                "auth_token": auth_token,
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
    def messages(self) -> AsyncMessages:
        from .resources.messages.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        from .resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def with_raw_response(self) -> AsyncAnthropicWithRawResponse:
        return AsyncAnthropicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAnthropicWithStreamingResponse:
        return AsyncAnthropicWithStreamingResponse(self)


class AsyncAnthropicWithRawResponse:
    def __init__(self, client: AsyncAnthropic) -> None:
        self._client = client

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from .resources.messages.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client.messages)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from .resources.models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._client.models)

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from .resources.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def beta(self) -> AsyncBetaWithRawResponse:
        from .resources.beta.beta import AsyncBetaWithRawResponse

        return AsyncBetaWithRawResponse(self._client.beta)


class AsyncAnthropicWithStreamingResponse:
    def __init__(self, client: AsyncAnthropic) -> None:
        self._client = client

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        from .resources.messages.messages import AsyncMessagesWithStreamingResponse

        return AsyncMessagesWithStreamingResponse(self._client.messages)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from .resources.models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._client.models)

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from .resources.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        from .resources.beta.beta import AsyncBetaWithStreamingResponse

        return AsyncBetaWithStreamingResponse(self._client.beta)


Client = Anthropic
AsyncClient = AsyncAnthropic

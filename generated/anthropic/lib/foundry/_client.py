"""``AnthropicFoundry`` / ``AsyncAnthropicFoundry``: Claude in Microsoft Foundry (Azure).

Foundry serves the first-party API under ``https://{resource}.services.ai.azure.com/anthropic/``,
so these clients are the first-party clients with other credentials: an Azure API key
(sent as ``api-key`` and ``x-api-key``) or an Entra ID token from
``azure_ad_token_provider``, asked for on every attempt and sent as a bearer token.
The Message Batches and Models APIs are not served: they fail before any I/O.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
from typing import Any, Awaitable, Callable, ClassVar, Dict, FrozenSet, Mapping, Optional, Tuple, TypeVar, Union

import httpx
from typing_extensions import Self, override

from ..._client import Anthropic, AsyncAnthropic
from ..._client_core import BaseClient, ClientConfig, _HttpxClientT
from ..._constants import DEFAULT_MAX_RETRIES
from ..._exceptions import AnthropicError
from ..._request import FinalRequestOptions
from ..._types import NotGiven, Timeout, not_given

__all__ = [
    "AnthropicFoundry",
    "AsyncAnthropicFoundry",
    "AsyncAzureADTokenProvider",
    "AzureADTokenProvider",
    "MutuallyExclusiveAuthError",
]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], Union[str, Awaitable[str]]]


_ProviderT = TypeVar("_ProviderT", AzureADTokenProvider, AsyncAzureADTokenProvider)

API_KEY_ENV = "ANTHROPIC_FOUNDRY_API_KEY"
RESOURCE_ENV = "ANTHROPIC_FOUNDRY_RESOURCE"
BASE_URL_ENV = "ANTHROPIC_FOUNDRY_BASE_URL"

# The first-party client's configuration (anthropic-version header, retries, timeouts) without its
# credentials and base URL, which Foundry resolves itself; the user agent names the Foundry class.
_CONFIG = dataclasses.replace(Anthropic._config, auth=(), base_url="", base_url_env=None, user_agent=None)

_UNSUPPORTED = (("/v1/messages/batches", "The Message Batches API"), ("/v1/models", "The Models API"))


class MutuallyExclusiveAuthError(AnthropicError):
    """Both ``api_key`` and ``azure_ad_token_provider`` were given."""

    def __init__(self) -> None:
        super().__init__("Pass either `api_key` or `azure_ad_token_provider` to the Foundry client, not both.")


def foundry_base_url(resource: str) -> str:
    return f"https://{resource}.services.ai.azure.com/anthropic/"


def resolve_api_key(api_key: Optional[str], provider: Optional[object]) -> Optional[str]:
    """The API key to send (None when a token provider authenticates instead)."""
    if provider is not None:
        if api_key is not None:
            raise MutuallyExclusiveAuthError()
        return None
    api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not api_key:
        raise AnthropicError(
            f"Missing credentials: pass `api_key=...` (or set {API_KEY_ENV}) or `azure_ad_token_provider=...`."
        )
    return api_key


def resolve_base_url(resource: Optional[str], base_url: Union[str, httpx.URL, None]) -> Union[str, httpx.URL]:
    """``base_url`` or the resource's endpoint; arguments win over the environment."""
    if base_url is None and resource is None:
        base_url = os.environ.get(BASE_URL_ENV) or None
        resource = os.environ.get(RESOURCE_ENV) or None
        if base_url is not None and resource is not None:
            raise ValueError(f"{BASE_URL_ENV} and {RESOURCE_ENV} are both set: set only one of them")
    elif base_url is not None and resource is not None:
        raise ValueError("`base_url` and `resource` are mutually exclusive: pass only one of them")
    if base_url is not None:
        return base_url
    if resource is not None:
        return foundry_base_url(resource)
    raise ValueError(
        f"No Foundry endpoint: pass `resource=...` (or set {RESOURCE_ENV}) or `base_url=...` (or set {BASE_URL_ENV})."
    )


def check_foundry_route(options: FinalRequestOptions) -> FinalRequestOptions:
    path = options.url.partition("?")[0]
    for prefix, feature in _UNSUPPORTED:
        if path.startswith(prefix):
            raise AnthropicError(f"{feature} is not available in Microsoft Foundry.")
    return options


def bearer(token: object) -> str:
    if not isinstance(token, str) or not token:
        raise ValueError(f"`azure_ad_token_provider` must return a non-empty string, got {type(token).__name__}")
    return f"Bearer {token}"


def _copy_credentials(
    api_key: Optional[str], provider: Optional[_ProviderT], current_key: Optional[str], current: Optional[_ProviderT]
) -> Tuple[Optional[str], Optional[_ProviderT]]:
    """The copy's credentials: a new one given to ``copy()`` replaces the other kind."""
    if api_key is not None or provider is not None:
        return api_key, provider
    return current_key, current


class BaseFoundryClient(BaseClient[_HttpxClientT]):
    """Credential headers shared by the sync and async Foundry clients."""

    _config: ClassVar[ClientConfig] = _CONFIG
    api_key: Optional[str]
    _has_token_provider: bool

    @override
    def _auth_headers(self) -> Dict[str, str]:
        if self._has_token_provider or not self.api_key:
            return {}
        return {"api-key": self.api_key, "X-Api-Key": self.api_key}

    @override
    def _credential_headers(self) -> FrozenSet[str]:
        return super()._credential_headers() | {"api-key"}


class AnthropicFoundry(BaseFoundryClient[httpx.Client], Anthropic):
    """Claude in Microsoft Foundry; the first-party client's resources, minus batches and models."""

    def __init__(
        self,
        *,
        resource: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """``resource`` (or ``ANTHROPIC_FOUNDRY_RESOURCE``) names the endpoint, or ``base_url``
        (or ``ANTHROPIC_FOUNDRY_BASE_URL``) gives it. Auth: ``api_key`` (or
        ``ANTHROPIC_FOUNDRY_API_KEY``), or ``azure_ad_token_provider``, called for every attempt.
        """
        key = resolve_api_key(api_key, azure_ad_token_provider)
        url = resolve_base_url(resource, base_url)
        self._azure_ad_token_provider = azure_ad_token_provider
        self._has_token_provider = azure_ad_token_provider is not None
        super().__init__(
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )
        self.api_key = key
        self.auth_token = None

    @override
    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
    ) -> Self:
        """A new client with the same options, except those given here; it shares the connection pool."""
        if auth_token is not None:
            raise TypeError("AnthropicFoundry takes no `auth_token`: use `azure_ad_token_provider` for Entra ID tokens")
        key, provider = _copy_credentials(api_key, azure_ad_token_provider, self.api_key, self._azure_ad_token_provider)
        return self._copy(
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            api_key=key,
            azure_ad_token_provider=provider,
        )

    with_options = copy

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return check_foundry_route(options)

    @override
    def _prepare_request(self, request: httpx.Request) -> None:
        provider = self._azure_ad_token_provider
        if provider is not None and "authorization" not in request.headers:
            request.headers["Authorization"] = bearer(provider())


class AsyncAnthropicFoundry(BaseFoundryClient[httpx.AsyncClient], AsyncAnthropic):
    """The async counterpart of :class:`AnthropicFoundry`; the token provider may be a coroutine function."""

    def __init__(
        self,
        *,
        resource: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """See :class:`AnthropicFoundry`."""
        key = resolve_api_key(api_key, azure_ad_token_provider)
        url = resolve_base_url(resource, base_url)
        self._azure_ad_token_provider = azure_ad_token_provider
        self._has_token_provider = azure_ad_token_provider is not None
        super().__init__(
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )
        self.api_key = key
        self.auth_token = None

    @override
    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
    ) -> Self:
        """A new client with the same options, except those given here; it shares the connection pool."""
        if auth_token is not None:
            raise TypeError(
                "AsyncAnthropicFoundry takes no `auth_token`: use `azure_ad_token_provider` for Entra ID tokens"
            )
        key, provider = _copy_credentials(api_key, azure_ad_token_provider, self.api_key, self._azure_ad_token_provider)
        return self._copy(
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            api_key=key,
            azure_ad_token_provider=provider,
        )

    with_options = copy

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return check_foundry_route(options)

    @override
    async def _prepare_request(self, request: httpx.Request) -> None:
        provider = self._azure_ad_token_provider
        if provider is None or "authorization" in request.headers:
            return
        token: Any = provider()
        if inspect.isawaitable(token):
            token = await token
        request.headers["Authorization"] = bearer(token)

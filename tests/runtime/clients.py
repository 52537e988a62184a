"""Client classes shaped like the generated ``Anthropic`` / ``AsyncAnthropic``, for the runtime tests."""

from __future__ import annotations

from typing import Any, List, Mapping, Optional, Union

import httpx
from anthropic_runtime._base_client import AsyncAPIClient, AuthScheme, ClientConfig, SyncAPIClient
from anthropic_runtime._constants import DEFAULT_MAX_RETRIES
from anthropic_runtime._types import NotGiven, Timeout, not_given
from typing_extensions import Self

CONFIG = ClientConfig(
    auth=(
        AuthScheme(param="api_key", env="ANTHROPIC_API_KEY", header="X-Api-Key", prefix=""),
        AuthScheme(param="auth_token", env="ANTHROPIC_AUTH_TOKEN", header="Authorization", prefix="Bearer "),
    ),
    base_url="https://api.anthropic.com",
    base_url_env="ANTHROPIC_BASE_URL",
    default_headers={"anthropic-version": "2023-06-01"},
    max_retries=2,
    timeout=600.0,
    package_version="0.79.0",
)


class Anthropic(SyncAPIClient):
    _config = CONFIG
    api_key: Optional[str]
    auth_token: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"api_key": api_key, "auth_token": auth_token},
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
        api_key: Optional[str] = None,
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
        return self._copy(
            credentials={"api_key": api_key, "auth_token": auth_token},
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


class AsyncAnthropic(AsyncAPIClient):
    _config = CONFIG
    api_key: Optional[str]
    auth_token: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"api_key": api_key, "auth_token": auth_token},
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
        api_key: Optional[str] = None,
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
        return self._copy(
            credentials={"api_key": api_key, "auth_token": auth_token},
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


def sync_client(base_url: str, sleeps: Optional[List[float]] = None, **kwargs: Any) -> Anthropic:
    """A client for a test server whose back-off sleeps are recorded, never slept."""
    kwargs.setdefault("api_key", "sk-test-secret")
    client = Anthropic(base_url=base_url, **kwargs)
    record: List[float] = sleeps if sleeps is not None else []
    client._sleep = record.append
    client._random = lambda: 0.0
    return client


def async_client(base_url: str, sleeps: Optional[List[float]] = None, **kwargs: Any) -> AsyncAnthropic:
    kwargs.setdefault("api_key", "sk-test-secret")
    client = AsyncAnthropic(base_url=base_url, **kwargs)
    record: List[float] = sleeps if sleeps is not None else []

    async def fake_sleep(seconds: float) -> None:
        record.append(seconds)

    client._sleep = fake_sleep
    client._random = lambda: 0.0
    return client

"""``AnthropicVertex`` / ``AsyncAnthropicVertex``: Claude on Google Cloud Vertex AI.

The clients reuse the runtime (retries, errors, SSE streams) and the generated
resources; ``_prepare_options`` maps the first-party route onto the Vertex
publisher model (see :mod:`._routes`) and ``_prepare_request`` adds a bearer
token on every attempt: ``access_token`` as given, or the google-auth
credentials' token, refreshed whenever it has expired. The async client loads
and refreshes credentials in a worker thread, never on the event loop.
"""

from __future__ import annotations

import os
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Mapping, Optional, Type, Union, cast

import anyio.to_thread
import httpx
from typing_extensions import Self, override

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._client_core import BaseClient, ClientConfig, _HttpxClientT
from ..._constants import DEFAULT_MAX_RETRIES
from ..._exceptions import (
    STATUS_ERRORS,
    AnthropicError,
    APIStatusError,
    DeadlineExceededError,
    ServiceUnavailableError,
)
from ..._request import FinalRequestOptions
from ..._types import NotGiven, Timeout, not_given
from ..._version import __version__
from ._auth import credentials_project, load_default_credentials, refresh_credentials, usable_token
from ._routes import apply_vertex_route, vertex_base_url, vertex_route

if TYPE_CHECKING:
    from google.auth.credentials import Credentials as GoogleCredentials

    from ...resources.beta.beta import AsyncBeta, Beta
    from ...resources.messages.messages import AsyncMessages, Messages

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex"]


REGION_ENV = "CLOUD_ML_REGION"
PROJECT_ENV = "ANTHROPIC_VERTEX_PROJECT_ID"
BASE_URL_ENV = "ANTHROPIC_VERTEX_BASE_URL"

_CONFIG = ClientConfig(package_version=__version__)


def _given(value: Union[str, None, NotGiven]) -> Optional[str]:
    return None if isinstance(value, NotGiven) or not value else value


class BaseVertexClient(BaseClient[_HttpxClientT]):
    """Options, credentials and error mapping shared by the sync and async Vertex clients."""

    _config: ClassVar[ClientConfig] = _CONFIG
    _status_errors: ClassVar[Mapping[int, Type[APIStatusError]]] = {
        **STATUS_ERRORS,
        503: ServiceUnavailableError,
        504: DeadlineExceededError,
    }

    region: str
    project_id: Optional[str]
    access_token: Optional[str]
    credentials: Optional[GoogleCredentials]

    def __init__(
        self,
        *,
        region: Union[str, None, NotGiven] = not_given,
        project_id: Union[str, None, NotGiven] = not_given,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[_HttpxClientT] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """A client for Claude on Vertex AI.

        ``region`` (or ``CLOUD_ML_REGION``) is required; ``global`` uses the global endpoint.
        ``project_id`` falls back to ``ANTHROPIC_VERTEX_PROJECT_ID``, then to the project of
        the credentials. Auth: ``access_token`` as is, or google-auth ``credentials`` (the
        application default credentials when neither is given), refreshed when expired.
        ``base_url`` (or ``ANTHROPIC_VERTEX_BASE_URL``) replaces the regional endpoint.
        """
        resolved_region = _given(region) or os.environ.get(REGION_ENV)
        if not resolved_region:
            raise ValueError(f"No Vertex AI region: pass `region=...` (e.g. us-east5 or global) or set {REGION_ENV}.")
        self.region = resolved_region
        self.project_id = _given(project_id) or os.environ.get(PROJECT_ENV) or None
        self.access_token = access_token
        self.credentials = credentials
        self._auth_lock = threading.Lock()
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or vertex_base_url(resolved_region)
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            # cast: mypy cannot match a constrained type variable through super() (pyright can)
            http_client=cast(Any, http_client),
            strict_response_validation=_strict_response_validation,
        )

    def copy(
        self,
        *,
        region: Union[str, None, NotGiven] = not_given,
        project_id: Union[str, None, NotGiven] = not_given,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[_HttpxClientT] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
    ) -> Self:
        """A new client with the same options, except those given here; it shares the connection pool.

        A base URL derived from the region follows a new ``region``.
        """
        new_region = _given(region) or self.region
        if base_url is None and str(self.base_url).rstrip("/") == vertex_base_url(self.region):
            base_url = vertex_base_url(new_region)
        clone = self._copy(
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            region=new_region,
            project_id=_given(project_id) or self.project_id,
            access_token=access_token or self.access_token,
        )
        # Set afterwards: `_copy(credentials=...)` is the runtime's own auth-scheme mapping.
        clone.credentials = credentials or self.credentials
        return clone

    with_options = copy

    # ----------------------------------------------------------------- credentials (shared logic)

    def _known_project(self) -> Optional[str]:
        return self.project_id or credentials_project(self.credentials)

    def _current_token(self) -> Optional[str]:
        """A token usable right now without any I/O, if there is one."""
        if self.access_token is not None:
            return self.access_token
        return usable_token(self.credentials)

    def _load_credentials_blocking(self) -> Any:
        with self._auth_lock:
            if self.credentials is None:
                credentials, project = load_default_credentials()
                self.credentials = credentials
                if self.project_id is None:
                    self.project_id = project
            return self.credentials

    def _resolve_project_blocking(self) -> str:
        if self._known_project() is None and self.access_token is None:
            self._load_credentials_blocking()
        project = self._known_project()
        if project is None:
            raise AnthropicError(
                f"No Vertex AI project: pass `project_id=...`, set {PROJECT_ENV}, "
                "or use credentials that name a project."
            )
        return project

    def _fetch_token_blocking(self) -> str:
        """Load the default credentials if needed and refresh them if their token is missing or expired."""
        credentials = self._load_credentials_blocking()
        with self._auth_lock:
            token = usable_token(credentials)
            if token is None:
                refresh_credentials(credentials)
                token = usable_token(credentials) or credentials.token
        if not isinstance(token, str) or not token:
            raise AnthropicError("The Google credentials did not produce an access token after a refresh")
        return token


def _caller_authorized(request: httpx.Request) -> bool:
    return "authorization" in request.headers


class AnthropicVertex(BaseVertexClient[httpx.Client], SyncAPIClient):
    """Claude on Vertex AI: ``messages`` (create, stream, count_tokens) and ``beta.messages``."""

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        route = vertex_route(options)
        if route is None:
            return options
        project = self._known_project() or self._resolve_project_blocking()
        return apply_vertex_route(options, route, project_id=project, region=self.region)

    @override
    def _prepare_request(self, request: httpx.Request) -> None:
        if not _caller_authorized(request):
            token = self._current_token() or self._fetch_token_blocking()
            request.headers["Authorization"] = f"Bearer {token}"

    @cached_property
    def messages(self) -> Messages:
        from ...resources.messages.messages import Messages

        return Messages(self)

    @cached_property
    def beta(self) -> Beta:
        """Beta features; on Vertex AI ``beta.messages`` (create, stream, count_tokens, tool_runner)."""
        from ...resources.beta.beta import Beta

        return Beta(self)


class AsyncAnthropicVertex(BaseVertexClient[httpx.AsyncClient], AsyncAPIClient):
    """The async counterpart of :class:`AnthropicVertex`."""

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        route = vertex_route(options)
        if route is None:
            return options
        project = self._known_project()
        if project is None:
            project = await anyio.to_thread.run_sync(self._resolve_project_blocking)
        return apply_vertex_route(options, route, project_id=project, region=self.region)

    @override
    async def _prepare_request(self, request: httpx.Request) -> None:
        if not _caller_authorized(request):
            token = self._current_token() or await anyio.to_thread.run_sync(self._fetch_token_blocking)
            request.headers["Authorization"] = f"Bearer {token}"

    @cached_property
    def messages(self) -> AsyncMessages:
        from ...resources.messages.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        """Beta features; on Vertex AI ``beta.messages`` (create, stream, count_tokens, tool_runner)."""
        from ...resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

"""``AnthropicBedrock`` / ``AsyncAnthropicBedrock``: Claude on Amazon Bedrock, through the SDK's own resources.

The clients reuse the runtime (retries, errors, streams) and the generated
resources; three hooks make them Bedrock clients:

* ``_prepare_options`` (once per call): the first-party route becomes Bedrock's
  ``/model/{model}/invoke`` (see :mod:`._routes`);
* ``_prepare_request`` (every attempt): a fresh SigV4 signature (see :mod:`._auth`);
* ``_make_sse_decoder``: AWS event-stream frames become stream events (see :mod:`._stream_decoder`).
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, FrozenSet, Mapping, Optional, Type, Union, cast

import anyio.to_thread
import httpx
from typing_extensions import Self, override

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._client_core import BaseClient, ClientConfig, _HttpxClientT
from ..._constants import DEFAULT_MAX_RETRIES
from ..._exceptions import STATUS_ERRORS, APIStatusError, ServiceUnavailableError, error_type_of, status_error_class
from ..._request import FinalRequestOptions
from ..._streaming import SSEBytesDecoder
from ..._types import NotGiven, Timeout, not_given
from ..._version import __version__
from ._auth import AwsCredentialSource, infer_region, sign_request
from ._routes import prepare_bedrock_options
from ._stream_decoder import AWSEventStreamDecoder

if TYPE_CHECKING:
    from ...resources.beta.beta import AsyncBeta, Beta
    from ...resources.completions import AsyncCompletions, Completions
    from ...resources.messages.messages import AsyncMessages, Messages

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock"]


BASE_URL_ENV = "ANTHROPIC_BEDROCK_BASE_URL"

_CONFIG = ClientConfig(package_version=__version__)

# Exceptions Bedrock sends inside a response stream, and the HTTP status each stands for.
_STREAM_EXCEPTION_STATUS: Mapping[str, int] = {
    "validationException": 400,
    "accessDeniedException": 403,
    "resourceNotFoundException": 404,
    "modelTimeoutException": 408,
    "modelStreamErrorException": 424,
    "throttlingException": 429,
    "internalServerException": 500,
    "serviceUnavailableException": 503,
}


def bedrock_base_url(region: str) -> str:
    return f"https://bedrock-runtime.{region}.amazonaws.com"


def stream_exception_status(body: object) -> Optional[int]:
    """The HTTP status a Bedrock stream exception stands for (the model's own status when it reports one)."""
    kind = error_type_of(body)
    if not kind:
        return None
    status = _STREAM_EXCEPTION_STATUS.get(kind[:1].lower() + kind[1:])
    if status is None:
        return None
    error = cast(Mapping[str, object], body).get("error") if isinstance(body, Mapping) else None
    original = cast(Mapping[str, object], error).get("originalStatusCode") if isinstance(error, Mapping) else None
    if isinstance(original, int) and 400 <= original < 600:
        return original
    return status


def _caller_authorized(request: httpx.Request) -> bool:
    """The caller sent its own ``Authorization`` (e.g. a Bedrock API key): the request is not signed."""
    return "authorization" in request.headers


class BaseBedrockClient(BaseClient[_HttpxClientT]):
    """Options, error mapping and stream decoding shared by the sync and async Bedrock clients."""

    _config: ClassVar[ClientConfig] = _CONFIG
    _status_errors: ClassVar[Mapping[int, Type[APIStatusError]]] = {**STATUS_ERRORS, 503: ServiceUnavailableError}

    aws_access_key: Optional[str]
    aws_secret_key: Optional[str]
    aws_session_token: Optional[str]
    aws_profile: Optional[str]
    aws_region: str

    def __init__(
        self,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[_HttpxClientT] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """A client for Claude on Amazon Bedrock.

        Credentials: ``aws_access_key`` + ``aws_secret_key`` (+ ``aws_session_token``), or
        the standard AWS chain (for ``aws_profile`` when given). Region: ``aws_region``,
        else ``AWS_REGION``, else the profile's region, else ``us-east-1``. ``base_url``
        (or ``ANTHROPIC_BEDROCK_BASE_URL``) replaces the regional Bedrock runtime endpoint.
        """
        self.aws_access_key = aws_access_key
        self.aws_secret_key = aws_secret_key
        self.aws_session_token = aws_session_token
        self.aws_profile = aws_profile
        self.aws_region = infer_region(aws_profile) if aws_region is None else aws_region
        self._credential_source = AwsCredentialSource(
            access_key=aws_access_key, secret_key=aws_secret_key, session_token=aws_session_token, profile=aws_profile
        )
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or bedrock_base_url(self.aws_region)
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
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
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

        A base URL derived from the region follows a new ``aws_region``.
        """
        region = aws_region or self.aws_region
        if base_url is None and str(self.base_url).rstrip("/") == bedrock_base_url(self.aws_region):
            base_url = bedrock_base_url(region)
        secret_key = aws_secret_key or self.aws_secret_key
        access_key = aws_access_key or self.aws_access_key
        session_token = aws_session_token or self.aws_session_token
        profile = aws_profile or self.aws_profile
        clone = self._copy(
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            aws_region=region,
            aws_secret_key=secret_key,
            aws_access_key=access_key,
            aws_session_token=session_token,
            aws_profile=profile,
        )
        same = (secret_key, access_key, session_token, profile) == (
            self.aws_secret_key,
            self.aws_access_key,
            self.aws_session_token,
            self.aws_profile,
        )
        if same:
            clone._credential_source = self._credential_source  # one credential chain, resolved once
        return clone

    with_options = copy

    @override
    def _make_sse_decoder(self) -> SSEBytesDecoder:
        return AWSEventStreamDecoder()

    @override
    def _make_stream_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        status = stream_exception_status(body)
        if status is None:
            return super()._make_stream_error(err_msg, body=body, response=response)
        error = status_error_class(status, self._status_errors)(err_msg, response=response, body=body)
        error.status_code = status
        return error

    @override
    def _credential_headers(self) -> FrozenSet[str]:
        return super()._credential_headers() | {"x-amz-security-token"}


class AnthropicBedrock(BaseBedrockClient[httpx.Client], SyncAPIClient):
    """Claude on Amazon Bedrock: ``messages`` (create, stream), ``completions`` and ``beta.messages``."""

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return prepare_bedrock_options(options)

    @override
    def _prepare_request(self, request: httpx.Request) -> None:
        if not _caller_authorized(request):
            sign_request(request, self._credential_source.resolve(), self.aws_region)

    @cached_property
    def messages(self) -> Messages:
        from ...resources.messages.messages import Messages

        return Messages(self)

    @cached_property
    def completions(self) -> Completions:
        from ...resources.completions import Completions

        return Completions(self)

    @cached_property
    def beta(self) -> Beta:
        """Beta features; on Bedrock only ``beta.messages`` (create, stream, tool_runner) is served."""
        from ...resources.beta.beta import Beta

        return Beta(self)


class AsyncAnthropicBedrock(BaseBedrockClient[httpx.AsyncClient], AsyncAPIClient):
    """The async counterpart of :class:`AnthropicBedrock`; credential lookups run in a worker thread."""

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return prepare_bedrock_options(options)

    @override
    async def _prepare_request(self, request: httpx.Request) -> None:
        if _caller_authorized(request):
            return
        source = self._credential_source
        credentials: Any = source.resolve() if source.is_static else await anyio.to_thread.run_sync(source.resolve)
        sign_request(request, credentials, self.aws_region)

    @cached_property
    def messages(self) -> AsyncMessages:
        from ...resources.messages.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from ...resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        """Beta features; on Bedrock only ``beta.messages`` (create, stream, tool_runner) is served."""
        from ...resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

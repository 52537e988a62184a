"""Client configuration and everything the sync and async clients share.

:class:`BaseClient` owns the options (credentials, base URL, timeout, retries,
default headers and query), builds each attempt's ``httpx.Request``, decides
about retries (with :mod:`._retry`) and turns error responses into exceptions.
Only sending, sleeping and reading differ between the two clients
(see :mod:`._base_client`).
"""

from __future__ import annotations

import json
import os
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Dict, FrozenSet, Generic, Mapping, Optional, Tuple, Type, TypeVar, Union

import httpx
from typing_extensions import Self, override

from ._constants import (
    DEFAULT_MAX_RETRIES,
    MODEL_NONSTREAMING_TOKENS,
    NONSTREAMING_DEFAULT_TIME,
    NONSTREAMING_MAX_TIME,
    NONSTREAMING_REFERENCE_TOKENS,
)
from ._exceptions import ERROR_TYPES, STATUS_ERRORS, APIStatusError, error_type_of, implied_status, status_error_class
from ._http import drop_connections_after_fork, platform_headers
from ._logs import logger, redact_headers
from ._request import EncodedBody, FinalRequestOptions, build_url, header_items, headers_from_items
from ._response import ResponseSpec
from ._retry import RetryDecision, decide_after_error, decide_after_response
from ._streaming import SSEBytesDecoder, SSEDecoder
from ._types import NotGiven, Omit, Timeout, not_given

__all__ = ["AuthScheme", "BaseClient", "ClientConfig"]

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)

# What httpx uses when nobody sets a timeout: a custom http_client with anything else keeps its own.
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


@dataclass(frozen=True)
class AuthScheme:
    """One way to authenticate: constructor parameter, environment variable, header and value prefix."""

    param: str
    env: Optional[str]
    header: str
    prefix: str = ""


@dataclass(frozen=True)
class ClientConfig:
    """What a concrete client class declares about its API (rendered from sdk.yaml)."""

    auth: Tuple[AuthScheme, ...] = ()
    base_url: str = ""
    base_url_env: Optional[str] = None
    default_headers: Mapping[str, str] = field(default_factory=lambda: {})
    max_retries: int = DEFAULT_MAX_RETRIES
    timeout: float = 600.0
    connect_timeout: float = 5.0
    package_version: str = "0.0.0"
    user_agent: Optional[str] = None
    """``"<user_agent> <version>"``; ``None`` uses the class name (``AsyncAnthropic/Python 0.79.0``)."""


class BaseClient(Generic[_HttpxClientT]):
    """Configuration, headers, URLs, errors and retry decisions shared by both clients."""

    _config: ClassVar[ClientConfig] = ClientConfig()
    _status_errors: ClassVar[Mapping[int, Type[APIStatusError]]] = STATUS_ERRORS
    _client: _HttpxClientT
    max_retries: int
    timeout: Union[float, Timeout, None]
    _strict_response_validation: bool
    _random: Callable[[], float]
    _clock: Callable[[], float]
    stream_idle_timeout: Optional[float] = None
    """Streams: the longest wait, in seconds, for an event other than ``ping`` before the stream
    raises ``APITimeoutError`` (None, the default: no limit beyond the read timeout). Set it on a
    client (``client.stream_idle_timeout = 30``; ``copy()`` / ``with_options()`` keep it), per
    request with ``RequestOverrides(stream_idle_timeout=...)`` / ``options={"stream_idle_timeout": ...}``,
    or on a stream before iterating it (``stream.idle_timeout``). See :class:`~._streaming.Stream`."""

    def __init__(
        self,
        *,
        credentials: Optional[Mapping[str, Optional[str]]] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[_HttpxClientT] = None,
        strict_response_validation: bool = False,
    ) -> None:
        config = self._config
        given = credentials or {}
        for scheme in config.auth:
            value = given.get(scheme.param)
            if value is None and scheme.env:
                value = os.environ.get(scheme.env)
            setattr(self, scheme.param, value)
        if base_url is None and config.base_url_env:
            base_url = os.environ.get(config.base_url_env) or None
        self.base_url = base_url if base_url is not None else config.base_url
        if max_retries is None:  # pyright: ignore[reportUnnecessaryComparison]
            raise TypeError("max_retries cannot be None: pass 0 to disable retries, or a number of retries")
        self.max_retries = config.max_retries if isinstance(max_retries, NotGiven) else max_retries
        if isinstance(timeout, NotGiven):
            if http_client is not None and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
            else:
                timeout = self._default_timeout()
        self.timeout = timeout
        self._custom_headers: Dict[str, str] = dict(default_headers or {})
        self._custom_query: Dict[str, object] = dict(default_query or {})
        self._strict_response_validation = strict_response_validation
        self._random = random.random
        self._clock = time.time
        if http_client is not None:
            self._check_http_client(http_client)
            self._client = http_client
        else:
            self._client = self._make_http_client(timeout)
        drop_connections_after_fork(self._client)

    # ----------------------------------------------------------------- construction hooks

    def _check_http_client(self, http_client: object) -> None:
        raise NotImplementedError

    def _make_http_client(self, timeout: Union[float, Timeout, None]) -> _HttpxClientT:
        raise NotImplementedError

    def _default_timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self._config.timeout, connect=self._config.connect_timeout)

    def _copy(
        self,
        *,
        credentials: Optional[Mapping[str, Optional[str]]] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[_HttpxClientT] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        **extra: Any,
    ) -> Self:
        """A new client with the same options, some replaced; it shares this client's connection pool.

        The subclass constructor receives one keyword per auth scheme (``api_key=...``), the
        usual options, ``_strict_response_validation`` and ``extra`` (platform options).
        """
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("`default_headers` and `set_default_headers` cannot be used together")
        if default_query is not None and set_default_query is not None:
            raise ValueError("`default_query` and `set_default_query` cannot be used together")
        if set_default_headers is not None:
            headers = dict(set_default_headers)
        else:
            headers = {**self._custom_headers, **(default_headers or {})}
        if set_default_query is not None:
            query = dict(set_default_query)
        else:
            query = {**self._custom_query, **(default_query or {})}
        given = credentials or {}
        kwargs: Dict[str, Any] = {
            scheme.param: given.get(scheme.param) or getattr(self, scheme.param, None) for scheme in self._config.auth
        }
        kwargs.update(
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client or self._client,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=headers,
            default_query=query,
            _strict_response_validation=self._strict_response_validation,
        )
        kwargs.update(extra)
        clone = type(self)(**kwargs)
        clone._adopt_injected(self)
        return clone

    def _adopt_injected(self, other: BaseClient[Any]) -> None:
        """Take over what the constructor does not receive: injected test hooks and ``stream_idle_timeout``."""
        self._random = other._random
        self._clock = other._clock
        self.stream_idle_timeout = other.stream_idle_timeout

    # ----------------------------------------------------------------- configuration

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[str, httpx.URL]) -> None:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        if not parsed.query and not parsed.fragment:
            text = str(parsed)
            parsed = parsed if text.endswith("/") else httpx.URL(text + "/")
        elif not parsed.raw_path.endswith(b"/"):
            parsed = parsed.copy_with(raw_path=parsed.raw_path + b"/")
        self._base_url = parsed

    @property
    def user_agent(self) -> str:
        name = self._config.user_agent or f"{type(self).__name__}/Python"
        return f"{name} {self._config.package_version}"

    def platform_headers(self) -> Mapping[str, str]:
        return platform_headers(self._config.package_version)

    def _async_header(self) -> str:
        return "false"

    @property
    def auth_headers(self) -> Dict[str, str]:
        return self._auth_headers()

    def _auth_headers(self) -> Dict[str, str]:
        """Credential headers for every auth scheme that has a value (platform clients override this)."""
        headers: Dict[str, str] = {}
        for scheme in self._config.auth:
            value = getattr(self, scheme.param, None)
            if value:
                headers[scheme.header] = f"{scheme.prefix}{value}"
        return headers

    def _credential_headers(self) -> FrozenSet[str]:
        """Header names that carry credentials: never logged, never sent to another origin."""
        return frozenset({"authorization", "x-api-key", *(scheme.header.lower() for scheme in self._config.auth)})

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **self.platform_headers(),
            "X-Stainless-Async": self._async_header(),
            **self._config.default_headers,
            **self._auth_headers(),
            **self._custom_headers,
        }

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._custom_query)

    def _validate_auth(self, headers: Mapping[str, Tuple[str, str]], custom: Mapping[str, Union[str, Omit]]) -> None:
        """Raise unless a credential header has a value or was omitted on purpose.

        ``headers``: the request's headers as :func:`~._request.header_items` gives them
        (lower-case name -> (name, value)).
        """
        schemes = self._config.auth
        if not schemes:
            return
        names = {scheme.header.lower() for scheme in schemes}
        if any(headers.get(name, ("", ""))[1] for name in names):
            return
        if any(isinstance(value, Omit) and key.lower() in names for key, value in custom.items()):
            return
        choices = " or ".join(
            f"pass `{scheme.param}=...`"
            + (f" (or set {scheme.env})" if scheme.env else "")
            + f" for the {scheme.header} header"
            for scheme in schemes
        )
        example = schemes[0].header
        raise TypeError(
            f"Could not resolve authentication: {choices}. To send the request without credentials, "
            f'omit the header explicitly, e.g. extra_headers={{"{example}": omit}}.'
        )

    @override
    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self.base_url)!r} max_retries={self.max_retries} timeout={self.timeout!r}>"

    # ----------------------------------------------------------------- the long-request guard

    def nonstreaming_timeout(
        self, max_tokens: int, model: str, timeout: Union[float, Timeout, None, NotGiven]
    ) -> Union[float, Timeout, None, NotGiven]:
        """The timeout for a non-streaming request that may generate ``max_tokens`` tokens.

        With no explicit timeout (here or on the client) a request expected to run
        longer than ten minutes is refused: stream it, or set a timeout yourself.
        """
        if not isinstance(timeout, NotGiven) or self.timeout != self._default_timeout():
            return timeout
        expected = NONSTREAMING_MAX_TIME * max_tokens / NONSTREAMING_REFERENCE_TOKENS
        limit = MODEL_NONSTREAMING_TOKENS.get(model)
        if expected > NONSTREAMING_DEFAULT_TIME or (limit is not None and max_tokens > limit):
            raise ValueError(
                "Streaming is strongly recommended for operations that may take longer than 10 minutes "
                f"(max_tokens={max_tokens} for model {model!r}). Pass `stream=True` (or use `.stream(...)`), "
                "or pass an explicit `timeout=...` to allow a long non-streaming request. "
                "See https://github.com/anthropics/anthropic-sdk-python#long-requests"
            )
        return httpx.Timeout(NONSTREAMING_DEFAULT_TIME, connect=self._config.connect_timeout)

    # ----------------------------------------------------------------- building requests

    def _make_sse_decoder(self) -> SSEBytesDecoder:
        return SSEDecoder()

    def _build_request(self, options: FinalRequestOptions, body: EncodedBody, retries_taken: int) -> httpx.Request:
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        # Performance: the headers are merged and adjusted in a dict, then made into
        # `httpx.Headers` once (see `header_items`).
        items = header_items(self.default_headers, options.headers)
        if body.content is None:
            items.pop("content-type", None)
        elif body.content_type is not None:
            items["content-type"] = ("Content-Type", body.content_type)
        custom = {key.lower() for key in options.headers}
        if "x-stainless-retry-count" not in custom:
            items["x-stainless-retry-count"] = ("X-Stainless-Retry-Count", str(retries_taken))
        read_timeout = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
        if read_timeout is not None and "x-stainless-read-timeout" not in custom:
            items["x-stainless-read-timeout"] = ("X-Stainless-Read-Timeout", str(read_timeout))
        if (
            not isinstance(options.timeout, NotGiven)
            and read_timeout is not None
            and "x-stainless-timeout" not in custom
        ):
            items["x-stainless-timeout"] = ("X-Stainless-Timeout", str(read_timeout))
        self._validate_auth(items, options.headers)
        headers = headers_from_items(items)
        url = build_url(self.base_url, options.url, [self._custom_query, options.params])
        extensions: Dict[str, Any] = {}
        if "_" in url.host:  # httpx/ssl reject underscores in SNI names
            extensions["sni_hostname"] = url.host.replace("_", "-")
        return self._client.build_request(
            options.method.upper(), url, headers=headers, content=body.content, timeout=timeout, extensions=extensions
        )

    def _log_request(self, request: httpx.Request, retries_taken: int) -> None:
        if logger.isEnabledFor(10):
            logger.debug(
                "HTTP request %s %s (attempt %d) headers=%s",
                request.method,
                request.url,
                retries_taken + 1,
                redact_headers(request.headers.items(), self._credential_headers()),
            )

    def _log_response(self, response: httpx.Response) -> None:
        logger.debug(
            'HTTP response %s %s "%d %s" request-id=%s',
            response.request.method,
            response.request.url,
            response.status_code,
            response.reason_phrase,
            response.headers.get("request-id"),
        )

    def _log_retry(self, request: httpx.Request, decision: RetryDecision, retries_left: int) -> None:
        logger.info(
            "Retrying %s %s in %.2f seconds (%s; %d retries left)",
            request.method,
            request.url,
            decision.delay,
            decision.reason,
            retries_left,
        )

    def _retry_decision(
        self, outcome: Union[httpx.Response, BaseException], retries_taken: int, max_retries: int
    ) -> RetryDecision:
        if isinstance(outcome, httpx.Response):
            return decide_after_response(
                outcome, retries_taken=retries_taken, max_retries=max_retries, random=self._random, now=self._clock
            )
        return decide_after_error(
            outcome, retries_taken=retries_taken, max_retries=max_retries, random=self._random, now=self._clock
        )

    def _follow_redirects(self, options: FinalRequestOptions) -> bool:
        return self._client.follow_redirects if options.follow_redirects is None else options.follow_redirects

    # ----------------------------------------------------------------- errors

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        """The exception for an error response (its body read, if it could be)."""
        try:
            text = response.text.strip()
        except httpx.ResponseNotRead:
            text = ""
        body: object = text or None
        message = text or f"Error code: {response.status_code}"
        if text:
            try:
                body = json.loads(text)
                message = f"Error code: {response.status_code} - {body}"
            except ValueError:
                pass
        return self._make_status_error(message, body=body, response=response)

    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        """The exception class for an HTTP status (platform clients may override the mapping)."""
        return status_error_class(response.status_code, self._status_errors)(err_msg, response=response, body=body)

    def _make_stream_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        """The exception for an ``error`` event in a stream, chosen by the error's ``type``."""
        cls = ERROR_TYPES.get(error_type_of(body) or "", APIStatusError)
        error = cls(err_msg, response=response, body=body)
        status = implied_status(cls)
        if status is not None:
            error.status_code = status
        return error

    def _response_for(
        self, call: ResponseSpec, response: httpx.Response, retries_taken: int, response_cls: Type[Any]
    ) -> Any:
        origin = call.response_cls or response_cls
        cast_to = bytes if call.response_cls is not None else call.cast_to
        return origin(
            raw=response,
            cast_to=cast_to,
            client=self,
            stream=call.stream,
            stream_cls=call.stream_cls,
            retries_taken=retries_taken,
            post_parse=call.post_parse,
            stream_idle_timeout=call.stream_idle_timeout,
        )

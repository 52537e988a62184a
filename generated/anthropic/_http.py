"""The HTTP layer under the clients: default httpx clients, platform headers, redirects, error mapping."""

from __future__ import annotations

import os
import platform
import socket
import sys
import weakref
from functools import cache
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
    Union,
)
from urllib.request import getproxies

import distro
import httpx
from typing_extensions import override

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from ._exceptions import AnthropicError, APIConnectionError, APITimeoutError, StreamAlreadyConsumed

__all__ = [
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "drop_connections_after_fork",
    "platform_headers",
    "redirect_request",
    "transport_error",
]

_ItemT = TypeVar("_ItemT")

# --------------------------------------------------------------------------- default clients


def _keepalive_socket_options() -> List[Tuple[int, int, Union[int, bool]]]:
    """TCP keep-alive: probe after 60 s idle, every 60 s, give up after 5 failed probes."""
    options: List[Tuple[int, int, Union[int, bool]]] = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)]
    interval = getattr(socket, "TCP_KEEPINTVL", None)
    if interval is not None:
        options.append((socket.IPPROTO_TCP, interval, 60))
    elif sys.platform == "darwin":
        options.append((socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPALIVE", 0x10), 60))
    count = getattr(socket, "TCP_KEEPCNT", None)
    if count is not None:
        options.append((socket.IPPROTO_TCP, count, 5))
    idle = getattr(socket, "TCP_KEEPIDLE", None)
    if idle is not None:
        options.append((socket.IPPROTO_TCP, idle, 60))
    return options


def _environment_proxies() -> Dict[str, Optional[str]]:
    """``*_proxy`` / ``no_proxy`` environment variables as httpx mount patterns (None = direct)."""
    found = getproxies()
    mounts: Dict[str, Optional[str]] = {}
    for scheme in ("http", "https", "all"):
        target = found.get(scheme)
        if target:
            mounts[f"{scheme}://"] = target if "://" in target else f"http://{target}"
    for host in (item.strip() for item in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif ":" in host and not host.startswith("["):  # a bare IPv6 address
            mounts[f"all://[{host}]"] = None
        elif host.replace(".", "").isdigit() or host.lower() == "localhost":
            mounts[f"all://{host}"] = None
        else:
            mounts[f"all://*{host}"] = None
    return mounts


def _transport_settings(kwargs: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Optional[str]]]:
    settings: Dict[str, Any] = {
        key: kwargs[key] for key in ("verify", "cert", "trust_env", "http1", "http2", "limits") if key in kwargs
    }
    settings["socket_options"] = _keepalive_socket_options()
    proxies = _environment_proxies() if kwargs.get("trust_env", True) else {}
    return settings, proxies


def _apply_defaults(kwargs: Dict[str, Any]) -> None:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)


class _ResponseCookies(httpx.Cookies):
    """``httpx.Cookies`` that skip responses without cookies.

    Performance: httpx looks for cookies in every response by copying all the request's
    headers into a ``urllib`` request (quadratic in the number of headers: tens of µs per
    API call). A response without ``Set-Cookie`` / ``Set-Cookie2`` headers sets none.
    """

    @override
    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _DefaultHttpxClient(httpx.Client):
    def __init__(self, **kwargs: Any) -> None:
        _apply_defaults(kwargs)
        if "transport" not in kwargs:
            settings, proxies = _transport_settings(kwargs)
            mounts: Dict[str, Optional[httpx.BaseTransport]] = {
                pattern: None if url is None else httpx.HTTPTransport(proxy=httpx.Proxy(url), **settings)
                for pattern, url in proxies.items()
            }
            mounts.update(kwargs.get("mounts") or {})
            kwargs["mounts"] = mounts
            kwargs["transport"] = httpx.HTTPTransport(**settings)
        super().__init__(**kwargs)
        self.cookies = kwargs.get("cookies")

    # Performance: the client's cookies are `_ResponseCookies`, whatever they are set to.
    @property
    @override
    def cookies(self) -> httpx.Cookies:
        return self._response_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._response_cookies = _ResponseCookies(cookies)


class _DefaultAsyncHttpxClient(httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        _apply_defaults(kwargs)
        if "transport" not in kwargs:
            settings, proxies = _transport_settings(kwargs)
            mounts: Dict[str, Optional[httpx.AsyncBaseTransport]] = {
                pattern: None if url is None else httpx.AsyncHTTPTransport(proxy=httpx.Proxy(url), **settings)
                for pattern, url in proxies.items()
            }
            mounts.update(kwargs.get("mounts") or {})
            kwargs["mounts"] = mounts
            kwargs["transport"] = httpx.AsyncHTTPTransport(**settings)
        super().__init__(**kwargs)
        self.cookies = kwargs.get("cookies")

    # Performance: as in the sync client.
    @property
    @override
    def cookies(self) -> httpx.Cookies:
        return self._response_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._response_cookies = _ResponseCookies(cookies)


@cache
def _aiohttp_client_class() -> Any:
    try:
        import httpx_aiohttp
    except ImportError:
        raise RuntimeError("DefaultAioHttpClient needs the aiohttp extra: pip install 'anthropic[aiohttp]'") from None

    class AioHttpClient(httpx_aiohttp.HttpxAiohttpClient):
        def __init__(self, **kwargs: Any) -> None:
            _apply_defaults(kwargs)
            super().__init__(**kwargs)

    return AioHttpClient


class _DefaultAioHttpClient(httpx.AsyncClient):
    """Builds an ``httpx_aiohttp`` client; aiohttp is imported on first use, not with the SDK."""

    def __new__(cls, **kwargs: Any) -> Any:  # pyright: ignore[reportInconsistentConstructor]
        return _aiohttp_client_class()(**kwargs)


if TYPE_CHECKING:
    DefaultHttpxClient = httpx.Client
    """``httpx.Client`` with the SDK's defaults (timeouts, connection limits, redirects, TCP keep-alive)."""
    DefaultAsyncHttpxClient = httpx.AsyncClient
    """``httpx.AsyncClient`` with the SDK's defaults."""
    DefaultAioHttpClient = httpx.AsyncClient
    """``httpx.AsyncClient`` running on aiohttp (needs the ``aiohttp`` extra)."""
else:
    DefaultHttpxClient = _DefaultHttpxClient
    DefaultAsyncHttpxClient = _DefaultAsyncHttpxClient
    DefaultAioHttpClient = _DefaultAioHttpClient


class OwnedHttpxClient(_DefaultHttpxClient):
    """The client a SyncAPIClient creates for itself; closed when garbage-collected."""

    def __del__(self) -> None:
        try:
            if not self.is_closed:
                self.close()
        except Exception:
            pass


class OwnedAsyncHttpxClient(_DefaultAsyncHttpxClient):
    """The client an AsyncAPIClient creates for itself; closed when garbage-collected, if a loop runs."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            import asyncio

            asyncio.get_running_loop().create_task(_close_quietly(self))
        except Exception:
            pass


async def _close_quietly(client: httpx.AsyncClient) -> None:
    # Connections opened under an event loop that has since closed cannot be closed from this one.
    try:
        await client.aclose()
    except Exception:
        pass


# --------------------------------------------------------------------------- fork safety

_FORK_TRACKED: weakref.WeakSet[Union[httpx.Client, httpx.AsyncClient]] = weakref.WeakSet()


def drop_connections_after_fork(client: Union[httpx.Client, httpx.AsyncClient]) -> None:
    """Make a child process created by ``os.fork()`` open its own connections for ``client``.

    Without this, the child would reuse the pooled keep-alive sockets it inherited and
    share them with the parent (interleaved requests and responses on one connection).
    """
    _FORK_TRACKED.add(client)


def _forget_inherited_connections() -> None:
    """In the child, right after a fork: forget the pooled connections, without any I/O on them.

    The sockets stay open for the parent, which still owns them; nothing is sent or closed here.
    """
    for client in list(_FORK_TRACKED):
        mounts: Dict[Any, Any] = getattr(client, "_mounts", None) or {}
        for transport in (getattr(client, "_transport", None), *mounts.values()):
            pool = getattr(transport, "_pool", None)  # httpcore's connection pool
            for name in ("_connections", "_requests"):
                held = getattr(pool, name, None)
                if isinstance(held, list):
                    held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_inherited_connections)


# --------------------------------------------------------------------------- platform headers


def _os_name() -> str:
    try:
        system = platform.system().lower()
        if system == "linux":
            # Performance: on Linux `platform.platform()` scans the Python executable for its libc
            # version (~6 ms of the first request). Only its uname fields can name a phone, and
            # a Linux system is reported without its details, so those fields are enough.
            uname = platform.uname()
            detail = f"{uname.system}-{uname.release}-{uname.machine}".lower()
        else:
            detail = platform.platform().lower()
    except Exception:
        return "Unknown"
    if "iphone" in detail or "ipad" in detail:
        return "iOS"
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if "android" in detail:
        return "Android"
    if system == "linux":
        flavour = distro.id()
        if flavour == "freebsd":
            return "FreeBSD"
        if flavour == "openbsd":
            return "OpenBSD"
        return "Linux"
    return f"Other:{detail}" if detail else "Unknown"


def _arch_name() -> str:
    try:
        machine = platform.machine().lower()
    except Exception:
        return "unknown"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine == "arm":
        return "arm"
    if machine == "x86_64":
        return "x64"
    if sys.maxsize <= 2**32:
        return "x32"
    return f"other:{machine}" if machine else "unknown"


def _safe(call: Any) -> str:
    try:
        return str(call())
    except Exception:
        return "unknown"


@cache
def platform_headers(package_version: str) -> Mapping[str, str]:
    """The ``X-Stainless-*`` headers describing this SDK and runtime (computed once)."""
    return {
        "X-Stainless-Lang": "python",
        "X-Stainless-Package-Version": package_version,
        "X-Stainless-OS": _os_name(),
        "X-Stainless-Arch": _arch_name(),
        "X-Stainless-Runtime": _safe(platform.python_implementation),
        "X-Stainless-Runtime-Version": _safe(platform.python_version),
    }


# --------------------------------------------------------------------------- errors and redirects


def transport_error(error: BaseException, request: httpx.Request) -> APIConnectionError:
    """The SDK error for an exception raised while sending or receiving (the caller chains it)."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request)


REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_BODY_HEADERS = ("content-length", "content-type", "transfer-encoding", "content-encoding")


def _origin(url: httpx.URL) -> Tuple[str, str, Optional[int]]:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, port)


def redirect_request(
    request: httpx.Request, response: httpx.Response, credential_headers: Iterable[str]
) -> Optional[httpx.Request]:
    """The request that follows ``response`` if it is a redirect, else None.

    Going to another origin (scheme, host or port) drops every credential header;
    303, and 301/302 after a POST, continue as a GET without a body.
    """
    location = response.headers.get("location")
    if response.status_code not in REDIRECT_STATUSES or not location:
        return None
    url = request.url.join(location)
    method = request.method
    if (response.status_code == 303 and method != "HEAD") or (response.status_code in (301, 302) and method == "POST"):
        method = "GET"
    headers = httpx.Headers(request.headers)
    if "host" in headers:
        del headers["host"]
    if _origin(url) != _origin(request.url):
        for name in ("authorization", "x-api-key", "cookie", "proxy-authorization", *credential_headers):
            if name in headers:
                del headers[name]
    content: Optional[bytes] = None
    if method != request.method:
        for name in _BODY_HEADERS:
            if name in headers:
                del headers[name]
    else:
        content = request.content
    return httpx.Request(method, url, headers=headers, content=content, extensions=dict(request.extensions))


def iter_raw(response: httpx.Response, chunk_size: Optional[int] = None) -> Iterator[bytes]:
    """``response.iter_bytes()`` raising the SDK's connection errors instead of httpx's."""
    return guard_iterator(response.iter_bytes(chunk_size), response.request)


def guard_iterator(iterator: Iterator[_ItemT], request: httpx.Request) -> Iterator[_ItemT]:
    try:
        while True:
            try:
                item = next(iterator)
            except (StopIteration, httpx.StreamClosed):  # closed by the caller: nothing more to read
                return
            except httpx.StreamConsumed as exc:
                raise StreamAlreadyConsumed() from exc
            except (httpx.StreamError, AnthropicError):
                raise
            except Exception as exc:
                raise transport_error(exc, request) from exc
            yield item
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()


def aiter_raw(response: httpx.Response, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
    """``response.aiter_bytes()`` raising the SDK's connection errors instead of httpx's."""
    return aguard_iterator(response.aiter_bytes(chunk_size), response.request)


async def aguard_iterator(iterator: AsyncIterator[_ItemT], request: httpx.Request) -> AsyncIterator[_ItemT]:
    try:
        while True:
            try:
                item = await iterator.__anext__()
            except (StopAsyncIteration, httpx.StreamClosed):  # closed by the caller: nothing more to read
                return
            except httpx.StreamConsumed as exc:
                raise StreamAlreadyConsumed() from exc
            except (httpx.StreamError, AnthropicError):
                raise
            except Exception as exc:
                raise transport_error(exc, request) from exc
            yield item
    finally:
        aclose = getattr(iterator, "aclose", None)
        if aclose is not None:
            await aclose()

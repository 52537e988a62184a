from __future__ import annotations

import asyncio
import socket
from typing import Any, Dict, List

import httpx
import pytest
from anthropic_runtime import _exceptions as errors
from anthropic_runtime._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from anthropic_runtime._http import (
    DefaultAioHttpClient,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    _environment_proxies,
    _keepalive_socket_options,
    platform_headers,
    redirect_request,
)

from tests.servers import ScriptedServer, reply, reset_before_headers, sse, sse_event

from .clients import async_client
from .fake_api import AsyncMessages, MessageStopEvent, message_json


def test_default_client_settings() -> None:
    with DefaultHttpxClient() as client:
        assert client.timeout == DEFAULT_TIMEOUT
        assert client.follow_redirects is True
        pool = client._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == DEFAULT_CONNECTION_LIMITS.max_connections
        assert pool._max_keepalive_connections == DEFAULT_CONNECTION_LIMITS.max_keepalive_connections
        assert (socket.SOL_SOCKET, socket.SO_KEEPALIVE, True) in pool._socket_options
    with DefaultHttpxClient(timeout=3.0, follow_redirects=False) as client:
        assert client.timeout == httpx.Timeout(3.0)
        assert client.follow_redirects is False


def test_keepalive_options() -> None:
    options = _keepalive_socket_options()
    assert options[0] == (socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
    if hasattr(socket, "TCP_KEEPIDLE"):
        assert (socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 60) in options
        assert (socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 60) in options
        assert (socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 5) in options


def test_async_default_client_settings() -> None:
    client = DefaultAsyncHttpxClient()
    assert client.timeout == DEFAULT_TIMEOUT
    assert client.follow_redirects is True
    asyncio.run(client.aclose())


def test_environment_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "proxy.example:8080")
    monkeypatch.setenv("NO_PROXY", "localhost,internal.example,10.0.0.1")
    proxies = _environment_proxies()
    assert proxies["https://"] == "http://proxy.example:8080"
    assert proxies["all://localhost"] is None
    assert proxies["all://*internal.example"] is None
    assert proxies["all://10.0.0.1"] is None
    with DefaultHttpxClient() as client:
        mounts = {pattern.pattern: transport for pattern, transport in client._mounts.items()}  # type: ignore[attr-defined]
        assert isinstance(mounts["https://"], httpx.HTTPTransport)
        assert mounts["all://localhost"] is None
    monkeypatch.setenv("NO_PROXY", "*")
    assert _environment_proxies() == {}


def test_platform_headers_are_cached_and_complete() -> None:
    headers = platform_headers("1.2.3")
    assert headers is platform_headers("1.2.3")
    assert set(headers) == {
        "X-Stainless-Lang",
        "X-Stainless-Package-Version",
        "X-Stainless-OS",
        "X-Stainless-Arch",
        "X-Stainless-Runtime",
        "X-Stainless-Runtime-Version",
    }
    assert headers["X-Stainless-Package-Version"] == "1.2.3"


class TestRedirectRequest:
    def _request(self, method: str = "POST") -> httpx.Request:
        return httpx.Request(
            method,
            "https://api.anthropic.com/v1/messages",
            headers={
                "X-Api-Key": "k",
                "Authorization": "Bearer t",
                "X-Custom-Auth": "c",
                "Content-Type": "application/json",
            },
            content=b"{}",
        )

    def test_not_a_redirect(self) -> None:
        assert redirect_request(self._request(), httpx.Response(200), ()) is None
        assert redirect_request(self._request(), httpx.Response(302), ()) is None

    @pytest.mark.parametrize(
        "location",
        [
            "https://evil.example/x",
            "http://api.anthropic.com/x",
            "https://api.anthropic.com:8443/x",
            "//evil.example/x",
        ],
    )
    def test_other_origins_get_no_credentials(self, location: str) -> None:
        follow = redirect_request(
            self._request(), httpx.Response(307, headers={"Location": location}), ("x-custom-auth",)
        )
        assert follow is not None
        for name in ("x-api-key", "authorization", "x-custom-auth"):
            assert name not in follow.headers
        assert follow.content == b"{}"

    def test_same_origin_keeps_them(self) -> None:
        follow = redirect_request(self._request(), httpx.Response(308, headers={"Location": "/v2/messages"}), ())
        assert follow is not None
        assert str(follow.url) == "https://api.anthropic.com/v2/messages"
        assert follow.headers["x-api-key"] == "k"
        assert follow.method == "POST"

    @pytest.mark.parametrize(
        ("status", "method", "expected"),
        [
            (301, "POST", "GET"),
            (302, "POST", "GET"),
            (303, "PUT", "GET"),
            (303, "HEAD", "HEAD"),
            (307, "POST", "POST"),
            (302, "GET", "GET"),
        ],
    )
    def test_methods(self, status: int, method: str, expected: str) -> None:
        follow = redirect_request(self._request(method), httpx.Response(status, headers={"Location": "/next"}), ())
        assert follow is not None and follow.method == expected
        if expected != method:
            assert "content-type" not in follow.headers and follow.content == b""


def test_aiohttp_client(server: ScriptedServer) -> None:
    pytest.importorskip("httpx_aiohttp")
    server.script(
        reset_before_headers(),
        reply(200, json=message_json()),
        sse([sse_event("message_stop", {"type": "message_stop"})], chunk_size=3),
    )
    sleeps: List[float] = []

    async def main() -> None:
        client = async_client(server.url, sleeps, http_client=DefaultAioHttpClient())
        messages = AsyncMessages(client)
        message = await messages.create(max_tokens=1, messages=[], model="m")
        assert message.id == "msg_01"  # type: ignore[union-attr]
        stream: Any = await messages.create(max_tokens=1, messages=[], model="m", stream=True)
        events = [event async for event in stream]
        assert [type(event) for event in events] == [MessageStopEvent]
        await client.close()

    asyncio.run(main())
    assert sleeps == [0.5]
    assert server.requests[1].header("x-api-key") == "sk-test-secret"


def test_aiohttp_client_connection_errors(server: ScriptedServer) -> None:
    pytest.importorskip("httpx_aiohttp")
    server.script(reset_before_headers())

    async def main() -> None:
        client = async_client(server.url, http_client=DefaultAioHttpClient(), max_retries=0)
        with pytest.raises(errors.APIConnectionError):
            await AsyncMessages(client).create(max_tokens=1, messages=[], model="m")
        await client.close()

    asyncio.run(main())


def test_custom_transport(server: ScriptedServer) -> None:
    """Any httpx transport works, e.g. a mock one."""
    from .clients import sync_client

    seen: Dict[str, str] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["url"] = str(request.url)
        return httpx.Response(200, json=message_json())

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = sync_client("https://api.example/", http_client=http)
        result = client.request("get", "/v1/messages/x", cast_to=object)
        assert result["id"] == "msg_01"  # type: ignore[index]
    assert seen["url"] == "https://api.example/v1/messages/x"

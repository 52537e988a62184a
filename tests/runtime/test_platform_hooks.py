"""The hooks platform clients (Bedrock, Vertex, Foundry) override, exercised by a made-up platform."""

from __future__ import annotations

import asyncio
import json
from typing import Any, AsyncIterator, Dict, Iterator, List, Mapping, Optional, Union

import httpx
import pytest
from anthropic_runtime import _exceptions as errors
from anthropic_runtime._base_client import AsyncAPIClient, ClientConfig, FinalRequestOptions, SyncAPIClient
from anthropic_runtime._exceptions import STATUS_ERRORS, ServiceUnavailableError
from anthropic_runtime._streaming import ServerSentEvent, SSEBytesDecoder
from anthropic_runtime._types import NotGiven, Timeout, not_given
from typing_extensions import Self

from tests.servers import ScriptedServer, chunked, redirect, reply

from .fake_api import AsyncMessages, Message, Messages, MessageStopEvent, message_json

CONFIG = ClientConfig(base_url="https://platform.example", package_version="0.79.0")


class LineDecoder:
    """A non-SSE framing: one JSON event per line."""

    def _events(self, lines: List[bytes]) -> List[ServerSentEvent]:
        return [ServerSentEvent(event="completion", data=line.decode()) for line in lines if line.strip()]

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        buffer = b""
        for chunk in iterator:
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            yield from self._events(lines)

    async def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        buffer = b""
        async for chunk in iterator:
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for event in self._events(lines):
                yield event


def _rewrite(options: FinalRequestOptions) -> FinalRequestOptions:
    if options.url.startswith("/v1/messages") and options.method == "post":
        assert isinstance(options.json_data, dict)
        body: Dict[str, Any] = options.json_data
        model = body.pop("model")
        stream = body.pop("stream", False)
        body["platform_version"] = "p-2023"
        if "anthropic-beta" in options.headers:
            body["platform_beta"] = str(options.headers["anthropic-beta"]).split(",")
        options.url = f"/model/{model}/{'stream' if stream else 'invoke'}"
    return options


class Platform(SyncAPIClient):
    _config = CONFIG
    _status_errors = {**STATUS_ERRORS, 503: ServiceUnavailableError}

    def __init__(
        self,
        *,
        region: str = "us-east-1",
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        self.region = region
        self.signatures: List[str] = []
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=_strict_response_validation,
        )

    def copy(self, *, region: Optional[str] = None, max_retries: Union[int, NotGiven] = not_given) -> Self:
        return self._copy(max_retries=max_retries, region=region or self.region)

    def _auth_headers(self) -> Dict[str, str]:
        return {"X-Platform-Token": "ptok-secret"}

    def _credential_headers(self) -> Any:
        return super()._credential_headers() | {"x-platform-token"}

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return _rewrite(options)

    def _prepare_request(self, request: httpx.Request) -> None:
        signature = f"sig-{request.method}-{request.url.path}-{request.headers['x-stainless-retry-count']}"
        self.signatures.append(signature)
        request.headers["X-Signature"] = signature

    def _make_sse_decoder(self) -> SSEBytesDecoder:
        return LineDecoder()


class AsyncPlatform(AsyncAPIClient):
    _config = CONFIG
    _status_errors = {**STATUS_ERRORS, 503: ServiceUnavailableError}

    def __init__(self, *, base_url: Union[str, httpx.URL, None] = None, max_retries: int = 2, **_: Any) -> None:
        self.signatures: List[str] = []
        super().__init__(base_url=base_url, max_retries=max_retries)

    def _auth_headers(self) -> Dict[str, str]:
        return {"X-Platform-Token": "ptok-secret"}

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        await asyncio.sleep(0)
        return _rewrite(options)

    async def _prepare_request(self, request: httpx.Request) -> None:
        await asyncio.sleep(0)
        signature = f"sig-{request.headers['x-stainless-retry-count']}"
        self.signatures.append(signature)
        request.headers["X-Signature"] = signature

    def _make_sse_decoder(self) -> SSEBytesDecoder:
        return LineDecoder()


ARGS: Dict[str, Any] = {"max_tokens": 16, "messages": [{"role": "user", "content": "Hi"}], "model": "claude-x@1"}


def _platform(server: ScriptedServer, **kwargs: Any) -> Platform:
    client = Platform(base_url=server.url, **kwargs)
    client._sleep = lambda seconds: None
    return client


def test_options_are_rewritten_once_and_requests_signed_per_attempt(server: ScriptedServer) -> None:
    server.script(reply(500), reply(200, json=message_json()))
    client = _platform(server)
    messages_param = [{"role": "user", "content": "Hi"}]
    message = Messages(client).create(**{**ARGS, "messages": messages_param}, betas=["beta-1"])
    assert isinstance(message, Message)
    assert [request.path for request in server.requests] == ["/model/claude-x@1/invoke"] * 2
    body = server.requests[1].json()
    assert "model" not in body and body["platform_version"] == "p-2023" and body["platform_beta"] == ["beta-1"]
    assert client.signatures == ["sig-POST-/model/claude-x@1/invoke-0", "sig-POST-/model/claude-x@1/invoke-1"]
    assert [request.header("x-signature") for request in server.requests] == client.signatures
    assert server.requests[0].header("x-platform-token") == "ptok-secret"
    assert server.requests[0].header("user-agent") == "Platform/Python 0.79.0"
    assert messages_param == [{"role": "user", "content": "Hi"}]
    client.close()


def test_no_auth_schemes_means_no_credential_check(server: ScriptedServer) -> None:
    server.script(reply(200, json=message_json()))
    client = _platform(server)
    Messages(client).retrieve("m", extra_headers={"X-Platform-Token": "other"})
    assert server.requests[0].header("x-platform-token") == "other"
    client.close()


def test_status_mapping_override(server: ScriptedServer) -> None:
    server.script(reply(503, json={"message": "unavailable"}))
    client = _platform(server, max_retries=0)
    with pytest.raises(errors.ServiceUnavailableError) as info:
        Messages(client).retrieve("m")
    assert info.value.status_code == 503
    client.close()


def test_custom_stream_decoder(server: ScriptedServer) -> None:
    server.script(chunked([b'{"type": "message_', b'stop"}\n']))
    client = _platform(server)
    stream: Any = Messages(client).create(**ARGS, stream=True)
    assert [type(event) for event in stream] == [MessageStopEvent]
    assert server.requests[0].path == "/model/claude-x@1/stream"
    client.close()


def test_platform_credentials_never_cross_origins(server: ScriptedServer, server2: ScriptedServer) -> None:
    server.script(redirect(server2.url + "/elsewhere"))
    server2.script(reply(200, json=message_json()))
    client = _platform(server)
    Messages(client).retrieve("m")
    assert server2.requests[0].header("x-platform-token") is None
    client.close()


def test_copy_passes_extra_arguments(server: ScriptedServer) -> None:
    client = _platform(server, region="eu-west-1")
    copy = client.copy(max_retries=7)
    assert copy.region == "eu-west-1" and copy.max_retries == 7
    assert client.copy(region="ap-south-1").region == "ap-south-1"
    client.close()


def test_async_hooks(server: ScriptedServer) -> None:
    server.script(reply(529), reply(200, json=message_json()), chunked([b'{"type":"message_stop"}\n']))

    async def main() -> None:
        client = AsyncPlatform(base_url=server.url)

        async def no_sleep(seconds: float) -> None:
            return None

        client._sleep = no_sleep
        messages = AsyncMessages(client)
        message = await messages.create(**ARGS)
        assert isinstance(message, Message)
        assert client.signatures == ["sig-0", "sig-1"]
        stream: Any = await messages.create(**ARGS, stream=True)
        events = [event async for event in stream]
        assert [type(event) for event in events] == [MessageStopEvent]
        await client.close()

    asyncio.run(main())
    assert server.requests[0].path == "/model/claude-x@1/invoke"
    assert server.requests[2].path == "/model/claude-x@1/stream"
    assert json.loads(server.requests[0].body)["platform_version"] == "p-2023"

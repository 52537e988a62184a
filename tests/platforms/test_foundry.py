"""AnthropicFoundry / AsyncAnthropicFoundry against a local Foundry look-alike on 127.0.0.1."""

from __future__ import annotations

from typing import Any, Dict, List

import anthropic
import pytest
from anthropic.lib.foundry import AnthropicFoundry, AsyncAnthropicFoundry, MutuallyExclusiveAuthError

from tests.servers import Behaviour, RecordedRequest, ScriptedServer, reply, sse, sse_event

from ._fakes import message, stream_events

ARGS: Dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}]}


class FakeFoundry:
    """Serves /anthropic/v1/messages when the request carries the expected credential."""

    def __init__(self, server: ScriptedServer, *, api_key: str = "azure-key", tokens: tuple = ()) -> None:
        self.server = server
        self.api_key = api_key
        self.tokens = set(tokens)
        server.handler = self.handle

    def handle(self, request: RecordedRequest) -> Behaviour:
        bearer = (request.header("authorization") or "").removeprefix("Bearer ")
        if request.header("api-key") != self.api_key and bearer not in self.tokens:
            return reply(401, json={"type": "error", "error": {"type": "authentication_error", "message": "no"}})
        if request.header("anthropic-version") != "2023-06-01":
            return reply(400, json={"type": "error", "error": {"type": "invalid_request_error", "message": "version"}})
        if request.method == "POST" and request.path == "/anthropic/v1/messages":
            if b'"stream":true' in request.body.replace(b" ", b""):
                return sse([sse_event(event["type"], event) for event in stream_events(["Hi", " there"])])
            return reply(200, json=message())
        if request.path == "/anthropic/v1/messages/count_tokens":
            return reply(200, json={"input_tokens": 5})
        return reply(404, json={"type": "error", "error": {"type": "not_found_error", "message": request.path}})


def test_api_key_headers_and_url(server: ScriptedServer) -> None:
    FakeFoundry(server)
    client = AnthropicFoundry(api_key="azure-key", base_url=server.url + "/anthropic/")
    assert client.messages.create(**ARGS).id == "msg_01"
    request = server.requests[0]
    assert request.target == "/anthropic/v1/messages"
    assert request.header("api-key") == "azure-key" and request.header("x-api-key") == "azure-key"
    assert request.header("authorization") is None
    assert request.header("user-agent") == "AnthropicFoundry/Python 0.79.0"


def test_token_provider_is_called_for_every_attempt(server: ScriptedServer) -> None:
    fake = FakeFoundry(server, tokens=("entra-1", "entra-2", "entra-3"))
    issued: List[str] = []

    def provider() -> str:
        issued.append(f"entra-{len(issued) + 1}")
        return issued[-1]

    server.script(reply(529, json={"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}))
    client = AnthropicFoundry(azure_ad_token_provider=provider, base_url=server.url + "/anthropic/")
    client._sleep = lambda seconds: None
    client.messages.create(**ARGS)
    client.messages.count_tokens(model="claude-sonnet-4-5", messages=ARGS["messages"])
    assert [request.header("authorization") for request in server.requests] == [
        "Bearer entra-1",
        "Bearer entra-2",
        "Bearer entra-3",
    ]
    assert all(request.header("api-key") is None and request.header("x-api-key") is None for request in server.requests)
    assert fake.tokens == set(issued)


@pytest.mark.anyio
async def test_async_token_provider_may_be_a_coroutine(server: ScriptedServer) -> None:
    FakeFoundry(server, tokens=("async-token",))

    async def provider() -> str:
        return "async-token"

    async with AsyncAnthropicFoundry(azure_ad_token_provider=provider, base_url=server.url + "/anthropic") as client:
        assert (await client.messages.create(**ARGS)).id == "msg_01"
        async with client.messages.stream(**ARGS) as stream:
            assert await stream.get_final_text() == "Hi there"
    assert server.requests[0].header("authorization") == "Bearer async-token"


@pytest.mark.anyio
async def test_async_api_key_from_env(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    FakeFoundry(server, api_key="env-key")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_BASE_URL", server.url + "/anthropic/")
    async with AsyncAnthropicFoundry() as client:
        assert (await client.messages.create(**ARGS)).id == "msg_01"
    assert server.requests[0].header("api-key") == "env-key"


def test_sync_stream_and_count_tokens(server: ScriptedServer) -> None:
    FakeFoundry(server)
    client = AnthropicFoundry(api_key="azure-key", base_url=server.url + "/anthropic/")
    with client.messages.stream(**ARGS) as stream:
        assert "".join(stream.text_stream) == "Hi there"
    assert client.messages.count_tokens(model="claude-sonnet-4-5", messages=ARGS["messages"]).input_tokens == 5


def test_resource_names_the_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    client = AnthropicFoundry(api_key="k", resource="my-resource")
    assert str(client.base_url) == "https://my-resource.services.ai.azure.com/anthropic/"
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_RESOURCE", "env-resource")
    assert str(AnthropicFoundry(api_key="k").base_url) == "https://env-resource.services.ai.azure.com/anthropic/"
    assert str(AnthropicFoundry(api_key="k", base_url="http://127.0.0.1:1/x/").base_url) == "http://127.0.0.1:1/x/"
    with pytest.raises(ValueError, match="mutually exclusive"):
        AnthropicFoundry(api_key="k", resource="a", base_url="http://127.0.0.1:1/")
    monkeypatch.delenv("ANTHROPIC_FOUNDRY_RESOURCE")
    with pytest.raises(ValueError, match="No Foundry endpoint"):
        AnthropicFoundry(api_key="k")


def test_credentials_are_required_and_exclusive() -> None:
    with pytest.raises(anthropic.AnthropicError, match="Missing credentials"):
        AnthropicFoundry(resource="r")
    with pytest.raises(MutuallyExclusiveAuthError):
        AnthropicFoundry(resource="r", api_key="k", azure_ad_token_provider=lambda: "t")


def test_first_party_credentials_are_never_sent(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    FakeFoundry(server)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "first-party-key")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "first-party-token")
    AnthropicFoundry(api_key="azure-key", base_url=server.url + "/anthropic/").messages.create(**ARGS)
    request = server.requests[0]
    assert request.header("authorization") is None and request.header("x-api-key") == "azure-key"


def test_batches_and_models_fail_before_any_io(server: ScriptedServer) -> None:
    client = AnthropicFoundry(api_key="azure-key", base_url=server.url + "/anthropic/")
    with pytest.raises(anthropic.AnthropicError, match="Message Batches API is not available in Microsoft Foundry"):
        client.messages.batches.list()
    with pytest.raises(anthropic.AnthropicError, match="Message Batches API"):
        client.beta.messages.batches.create(requests=[])
    with pytest.raises(anthropic.AnthropicError, match="Models API"):
        client.models.list()
    assert server.requests == []


def test_copy_switches_credentials(server: ScriptedServer) -> None:
    FakeFoundry(server, tokens=("copied-token",))
    client = AnthropicFoundry(api_key="azure-key", base_url=server.url + "/anthropic/")
    assert isinstance(client, anthropic.Anthropic)
    copied = client.with_options(azure_ad_token_provider=lambda: "copied-token", max_retries=0)
    assert copied.api_key is None and copied.max_retries == 0
    copied.messages.create(**ARGS)
    assert server.requests[0].header("authorization") == "Bearer copied-token"
    assert server.requests[0].header("api-key") is None
    assert client.copy().api_key == "azure-key"
    with pytest.raises(TypeError, match="azure_ad_token_provider"):
        client.copy(auth_token="x")


def test_provider_must_return_a_string(server: ScriptedServer) -> None:
    client = AnthropicFoundry(azure_ad_token_provider=lambda: "", base_url=server.url + "/anthropic/")
    with pytest.raises(ValueError, match="non-empty string"):
        client.messages.create(**ARGS)
    assert server.requests == []

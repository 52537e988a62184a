"""AnthropicBedrock / AsyncAnthropicBedrock against a local Bedrock look-alike on 127.0.0.1.

The fake endpoint checks every request's SigV4 signature the way Bedrock does
(403 when it does not match), serves ``/model/{model}/invoke`` with a message and
``/model/{model}/invoke-with-response-stream`` with real event-stream frames.
"""

from __future__ import annotations

import collections
import json
import logging
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Deque, Dict, List, Optional

import anthropic
import httpx
import pytest
from anthropic.lib.bedrock import AnthropicBedrock, AsyncAnthropicBedrock
from anthropic.lib.tools import beta_tool

from tests.servers import Behaviour, RecordedRequest, ScriptedServer, chunked, reply

from ._aws import AwsKeys, chunk_frame, error_frame, exception_frame, frames, parse_body, split_at, verify_sigv4
from ._fakes import message, stream_events, tool_use_message

ROOT = Path(__file__).resolve().parents[2]
MODEL = "anthropic.claude-sonnet-4-5-v2:0"
ARGS: Dict[str, Any] = {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": "Hello"}]}
KEYS = AwsKeys()
EVENTSTREAM = "application/vnd.amazon.eventstream"
_INVOKE = re.compile(r"^/model/(?P<model>[^/]+)/(?P<action>invoke|invoke-with-response-stream)$")


class FakeBedrock:
    """Verifies each request's signature, then answers from ``faults`` or by route."""

    def __init__(self, server: ScriptedServer, keys: AwsKeys = KEYS) -> None:
        self.server = server
        self.keys = keys
        self.verdicts: List[Optional[str]] = []
        self.faults: Deque[Behaviour] = collections.deque()
        self.replies: Deque[Dict[str, Any]] = collections.deque()
        self.stream_body: List[bytes] = frames(stream_events(["Hel", "lo", " world"], bedrock_metrics=True))
        server.handler = self.handle

    @property
    def requests(self) -> List[RecordedRequest]:
        return self.server.requests

    def handle(self, request: RecordedRequest) -> Behaviour:
        verdict = verify_sigv4(request, self.server.url, self.keys)
        self.verdicts.append(verdict)
        if verdict is not None:
            return reply(
                403,
                json={"message": f"Signature rejected: {verdict}"},
                headers=[("x-amzn-ErrorType", "InvalidSignatureException")],
            )
        if self.faults:
            return self.faults.popleft()
        match = _INVOKE.match(request.path)
        if match is None:
            return reply(404, json={"message": f"Unknown route {request.path}"})
        body = parse_body(request)
        if not str(body.get("anthropic_version", "")).startswith("bedrock-") or "model" in body or "stream" in body:
            return reply(
                400, json={"message": "Malformed input request"}, headers=[("x-amzn-ErrorType", "ValidationException")]
            )
        if match.group("action") == "invoke":
            return reply(200, json=self.replies.popleft() if self.replies else message())
        return chunked(self.stream_body, content_type=EVENTSTREAM)


@pytest.fixture
def bedrock(server: ScriptedServer) -> FakeBedrock:
    return FakeBedrock(server)


def make_client(server: ScriptedServer, keys: AwsKeys = KEYS, **options: Any) -> AnthropicBedrock:
    client = AnthropicBedrock(
        aws_access_key=keys.access_key,
        aws_secret_key=keys.secret_key,
        aws_session_token=keys.session_token,
        aws_region=keys.region,
        base_url=server.url,
        **options,
    )
    client._sleep = lambda seconds: None
    return client


def make_async_client(server: ScriptedServer, keys: AwsKeys = KEYS, **options: Any) -> AsyncAnthropicBedrock:
    client = AsyncAnthropicBedrock(
        aws_access_key=keys.access_key,
        aws_secret_key=keys.secret_key,
        aws_session_token=keys.session_token,
        aws_region=keys.region,
        base_url=server.url,
        **options,
    )

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep
    return client


# --------------------------------------------------------------------------- requests and signing


def test_create_is_signed_and_rewritten_to_invoke(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    result = make_client(server).messages.create(**ARGS)
    assert result.content[0].type == "text" and result.content[0].text == "Hello there!"
    assert bedrock.verdicts == [None]
    request = bedrock.requests[0]
    assert request.method == "POST"
    assert request.target == f"/model/{MODEL}/invoke"
    body = parse_body(request)
    assert body["anthropic_version"] == "bedrock-2023-05-31"
    assert "model" not in body and "stream" not in body
    assert body["messages"] == ARGS["messages"] and body["max_tokens"] == 64
    assert request.header("user-agent") == "AnthropicBedrock/Python 0.79.0"
    assert request.header("x-api-key") is None and request.header("anthropic-version") is None


@pytest.mark.anyio
async def test_async_create_is_signed_and_rewritten(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    async with make_async_client(server) as client:
        result = await client.messages.create(**ARGS)
    assert result.id == "msg_01"
    assert bedrock.verdicts == [None]
    assert bedrock.requests[0].target == f"/model/{MODEL}/invoke"
    assert bedrock.requests[0].header("x-stainless-async") == "async:asyncio"


def test_betas_travel_in_the_body(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    make_client(server).beta.messages.create(
        **ARGS, betas=["context-1m-2025-08-07", "token-efficient-tools-2025-02-19"]
    )
    request = bedrock.requests[0]
    assert request.target == f"/model/{MODEL}/invoke"  # no ?beta=true
    assert parse_body(request)["anthropic_beta"] == ["context-1m-2025-08-07", "token-efficient-tools-2025-02-19"]
    assert request.header("anthropic-beta") is None
    assert bedrock.verdicts == [None]


def test_extra_body_overrides_version_and_betas(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    make_client(server).beta.messages.create(
        **ARGS, betas=["a-beta"], extra_body={"anthropic_version": "bedrock-2099-01-01", "anthropic_beta": ["mine"]}
    )
    body = parse_body(bedrock.requests[0])
    assert body["anthropic_version"] == "bedrock-2099-01-01" and body["anthropic_beta"] == ["mine"]


@pytest.mark.parametrize(
    ("model", "segment"),
    [
        (
            "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-v2:1",
            "arn:aws:bedrock:us-east-1:123456789012:inference-profile%2Fus.anthropic.claude-v2:1",
        ),
        ("us.anthropic.claude-opus-4-1 v1?x#y", "us.anthropic.claude-opus-4-1%20v1%3Fx%23y"),
        ("..", "%2E%2E"),
    ],
)
def test_model_is_one_percent_encoded_path_segment(
    bedrock: FakeBedrock, server: ScriptedServer, model: str, segment: str
) -> None:
    make_client(server).messages.create(**{**ARGS, "model": model})
    assert bedrock.requests[0].target == f"/model/{segment}/invoke"
    assert bedrock.verdicts == [None]  # signed over the encoded path, as Bedrock canonicalises it


def test_a_retry_is_signed_again(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    bedrock.faults.append(reply(500, json={"message": "Internal"}))
    result = make_client(server).messages.create(**ARGS)
    assert result.id == "msg_01"
    assert bedrock.verdicts == [None, None]
    first, second = bedrock.requests
    assert [first.header("x-stainless-retry-count"), second.header("x-stainless-retry-count")] == ["0", "1"]
    assert first.header("authorization") != second.header("authorization")


@pytest.mark.anyio
async def test_async_retry_is_signed_again(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    bedrock.faults.extend([reply(503, json={"message": "busy"}), reply(429, json={"message": "slow down"})])
    async with make_async_client(server) as client:
        result = await client.messages.create(**ARGS)
    assert result.id == "msg_01"
    assert bedrock.verdicts == [None, None, None]
    assert len({request.header("authorization") for request in bedrock.requests}) == 3


def test_a_wrong_secret_is_rejected_with_403(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    client = make_client(server, AwsKeys(secret_key="not-the-secret"))
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        client.messages.create(**ARGS)
    assert caught.value.status_code == 403
    assert bedrock.verdicts == ["signature mismatch"]  # not retried


def test_session_token_is_sent_and_signed(server: ScriptedServer) -> None:
    keys = AwsKeys(session_token="FQoGZXIvYXdzEXAMPLETOKEN")
    bedrock = FakeBedrock(server, keys)
    make_client(server, keys).messages.create(**ARGS)
    assert bedrock.verdicts == [None]
    assert "x-amz-security-token" in str(bedrock.requests[0].header("authorization")).split("SignedHeaders=")[1]


def test_credentials_come_from_the_environment_chain(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    keys = AwsKeys(access_key="AKIDFROMENV", secret_key="env-secret", session_token="env-token", region="eu-west-3")
    bedrock = FakeBedrock(server, keys)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", keys.access_key)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", keys.secret_key)
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-token")
    monkeypatch.setenv("AWS_REGION", "eu-west-3")
    client = AnthropicBedrock(base_url=server.url)
    assert client.aws_region == "eu-west-3"
    client.messages.create(**ARGS)
    client.messages.create(**ARGS)
    assert bedrock.verdicts == [None, None]


@pytest.mark.anyio
async def test_async_profile_credentials_and_region(hermetic_env: Path, server: ScriptedServer) -> None:
    (hermetic_env / "credentials").write_text(
        "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n"
    )
    (hermetic_env / "config").write_text("[profile dev]\nregion = ap-southeast-2\n")
    bedrock = FakeBedrock(
        server, AwsKeys(access_key="AKIDPROFILE", secret_key="profile-secret", region="ap-southeast-2")
    )
    async with AsyncAnthropicBedrock(aws_profile="dev", base_url=server.url) as client:
        assert client.aws_region == "ap-southeast-2"
        await client.messages.create(**ARGS)
    assert bedrock.verdicts == [None]


def test_missing_credentials_fail_clearly_before_sending(server: ScriptedServer) -> None:
    client = AnthropicBedrock(aws_region="us-east-1", base_url=server.url)
    with pytest.raises(anthropic.AnthropicError, match="Could not find AWS credentials"):
        client.messages.create(**ARGS)
    assert server.requests == []


def test_half_a_key_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="together"):
        AnthropicBedrock(aws_access_key="AKID", aws_region="us-east-1")


def test_caller_authorization_is_sent_unsigned(server: ScriptedServer) -> None:
    server.script(reply(200, json=message()))
    client = make_client(server, default_headers={"Authorization": "Bearer bedrock-api-key"})
    client.messages.create(**ARGS)
    request = server.requests[0]
    assert request.header("authorization") == "Bearer bedrock-api-key"
    assert request.header("x-amz-date") is None


def test_completions_go_to_invoke(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    bedrock.replies.append(
        {
            "id": "compl_1",
            "type": "completion",
            "completion": " Hi",
            "stop_reason": "stop_sequence",
            "model": "anthropic.claude-v2",
        }
    )
    result = make_client(server).completions.create(
        model="anthropic.claude-v2", prompt="\n\nHuman: Hi\n\nAssistant:", max_tokens_to_sample=16
    )
    assert result.completion == " Hi"
    request = bedrock.requests[0]
    assert request.target == "/model/anthropic.claude-v2/invoke"
    assert parse_body(request) == {
        "prompt": "\n\nHuman: Hi\n\nAssistant:",
        "max_tokens_to_sample": 16,
        "anthropic_version": "bedrock-2023-05-31",
    }


def test_http_errors_map_to_sdk_errors(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    bedrock.faults.extend([reply(503, json={"message": "unavailable"})] * 3)
    with pytest.raises(anthropic.ServiceUnavailableError):
        make_client(server).messages.create(**ARGS)
    assert len(bedrock.requests) == 3 and bedrock.verdicts == [None] * 3
    bedrock.faults.append(reply(400, json={"message": "Malformed input request"}))
    with pytest.raises(anthropic.BadRequestError, match="Malformed input"):
        make_client(server).messages.create(**ARGS)


# --------------------------------------------------------------------------- streaming


def _cuts(body: bytes, seed: int) -> List[bytes]:
    import random

    chooser = random.Random(seed)
    return split_at(body, chooser.sample(range(1, len(body)), k=min(40, len(body) - 1)))


@pytest.mark.parametrize("chunking", ["frames", "bytes", "random-1", "random-2", "whole"])
def test_stream_true_yields_the_first_party_events(bedrock: FakeBedrock, server: ScriptedServer, chunking: str) -> None:
    body = b"".join(bedrock.stream_body)
    bedrock.stream_body = {
        "frames": bedrock.stream_body,
        "bytes": [body[index : index + 1] for index in range(len(body))],
        "random-1": _cuts(body, 1),
        "random-2": _cuts(body, 2),
        "whole": [body],
    }[chunking]
    stream = make_client(server).messages.create(**ARGS, stream=True)
    kinds = [event.type for event in stream]
    assert kinds == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    request = bedrock.requests[0]
    assert request.target == f"/model/{MODEL}/invoke-with-response-stream"
    assert "stream" not in parse_body(request)
    assert bedrock.verdicts == [None]


def test_messages_stream_helper(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    with make_client(server).messages.stream(**ARGS) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == "Hello world"
    assert final.content[0].type == "text" and final.content[0].text == "Hello world"
    assert final.stop_reason == "end_turn" and final.usage.output_tokens == 7
    assert bedrock.requests[0].target == f"/model/{MODEL}/invoke-with-response-stream"


@pytest.mark.anyio
async def test_async_messages_stream_helper(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    body = b"".join(bedrock.stream_body)
    bedrock.stream_body = _cuts(body, 7)
    async with make_async_client(server) as client, client.messages.stream(**ARGS) as stream:
        text = "".join([piece async for piece in stream.text_stream])
        final = await stream.get_final_message()
    assert text == "Hello world" and final.content[0].text == "Hello world"  # type: ignore[union-attr]
    assert bedrock.verdicts == [None]


def test_beta_messages_stream(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    with make_client(server).beta.messages.stream(**ARGS, betas=["fine-grained-tool-streaming-2025-05-14"]) as stream:
        final = stream.get_final_message()
    assert final.content[0].type == "text" and final.content[0].text == "Hello world"
    body = parse_body(bedrock.requests[0])
    assert body["anthropic_beta"] == ["fine-grained-tool-streaming-2025-05-14"]


_EXCEPTIONS = [
    ("throttlingException", {}, anthropic.RateLimitError, 429),
    ("validationException", {}, anthropic.BadRequestError, 400),
    ("internalServerException", {}, anthropic.InternalServerError, 500),
    ("serviceUnavailableException", {}, anthropic.ServiceUnavailableError, 503),
    ("modelTimeoutException", {}, anthropic.APIStatusError, 408),
    (
        "modelStreamErrorException",
        {"originalStatusCode": 529, "originalMessage": "Overloaded"},
        anthropic.OverloadedError,
        529,
    ),
    ("modelStreamErrorException", {}, anthropic.APIStatusError, 424),
]


@pytest.mark.parametrize(("name", "extra", "error", "status"), _EXCEPTIONS)
def test_exception_frames_raise_sdk_errors(
    bedrock: FakeBedrock, server: ScriptedServer, name: str, extra: Dict[str, Any], error: type, status: int
) -> None:
    events = stream_events(["partial"])
    bedrock.stream_body = [*frames(events[:4]), exception_frame(name, f"{name} happened", **extra)]
    received: List[str] = []
    with pytest.raises(error) as caught:
        for event in make_client(server).messages.create(**ARGS, stream=True):
            received.append(event.type)
    assert received == ["message_start", "content_block_start", "content_block_delta"]
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert f"{name} happened" in str(caught.value)
    assert caught.value.type == name


@pytest.mark.anyio
async def test_async_exception_frame(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    bedrock.stream_body = [*frames(stream_events(["x"])[:2]), exception_frame("throttlingException", "Too many tokens")]
    async with make_async_client(server) as client:
        with pytest.raises(anthropic.RateLimitError, match="Too many tokens"):
            async with client.messages.stream(**ARGS) as stream:
                async for _ in stream:
                    pass


def test_error_event_inside_a_chunk(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    overloaded = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    bedrock.stream_body = [*frames(stream_events(["x"])[:2]), chunk_frame(overloaded)]
    with pytest.raises(anthropic.OverloadedError):
        list(make_client(server).messages.create(**ARGS, stream=True))


def test_error_message_frame(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    bedrock.stream_body = [error_frame("InternalFailure", "The stream failed")]
    with pytest.raises(anthropic.APIStatusError, match="The stream failed"):
        list(make_client(server).messages.create(**ARGS, stream=True))


def test_corrupt_frame_raises(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    good = frames(stream_events(["x"])[:1])
    bad = bytearray(chunk_frame({"type": "ping"}))
    bad[-1] ^= 0xFF  # message CRC
    bedrock.stream_body = [*good, bytes(bad)]
    with pytest.raises(anthropic.APIStatusError, match="Malformed AWS event-stream frame"):
        list(make_client(server).messages.create(**ARGS, stream=True))


def test_truncated_stream_raises(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    whole = frames(stream_events(["x"]))
    bedrock.stream_body = [*whole[:3], whole[3][:20]]
    with pytest.raises(anthropic.APIStatusError, match="middle of a frame"):
        list(make_client(server).messages.create(**ARGS, stream=True))


# --------------------------------------------------------------------------- tool runner


@beta_tool
def get_weather(city: str) -> str:
    """The weather in a city.

    Args:
        city: The city's name
    """
    return f"{city}: sunny"


def test_tool_runner(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    bedrock.replies.extend([tool_use_message("toolu_1", "get_weather", city="Paris"), message("Sunny in Paris.")])
    runner = make_client(server).beta.messages.tool_runner(**ARGS, tools=[get_weather])
    final = runner.until_done()
    assert final.content[0].type == "text" and final.content[0].text == "Sunny in Paris."
    assert bedrock.verdicts == [None, None]
    second = parse_body(bedrock.requests[1])
    assert second["messages"][-1]["content"][0] == {
        "type": "tool_result",
        "tool_use_id": "toolu_1",
        "content": "Paris: sunny",
    }
    assert all(request.target == f"/model/{MODEL}/invoke" for request in bedrock.requests)


# --------------------------------------------------------------------------- unsupported endpoints


def _unsupported_calls(client: AnthropicBedrock) -> List[Any]:
    return [
        lambda: client.messages.batches.create(requests=[]),
        lambda: client.messages.batches.list(),
        lambda: client.messages.batches.retrieve("msgbatch_1"),
        lambda: client.messages.count_tokens(model=MODEL, messages=ARGS["messages"]),
        lambda: client.beta.messages.count_tokens(model=MODEL, messages=ARGS["messages"]),
        lambda: client.beta.messages.batches.list(),
        lambda: client.beta.files.list(),
        lambda: client.beta.models.list(),
        lambda: client.beta.skills.list(),
        lambda: client.get("/v1/models", cast_to=object),
    ]


def test_unsupported_endpoints_fail_before_any_io(server: ScriptedServer) -> None:
    client = make_client(server)
    for call in _unsupported_calls(client):
        with pytest.raises(anthropic.AnthropicError, match="not available on Amazon Bedrock"):
            call()
    with pytest.raises(anthropic.AnthropicError, match="Message Batches API"):
        client.messages.batches.list()
    with pytest.raises(anthropic.AnthropicError, match="Token counting"):
        client.messages.count_tokens(model=MODEL, messages=ARGS["messages"])
    assert not hasattr(client, "models")
    assert server.requests == []


@pytest.mark.anyio
async def test_async_unsupported_endpoints_fail_before_any_io(server: ScriptedServer) -> None:
    async with make_async_client(server) as client:
        with pytest.raises(anthropic.AnthropicError, match="Files API"):
            await client.beta.files.list()
        with pytest.raises(anthropic.AnthropicError, match="Message Batches API"):
            await client.messages.batches.create(requests=[])
    assert server.requests == []


def test_native_paths_pass_through(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    client = make_client(server)
    raw = client.post(
        f"/model/{MODEL}/invoke", body={"anthropic_version": "bedrock-2023-05-31", "messages": []}, cast_to=object
    )
    assert raw["id"] == "msg_01"  # type: ignore[index]
    assert bedrock.verdicts == [None]


# --------------------------------------------------------------------------- options


def test_region_falls_back_to_aws_region_then_profile_then_us_east_1(
    hermetic_env: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    keys: Dict[str, Any] = {"aws_access_key": "AKID", "aws_secret_key": "secret"}
    assert AnthropicBedrock(**keys, aws_region="eu-central-1").aws_region == "eu-central-1"
    with caplog.at_level(logging.WARNING):
        client = AnthropicBedrock(**keys)
    assert client.aws_region == "us-east-1"
    assert str(client.base_url) == "https://bedrock-runtime.us-east-1.amazonaws.com/"
    assert "No AWS region" in caplog.text
    (hermetic_env / "config").write_text("[default]\nregion = ca-central-1\n[profile work]\nregion = sa-east-1\n")
    assert AnthropicBedrock(**keys).aws_region == "ca-central-1"
    assert AnthropicBedrock(**keys, aws_profile="work").aws_region == "sa-east-1"
    monkeypatch.setenv("AWS_REGION", "us-west-2")
    client = AnthropicBedrock(**keys, aws_profile="work")
    assert client.aws_region == "us-west-2"
    assert str(client.base_url) == "https://bedrock-runtime.us-west-2.amazonaws.com/"


def test_base_url_option_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    keys: Dict[str, Any] = {"aws_access_key": "AKID", "aws_secret_key": "secret", "aws_region": "eu-west-1"}
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", "http://127.0.0.1:1/from-env")
    assert str(AnthropicBedrock(**keys).base_url) == "http://127.0.0.1:1/from-env/"
    assert str(AnthropicBedrock(**keys, base_url="http://127.0.0.1:2").base_url) == "http://127.0.0.1:2/"


def test_copy_keeps_credentials_and_follows_the_region(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    client = AnthropicBedrock(aws_access_key=KEYS.access_key, aws_secret_key=KEYS.secret_key, aws_region="us-east-1")
    moved = client.with_options(aws_region="eu-west-1", max_retries=5)
    assert moved.aws_region == "eu-west-1" and moved.max_retries == 5
    assert str(moved.base_url) == "https://bedrock-runtime.eu-west-1.amazonaws.com/"
    assert moved.aws_access_key == KEYS.access_key and moved._credential_source is client._credential_source
    local = make_client(server).copy(max_retries=0)
    assert str(local.base_url) == server.url + "/"
    local.messages.create(**ARGS)
    assert bedrock.verdicts == [None]


def test_credentials_never_show_in_reprs_or_logs(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    keys = AwsKeys(session_token="SECRET-SESSION-TOKEN")
    FakeBedrock(server, keys)
    client = make_client(server, keys)
    with caplog.at_level(logging.DEBUG, logger="anthropic"):
        client.messages.create(**ARGS)
    assert keys.secret_key not in repr(client)
    assert "SECRET-SESSION-TOKEN" not in caplog.text
    assert "Signature=" not in caplog.text


def test_import_anthropic_does_not_import_boto3() -> None:
    code = (
        "import sys, anthropic\n"
        "from anthropic.lib.bedrock import AnthropicBedrock\n"
        "assert 'boto3' not in sys.modules and 'botocore' not in sys.modules\n"
        "AnthropicBedrock(aws_access_key='a', aws_secret_key='b', aws_region='us-east-1')\n"
        "assert 'boto3' not in sys.modules, 'static keys need no boto3'\n"
    )
    env = {"PYTHONPATH": str(ROOT / "generated"), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=str(ROOT))


def test_signing_covers_the_body(server: ScriptedServer) -> None:
    """A body changed after signing is refused, as Bedrock would."""
    bedrock = FakeBedrock(server)
    client = make_client(server)
    original = client._prepare_request

    def tamper(request: httpx.Request) -> None:
        original(request)
        request._content = request.content.replace(b"Hello", b"Jello")  # type: ignore[attr-defined]
        request.stream = httpx.ByteStream(request._content)  # type: ignore[attr-defined]

    client._prepare_request = tamper  # type: ignore[method-assign]
    with pytest.raises(anthropic.PermissionDeniedError):
        client.messages.create(**ARGS)
    assert bedrock.verdicts == ["signature mismatch"]
    assert json.loads(server.requests[0].body)["messages"][0]["content"] == "Jello"


def test_raw_and_streamed_response_views(bedrock: FakeBedrock, server: ScriptedServer) -> None:
    client = make_client(server)
    raw = client.messages.with_raw_response.create(**ARGS)
    assert raw.http_request.url.path == f"/model/{MODEL}/invoke"
    assert raw.parse().id == "msg_01"
    with client.messages.with_streaming_response.create(**ARGS, stream=True) as response:
        assert response.headers["content-type"] == EVENTSTREAM
        kinds = [event.type for event in response.parse()]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert bedrock.verdicts == [None, None]

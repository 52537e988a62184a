"""The Bedrock and Vertex examples of the SDK reference, run unchanged against local servers.

Only the environment differs: ``ANTHROPIC_BEDROCK_BASE_URL`` / ``ANTHROPIC_VERTEX_BASE_URL``
point the clients at 127.0.0.1 (both variables are supported by the official SDK), and
``google.auth.default`` returns counting credentials in place of application default
credentials (the Vertex example passes none).
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

import anthropic
import google.auth
import pytest

from tests.servers import ScriptedServer

from ._aws import AwsKeys
from .test_bedrock import FakeBedrock
from .test_vertex import CountingCredentials, FakeVertex, _route

BEDROCK_SEED = """
from anthropic import AnthropicBedrock

client = AnthropicBedrock(
    aws_access_key="your-access-key",
    aws_secret_key="your-secret-key",
    aws_region="us-east-1",
)

message = client.messages.create(
    model="anthropic.claude-sonnet-4-5-v2:0",
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello"}]
)
"""

VERTEX_SEED = """
from anthropic import AnthropicVertex

client = AnthropicVertex(
    project_id="your-project-id",
    region="us-central1",
)

message = client.messages.create(
    model="claude-sonnet-4-5@20250929",
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello"}]
)
"""


def _exported(name: str) -> None:
    if not hasattr(anthropic, name):
        pytest.skip(f"anthropic does not export {name} yet (openapi/sdk.yaml overlays.exports)")


def _run(seed: str) -> Dict[str, Any]:
    namespace: Dict[str, Any] = {"__name__": "seed"}
    exec(compile(seed, "<seed>", "exec"), namespace)
    return namespace


def test_bedrock_seed(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    _exported("AnthropicBedrock")
    bedrock = FakeBedrock(server, AwsKeys(access_key="your-access-key", secret_key="your-secret-key"))
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", server.url)
    result = _run(BEDROCK_SEED)["message"]
    assert isinstance(result, anthropic.types.Message)
    assert result.to_dict()["content"] == [{"type": "text", "text": "Hello there!"}]
    assert bedrock.verdicts == [None]
    assert bedrock.requests[0].target == "/model/anthropic.claude-sonnet-4-5-v2:0/invoke"


def test_vertex_seed(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    _exported("AnthropicVertex")
    credentials = CountingCredentials()
    vertex = FakeVertex(server, credentials.issued)

    def application_default(**kwargs: Any) -> Tuple[CountingCredentials, Optional[str]]:
        return credentials, "adc-project-not-used"

    monkeypatch.setattr(google.auth, "default", application_default)
    monkeypatch.setenv("ANTHROPIC_VERTEX_BASE_URL", server.url + "/v1")
    result = _run(VERTEX_SEED)["message"]
    assert isinstance(result, anthropic.types.Message)
    assert result.to_dict()["content"] == [{"type": "text", "text": "Hello there!"}]
    assert credentials.refreshes == 1
    assert _route(vertex.requests[0]) == {
        "project": "your-project-id",
        "region": "us-central1",
        "model": "claude-sonnet-4-5@20250929",
        "action": "rawPredict",
    }

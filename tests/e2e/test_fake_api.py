"""The fake Anthropic API (tests/servers/anthropic_api.py) answers like the real one.

Checked with plain HTTP (httpx, no SDK) so that an SDK defect cannot hide a server defect, plus a
few runs through the SDK for the scripted faults. Also its command line, on the oldest and the
newest interpreter (it needs only the standard library).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Dict, Iterator, List, Optional, Tuple

import anthropic
import httpx
import pytest
from pydantic import BaseModel

from tests.e2e._support import ROOT, interpreters
from tests.servers.anthropic_api import FakeAnthropicAPI, value_for_schema

KEY = "sk-ant-fake-api-tests"
HEADERS = {"x-api-key": KEY, "anthropic-version": "2023-06-01"}
MODEL = "claude-sonnet-4-5-20250929"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeAnthropicAPI]:
    with FakeAnthropicAPI(api_keys=[KEY]) as api:
        yield api


@pytest.fixture
def http(server: FakeAnthropicAPI) -> Iterator[httpx.Client]:
    server.reset()
    with httpx.Client(base_url=server.url, headers=HEADERS, timeout=10) as client:
        yield client


def _message(**extra: Any) -> Dict[str, Any]:
    return {"model": MODEL, "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello"}], **extra}


def _sse(response: httpx.Response) -> List[Tuple[str, Dict[str, Any]]]:
    events: List[Tuple[str, Dict[str, Any]]] = []
    name: Optional[str] = None
    for line in response.iter_lines():
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            assert name is not None
            events.append((name, json.loads(line[len("data: ") :])))
            name = None
    return events


TOOLS = [
    {
        "name": "get_weather",
        "description": "Get the weather",
        "input_schema": {
            "type": "object",
            "properties": {
                "location": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1},
            },
            "required": ["location"],
        },
    }
]


# ----------------------------------------------------------------------------- authentication, errors


def test_authentication_and_version_are_checked(server: FakeAnthropicAPI) -> None:
    server.reset()
    url = f"{server.url}/v1/messages"
    no_key = httpx.post(url, json=_message(), headers={"anthropic-version": "2023-06-01"})
    assert no_key.status_code == 401
    assert no_key.json()["error"]["type"] == "authentication_error"
    assert (
        no_key.headers["request-id"].startswith("req_01")
        and no_key.json()["request_id"] == no_key.headers["request-id"]
    )
    wrong_key = httpx.post(url, json=_message(), headers={**HEADERS, "x-api-key": "sk-wrong"})
    assert wrong_key.status_code == 401
    bearer = httpx.post(
        url, json=_message(), headers={"authorization": f"Bearer {KEY}", "anthropic-version": "2023-06-01"}
    )
    assert bearer.status_code == 200
    no_version = httpx.post(url, json=_message(), headers={"x-api-key": KEY})
    assert no_version.status_code == 400 and "anthropic-version" in no_version.json()["error"]["message"]
    assert len(server.requests) == 4


@pytest.mark.parametrize(
    "body, status, fragment",
    [
        ({"max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}, 400, "model"),
        ({"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}, 400, "max_tokens"),
        ({"model": MODEL, "max_tokens": 10, "messages": []}, 400, "messages"),
        ({"model": MODEL, "max_tokens": 10, "messages": [{"role": "assistant", "content": "hi"}]}, 400, "user"),
        (
            {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}], "temperature": 2},
            400,
            "temperature",
        ),
        (
            {"model": "claude-no-such-model", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]},
            404,
            "model",
        ),
        (
            {
                "model": MODEL,
                "max_tokens": 10,
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {
                                "type": "image",
                                "source": {"type": "base64", "media_type": "image/png", "data": "/9j/4AAQ"},
                            }
                        ],
                    }
                ],
            },
            400,
            "image/png",
        ),
    ],
)
def test_invalid_requests(http: httpx.Client, body: Dict[str, Any], status: int, fragment: str) -> None:
    response = http.post("/v1/messages", json=body)
    assert response.status_code == status
    error = response.json()
    assert error["type"] == "error" and fragment in error["error"]["message"]
    assert error["error"]["type"] == ("not_found_error" if status == 404 else "invalid_request_error")


def test_unknown_routes(http: httpx.Client) -> None:
    assert http.get("/v1/nothing").status_code == 404
    assert http.get("/v1/messages/batches/msgbatch_01unknown").json()["error"]["type"] == "not_found_error"
    assert (
        http.delete("/v1/files/file_01unknown", headers={"anthropic-beta": "files-api-2025-04-14"}).status_code == 404
    )


def test_scripted_faults(http: httpx.Client, server: FakeAnthropicAPI) -> None:
    server.fail_next(429, times=2, route="POST /v1/messages$")
    server.fail_next(529, route="POST /v1/messages/count_tokens")
    assert http.post("/v1/messages/count_tokens", json=_message()).status_code == 529
    first = http.post("/v1/messages", json=_message())
    assert first.status_code == 429 and first.json()["error"]["type"] == "rate_limit_error"
    assert first.headers["retry-after-ms"] == "1"
    assert http.post("/v1/messages", json=_message()).status_code == 429
    assert http.post("/v1/messages", json=_message()).status_code == 200
    assert server.pending_faults == 0


# ----------------------------------------------------------------------------- messages


def test_message_json(http: httpx.Client) -> None:
    body = http.post("/v1/messages", json=_message(system="Be brief.")).json()
    assert body["id"].startswith("msg_01") and len(body["id"]) == len("msg_01") + 22
    assert body["type"] == "message" and body["role"] == "assistant" and body["model"] == MODEL
    assert body["stop_reason"] == "end_turn" and body["content"][0]["type"] == "text"
    assert body["usage"]["input_tokens"] > 0 and body["usage"]["output_tokens"] > 0


def test_tool_use_then_tool_result(http: httpx.Client) -> None:
    first = http.post("/v1/messages", json=_message(tools=TOOLS)).json()
    assert first["stop_reason"] == "tool_use"
    tool_use = first["content"][-1]
    assert tool_use["type"] == "tool_use" and tool_use["id"].startswith("toolu_01")
    assert tool_use["input"] == {"location": "San Francisco, CA", "unit": "celsius", "days": 1}
    result = {"type": "tool_result", "tool_use_id": tool_use["id"], "content": "Sunny, 20C"}
    messages = [
        {"role": "user", "content": "Hello"},
        {"role": "assistant", "content": first["content"]},
        {"role": "user", "content": [result]},
    ]
    second = http.post("/v1/messages", json=_message(tools=TOOLS, messages=messages)).json()
    assert second["stop_reason"] == "end_turn" and "Sunny, 20C" in second["content"][0]["text"]
    none = http.post("/v1/messages", json=_message(tools=TOOLS, tool_choice={"type": "none"})).json()
    assert none["stop_reason"] == "end_turn"


def test_stream_events_are_consistent(http: httpx.Client) -> None:
    request = _message(tools=TOOLS, thinking={"type": "enabled", "budget_tokens": 1024}, stream=True)
    with http.stream("POST", "/v1/messages", json=request) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _sse(response)
    names = [name for name, _ in events]
    assert names[:2] == ["message_start", "ping"] and names[-2:] == ["message_delta", "message_stop"]
    assert all(name == data["type"] for name, data in events)
    blocks: Dict[int, Dict[str, Any]] = {}
    partial: Dict[int, str] = {}
    for name, data in events:
        if name == "content_block_start":
            assert data["index"] == len(blocks)
            blocks[data["index"]] = dict(data["content_block"])
        elif name == "content_block_delta":
            block, delta = blocks[data["index"]], data["delta"]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
            elif delta["type"] == "input_json_delta":
                partial[data["index"]] = partial.get(data["index"], "") + delta["partial_json"]
    assert [b["type"] for b in blocks.values()] == ["thinking", "text", "tool_use"]
    assert blocks[0]["thinking"] and blocks[0]["signature"]
    assert json.loads(partial[2]) == {"location": "San Francisco, CA", "unit": "celsius", "days": 1}
    assert events[-2][1]["delta"]["stop_reason"] == "tool_use"
    assert len([n for n in names if n == "content_block_delta"]) >= 6


def test_structured_output(http: httpx.Client) -> None:
    class Address(BaseModel):
        city: str
        zip_code: Optional[str] = None

    class Person(BaseModel):
        name: str
        age: int
        email: str
        tags: List[str]
        address: Address
        role: Optional[str] = None

    schema = Person.model_json_schema()
    assert "$defs" in schema
    for field in (
        {"output_config": {"format": {"type": "json_schema", "schema": schema}}},
        {"output_format": {"type": "json_schema", "schema": schema}},
    ):
        body = http.post("/v1/messages", json=_message(**field)).json()
        person = Person.model_validate_json(body["content"][0]["text"])
        assert person.address.city and person.tags
    assert value_for_schema({"type": "string", "format": "date-time"}) == "2026-02-07T12:00:00Z"
    assert value_for_schema({"anyOf": [{"type": "null"}, {"type": "integer", "minimum": 3}]}) == 3


def test_max_tokens_truncates(http: httpx.Client) -> None:
    body = http.post("/v1/messages", json=_message(max_tokens=3)).json()
    assert body["stop_reason"] == "max_tokens" and body["usage"]["output_tokens"] == 3


def test_prompt_caching_counts(http: httpx.Client) -> None:
    system = [{"type": "text", "text": "Long instructions. " * 50, "cache_control": {"type": "ephemeral"}}]
    first = http.post("/v1/messages", json=_message(system=system)).json()["usage"]
    second = http.post("/v1/messages", json=_message(system=system)).json()["usage"]
    assert first["cache_creation_input_tokens"] > 0 and first["cache_read_input_tokens"] == 0
    assert second["cache_read_input_tokens"] == first["cache_creation_input_tokens"]
    assert second["cache_creation_input_tokens"] == 0


def test_count_tokens(http: httpx.Client) -> None:
    request = {"model": MODEL, "messages": [{"role": "user", "content": "Hello, world"}]}
    assert http.post("/v1/messages/count_tokens", json=request).json() == {"input_tokens": 10}
    assert http.post("/v1/messages/count_tokens?beta=true", json=request).json() == {"input_tokens": 10}


# ----------------------------------------------------------------------------- batches, models, files


def test_batches(http: httpx.Client) -> None:
    requests = [
        {"custom_id": "ok", "params": _message()},
        {"custom_id": "bad", "params": {"model": MODEL, "messages": [{"role": "user", "content": "x"}]}},
    ]
    batch = http.post("/v1/messages/batches", json={"requests": requests}).json()
    assert batch["id"].startswith("msgbatch_01") and batch["processing_status"] == "ended"
    assert batch["request_counts"] == {"processing": 0, "succeeded": 1, "errored": 1, "canceled": 0, "expired": 0}
    assert batch["results_url"].endswith(f"/v1/messages/batches/{batch['id']}/results")
    assert http.get(f"/v1/messages/batches/{batch['id']}").json() == batch
    lines = http.get(f"/v1/messages/batches/{batch['id']}/results").text.splitlines()
    results = {item["custom_id"]: item["result"] for item in map(json.loads, lines)}
    assert results["ok"]["type"] == "succeeded" and results["ok"]["message"]["usage"]["service_tier"] == "batch"
    assert results["bad"]["type"] == "errored" and results["bad"]["error"]["error"]["type"] == "invalid_request_error"
    second = http.post("/v1/messages/batches?beta=true", json={"requests": requests[:1]}).json()
    listed = http.get("/v1/messages/batches", params={"limit": 1}).json()
    assert listed["data"][0]["id"] == second["id"] and listed["has_more"] is True
    assert http.post(f"/v1/messages/batches/{batch['id']}/cancel").json()["processing_status"] == "ended"
    deleted = http.delete(f"/v1/messages/batches/{batch['id']}").json()
    assert deleted == {"id": batch["id"], "type": "message_batch_deleted"}
    assert http.get(f"/v1/messages/batches/{batch['id']}").status_code == 404
    duplicate = http.post("/v1/messages/batches", json={"requests": requests[:1] * 2})
    assert duplicate.status_code == 400


def test_models_pagination(http: httpx.Client) -> None:
    first = http.get("/v1/models", params={"limit": 4}).json()
    assert len(first["data"]) == 4 and first["has_more"] and first["first_id"] == first["data"][0]["id"]
    after = http.get("/v1/models", params={"limit": 4, "after_id": first["last_id"]}).json()
    before = http.get("/v1/models", params={"limit": 2, "before_id": after["first_id"]}).json()
    assert [m["id"] for m in before["data"]] == [m["id"] for m in first["data"][2:]]
    assert http.get("/v1/models/claude-sonnet-4-5").json()["id"] == MODEL
    assert http.get("/v1/models/claude-sonnet-4-5?beta=true").json()["type"] == "model"
    assert http.get("/v1/models", params={"limit": 0}).status_code == 400


def test_files(http: httpx.Client, server: FakeAnthropicAPI) -> None:
    beta = {"anthropic-beta": "files-api-2025-04-14"}
    assert http.get("/v1/files?beta=true").status_code == 400  # the beta header is required
    uploaded = http.post("/v1/files?beta=true", files={"file": ("a.txt", b"hello", "text/plain")}, headers=beta).json()
    assert uploaded["filename"] == "a.txt" and uploaded["mime_type"] == "text/plain" and uploaded["size_bytes"] == 5
    assert http.get(f"/v1/files/{uploaded['id']}?beta=true", headers=beta).json() == uploaded
    assert http.get(f"/v1/files/{uploaded['id']}/content?beta=true", headers=beta).content == b"hello"
    assert [f["id"] for f in http.get("/v1/files?beta=true", headers=beta).json()["data"]] == [uploaded["id"]]
    assert http.delete(f"/v1/files/{uploaded['id']}?beta=true", headers=beta).json()["type"] == "file_deleted"
    assert (
        http.post("/v1/files?beta=true", content=b"x", headers={**beta, "content-type": "text/plain"}).status_code
        == 400
    )
    assert server.requests[1].betas == ["files-api-2025-04-14"] and server.requests[1].beta


# ----------------------------------------------------------------------------- through the SDK


def test_sdk_retries_scripted_429(server: FakeAnthropicAPI) -> None:
    server.reset()
    server.fail_next(429, times=2)
    client = anthropic.Anthropic(base_url=server.url, api_key=KEY)
    message = client.messages.create(**_message())
    assert message.stop_reason == "end_turn"
    assert [r.header("x-stainless-retry-count") for r in server.requests] == ["0", "1", "2"]


def test_sdk_sees_overloaded_error_mid_stream(server: FakeAnthropicAPI) -> None:
    server.reset()
    server.fail_next(529, mid_stream=True)
    client = anthropic.Anthropic(base_url=server.url, api_key=KEY, max_retries=0)
    with pytest.raises(anthropic.OverloadedError), client.messages.stream(**_message()) as stream:
        for _ in stream.text_stream:
            pass


# ----------------------------------------------------------------------------- command line


@pytest.mark.parametrize("how", ["module", "script-3.9", "script-3.13"])
def test_command_line(how: str) -> None:
    if how == "module":
        command = [sys.executable, "-m", "tests.servers.anthropic_api", "--port", "0", "--api-key", KEY]
    else:
        python = interpreters()[how.split("-")[1]]
        command = [str(python), str(ROOT / "tests" / "servers" / "anthropic_api.py"), "--port", "0", "--api-key", KEY]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("fake Anthropic API listening on http://127.0.0.1:"), line + process.stderr.read()
        url = line.split()[-1]
        assert httpx.get(f"{url}/_fake/health").json()["ok"] is True
        httpx.post(f"{url}/_fake/faults", json={"status": 529, "times": 1})
        assert httpx.post(f"{url}/v1/messages", json=_message(), headers=HEADERS).status_code == 529
        assert httpx.post(f"{url}/v1/messages", json=_message(), headers=HEADERS).status_code == 200
        recorded = httpx.get(f"{url}/_fake/requests").json()["requests"]
        assert [r["route"] for r in recorded] == ["POST /v1/messages"] * 2
        assert recorded[0]["json"]["model"] == MODEL and recorded[0]["headers"]["x-api-key"] == KEY
        httpx.post(f"{url}/_fake/reset")
        assert httpx.get(f"{url}/_fake/requests").json()["requests"] == []
    finally:
        process.terminate()
        process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

"""`messages.stream()` / `beta.messages.stream()` against a local SSE server, sync and async."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import anthropic
import pytest
from anthropic.lib.streaming import (
    AsyncMessageStream,
    BetaAsyncMessageStream,
    BetaMessageStream,
    InputJsonEvent,
    MessageStream,
    TextEvent,
)

from .overlay_server import Reply, ScriptedServer
from .overlay_streams import (
    ALL_MESSAGES,
    CITATIONS_MESSAGE,
    TEXT_MESSAGE,
    THINKING_MESSAGE,
    TOOL_USE_MESSAGE,
    reference_events,
    sse_reply,
    stream_events,
    summarise,
    to_sse,
)

PARAMS: Dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hello"}],
}


def final_blocks(final: Dict[str, Any]) -> List[Dict[str, Any]]:
    return list(final["content"])


# --------------------------------------------------------------------------- sync


@pytest.mark.parametrize("name", sorted(ALL_MESSAGES))
def test_stream_yields_raw_and_helper_events(client: anthropic.Anthropic, server: ScriptedServer, name: str) -> None:
    final = ALL_MESSAGES[name]
    server.script(sse_reply(final, chunk_size=7))

    with client.messages.stream(**PARAMS) as stream:
        assert isinstance(stream, MessageStream)
        events = list(stream)

    assert [summarise(e) for e in events] == reference_events(stream_events(final))
    stops = [e for e in events if e.type == "content_block_stop"]
    assert [e.content_block.to_dict(mode="json") for e in stops] == final_blocks(final)
    assert events[-1].type == "message_stop"
    assert events[-1].message.to_dict(mode="json") == final
    assert stream.get_final_message().to_dict(mode="json") == final
    assert stream.get_final_message() is events[-1].message


def test_stream_request_and_response_details(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(TEXT_MESSAGE))
    with client.messages.stream(**PARAMS, temperature=0.5) as stream:
        assert stream.request_id == "req_1"
        assert stream.response.status_code == 200
        text = "".join(stream.text_stream)
    assert text == TEXT_MESSAGE["content"][0]["text"]
    assert stream.get_final_text() == text

    [request] = server.requests
    assert request.path == "/v1/messages"
    assert request.body == {**PARAMS, "temperature": 0.5, "stream": True}
    assert request.headers["x-stainless-helper-method"] == "stream"
    assert request.headers["x-stainless-stream-helper"] == "messages"


def test_nothing_is_sent_before_the_block_is_entered(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    manager = client.messages.stream(**PARAMS)
    assert server.requests == []
    server.script(sse_reply(TEXT_MESSAGE))
    with manager as stream:
        stream.until_done()
    assert len(server.requests) == 1


def test_text_snapshots_stay_correct_when_read_late(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(TEXT_MESSAGE))
    with client.messages.stream(**PARAMS) as stream:
        texts = [e for e in stream if isinstance(e, TextEvent)]
    # Read only after the whole stream: each snapshot is still the text as of its own event.
    running = ""
    for event in texts:
        running += event.text
        assert event.snapshot == running
    assert repr(texts[0]).startswith("TextEvent(")
    assert texts[0].to_dict() == {"type": "text", "text": texts[0].text, "snapshot": texts[0].text}


def test_input_json_snapshots(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(TOOL_USE_MESSAGE))
    with client.messages.stream(**PARAMS) as stream:
        events = [e for e in stream if isinstance(e, InputJsonEvent)]
        final = stream.get_final_message()
    assert (
        events[-1].snapshot == TOOL_USE_MESSAGE["content"][1]["input"]
        or events[-1].snapshot == (TOOL_USE_MESSAGE["content"][2]["input"])
    )
    assert [b.input for b in final.content if b.type == "tool_use"] == [
        TOOL_USE_MESSAGE["content"][1]["input"],
        TOOL_USE_MESSAGE["content"][2]["input"],
    ]
    assert final.stop_reason == "tool_use"


def test_current_message_snapshot_follows_the_stream(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(TEXT_MESSAGE))
    seen: List[str] = []
    with client.messages.stream(**PARAMS) as stream:
        for _ in stream.text_stream:
            block = stream.current_message_snapshot.content[0]
            assert block.type == "text"
            seen.append(block.text)
    expected = TEXT_MESSAGE["content"][0]["text"]
    assert seen[-1] == expected
    assert all(expected.startswith(prefix) for prefix in seen)
    assert seen == sorted(seen, key=len)


def test_thinking_and_signature_events(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(THINKING_MESSAGE))
    with client.messages.stream(**PARAMS) as stream:
        kinds = [e.type for e in stream]
        message = stream.get_final_message()
    assert kinds.count("signature") == 1
    assert kinds.index("signature") > max(i for i, k in enumerate(kinds) if k == "thinking")
    thinking = message.content[0]
    assert thinking.type == "thinking"
    assert thinking.signature == THINKING_MESSAGE["content"][0]["signature"]


def test_citation_events(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(CITATIONS_MESSAGE))
    with client.messages.stream(**PARAMS) as stream:
        citations = [e for e in stream if e.type == "citation"]
    assert [len(e.snapshot) for e in citations] == [1, 2]
    assert citations[1].snapshot[0].cited_text == "The grass is green."


def test_get_final_text_requires_a_text_block(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    only_tool = {**TOOL_USE_MESSAGE, "content": TOOL_USE_MESSAGE["content"][1:]}
    server.script(sse_reply(only_tool))
    with client.messages.stream(**PARAMS) as stream, pytest.raises(RuntimeError, match="tool_use"):
        stream.get_final_text()


def test_error_event_mid_stream_raises_after_the_first_events(
    client: anthropic.Anthropic, server: ScriptedServer
) -> None:
    events = stream_events(TEXT_MESSAGE)[:8]
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    body = to_sse(events) + b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n"
    server.script(Reply(chunks=[body]))
    received: List[str] = []
    with client.messages.stream(**PARAMS) as stream, pytest.raises(anthropic.APIStatusError) as info:
        for text in stream.text_stream:
            received.append(text)
    assert isinstance(info.value, anthropic.OverloadedError)
    assert received  # the text before the error was delivered
    assert stream.current_message_snapshot.content[0].text == "".join(received)


def test_connection_dropped_mid_stream_raises_sdk_error(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    body = to_sse(stream_events(TEXT_MESSAGE))
    server.script(Reply(chunks=[body[:200], body[200:400], body[400:]], drop_after=2))
    with client.messages.stream(**PARAMS) as stream, pytest.raises(anthropic.APIConnectionError):
        stream.until_done()


def test_close_releases_the_response(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(TEXT_MESSAGE))
    with client.messages.stream(**PARAMS) as stream:
        next(iter(stream))
    assert stream.response.is_closed


def test_beta_stream(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(TOOL_USE_MESSAGE))
    with client.beta.messages.stream(**PARAMS, betas=["fine-grained-tool-streaming-2025-05-14"]) as stream:
        assert isinstance(stream, BetaMessageStream)
        events = list(stream)
    expected = reference_events(stream_events(TOOL_USE_MESSAGE), beta=True, partial_mode="trailing-strings")
    assert [summarise(e) for e in events] == expected
    message = stream.get_final_message()
    assert [b.to_dict(mode="json") for b in message.content] == TOOL_USE_MESSAGE["content"]
    [request] = server.requests
    assert request.path == "/v1/messages?beta=true"
    assert request.headers["anthropic-beta"] == "fine-grained-tool-streaming-2025-05-14"
    assert request.headers["x-stainless-stream-helper"] == "beta.messages"


def test_fine_grained_tool_streaming_keeps_unfinished_strings(
    client: anthropic.Anthropic, server: ScriptedServer
) -> None:
    server.script(sse_reply(TOOL_USE_MESSAGE))
    with client.beta.messages.stream(**PARAMS, betas=["fine-grained-tool-streaming-2025-05-14"]) as stream:
        snapshots = [e.snapshot for e in stream if e.type == "input_json"]
    # With the beta, a string being streamed shows up before its closing quote.
    assert any(
        isinstance(s, dict) and s.get("location", "").startswith("San") and s["location"] != "San Francisco, CA"
        for s in snapshots
    )


# --------------------------------------------------------------------------- async


@pytest.mark.anyio
@pytest.mark.parametrize("name", sorted(ALL_MESSAGES))
async def test_async_stream_yields_raw_and_helper_events(
    async_client: anthropic.AsyncAnthropic, server: ScriptedServer, name: str
) -> None:
    final = ALL_MESSAGES[name]
    server.script(sse_reply(final, chunk_size=5))

    async with async_client.messages.stream(**PARAMS) as stream:
        assert isinstance(stream, AsyncMessageStream)
        events = [event async for event in stream]

    assert [summarise(e) for e in events] == reference_events(stream_events(final))
    assert (await stream.get_final_message()).to_dict(mode="json") == final


@pytest.mark.anyio
async def test_async_text_stream_and_final_text(async_client: anthropic.AsyncAnthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(TEXT_MESSAGE))
    async with async_client.messages.stream(**PARAMS) as stream:
        text = "".join([t async for t in stream.text_stream])
        assert stream.request_id == "req_1"
    assert text == await stream.get_final_text()
    assert server.requests[0].headers["x-stainless-helper-method"] == "stream"


@pytest.mark.anyio
async def test_async_no_request_without_entering(
    async_client: anthropic.AsyncAnthropic, server: ScriptedServer
) -> None:
    manager = async_client.messages.stream(**PARAMS)
    del manager  # no coroutine was created, so nothing to warn about
    assert server.requests == []


@pytest.mark.anyio
async def test_async_error_event_mid_stream(async_client: anthropic.AsyncAnthropic, server: ScriptedServer) -> None:
    events = stream_events(TEXT_MESSAGE)[:8]
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    body = to_sse(events) + b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n"
    server.script(Reply(chunks=[body]))
    async with async_client.messages.stream(**PARAMS) as stream:
        with pytest.raises(anthropic.OverloadedError):
            await stream.until_done()


@pytest.mark.anyio
async def test_async_beta_stream(async_client: anthropic.AsyncAnthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(THINKING_MESSAGE))
    async with async_client.beta.messages.stream(**PARAMS) as stream:
        assert isinstance(stream, BetaAsyncMessageStream)
        events = [e async for e in stream]
    assert [summarise(e) for e in events] == reference_events(stream_events(THINKING_MESSAGE), beta=True)
    message = await stream.get_final_message()
    assert [b.to_dict(mode="json") for b in message.content] == THINKING_MESSAGE["content"]

"""The stream idle timeout: how it is set (client, request, stream) and what it does not count.

A server that keeps a stream open with ``ping`` events defeats the read
timeout; ``stream_idle_timeout`` bounds the wait for the next real event.
The fault table covers the basic cases (scenarios ``stream-ping-stall-*``).
"""

from __future__ import annotations

import time
from typing import Any, List

import anthropic
import pytest
from anthropic._streaming import AsyncStream, Stream
from anthropic.types import RawMessageStreamEvent

from tests.servers import ScriptedServer, sse
from tests.servers.faults import ping_stall

from .scenarios import ALL, EVENTS, HEAD, HEAD_ITEMS, describe
from .support import ARGS, async_client, sync_client

STALL = 4.0  # seconds of pings the server sends at most; the tests expect to stop long before


def _stalling(server: ScriptedServer) -> None:
    server.script(ping_stall(HEAD, every=0.02, for_seconds=STALL))


def _drain(stream: Any) -> List[str]:
    delivered: List[str] = []
    try:
        for event in stream:
            delivered.append(describe(event))
    except anthropic.APITimeoutError:
        delivered.append("timeout")
    return delivered


async def _adrain(stream: Any) -> List[str]:
    delivered: List[str] = []
    try:
        async for event in stream:
            delivered.append(describe(event))
    except anthropic.APITimeoutError:
        delivered.append("timeout")
    return delivered


def test_off_by_default(server: ScriptedServer) -> None:
    client = sync_client(server.url, [])
    assert client.stream_idle_timeout is None
    server.script(ping_stall(HEAD, every=0.01, for_seconds=0.2, then=EVENTS[5:]))
    with client.messages.create(**ARGS, stream=True) as stream:
        assert stream.idle_timeout is None
        assert _drain(stream) == list(ALL)
    client.close()


def test_client_option_survives_copy_and_with_options(server: ScriptedServer) -> None:
    client = sync_client(server.url, [])
    client.stream_idle_timeout = 0.25
    for derived in (client.copy(), client.with_options(max_retries=0)):
        assert derived.stream_idle_timeout == 0.25
    _stalling(server)
    started = time.monotonic()
    stream = client.with_options(max_retries=0).messages.create(**ARGS, stream=True)
    assert _drain(stream) == [*HEAD_ITEMS, "timeout"]
    assert time.monotonic() - started < STALL / 2
    assert stream.response.is_closed
    client.close()


@pytest.mark.parametrize("override", [0.25, None])
def test_per_request_option_overrides_the_client(server: ScriptedServer, override: Any) -> None:
    """``options={"stream_idle_timeout": ...}`` (low-level verbs) wins over the client's setting."""
    client = sync_client(server.url, [])
    client.stream_idle_timeout = None if override is not None else 0.25
    if override is None:
        server.script(ping_stall(HEAD, every=0.01, for_seconds=0.4, then=EVENTS[5:]))
    else:
        _stalling(server)
    stream = client.post(
        "/v1/messages",
        body={**ARGS, "stream": True},
        cast_to=RawMessageStreamEvent,
        stream=True,
        stream_cls=Stream[RawMessageStreamEvent],
        options={"stream_idle_timeout": override},
    )
    assert stream.idle_timeout == override
    expected = [*HEAD_ITEMS, "timeout"] if override is not None else list(ALL)
    assert _drain(stream) == expected
    client.close()


def test_stream_attribute_set_before_iterating(server: ScriptedServer) -> None:
    client = sync_client(server.url, [])
    _stalling(server)
    stream = client.messages.create(**ARGS, stream=True)
    stream.idle_timeout = 0.25
    assert _drain(stream) == [*HEAD_ITEMS, "timeout"]
    client.close()


def test_time_spent_by_the_caller_is_not_idle_time(server: ScriptedServer) -> None:
    """A slow consumer, with pings queued while it works, is not timed out."""
    client = sync_client(server.url, [])
    client.stream_idle_timeout = 0.2
    server.script(ping_stall(HEAD, every=0.01, for_seconds=0.1, then=EVENTS[5:]))
    delivered: List[str] = []
    for event in client.messages.create(**ARGS, stream=True):
        delivered.append(describe(event))
        if len(delivered) == len(HEAD_ITEMS):  # the pings come next: handle this item slowly
            time.sleep(0.3)  # longer than the idle limit
    assert delivered == list(ALL)
    client.close()


def test_high_level_message_stream_helper(server: ScriptedServer) -> None:
    client = sync_client(server.url, [])
    client.stream_idle_timeout = 0.25
    _stalling(server)
    seen: List[str] = []
    with pytest.raises(anthropic.APITimeoutError) as info, client.messages.stream(**ARGS) as stream:
        for event in stream:
            seen.append(event.type)
    assert "stream_idle_timeout" in str(info.value)
    assert seen[:2] == ["message_start", "content_block_start"]
    assert "text" in seen  # the text events for the deltas that did arrive
    client.close()


def test_a_silent_stream_is_left_to_the_read_timeout(server: ScriptedServer) -> None:
    """No bytes at all: the read timeout fires (the idle timeout only judges events that arrive)."""
    client = sync_client(server.url, [], timeout=anthropic.Timeout(5.0, read=0.3))
    client.stream_idle_timeout = 10.0
    server.script(sse(HEAD, then="stall"))
    assert _drain(client.messages.create(**ARGS, stream=True)) == [*HEAD_ITEMS, "timeout"]
    client.close()


@pytest.mark.anyio
async def test_async_client_option_and_copy(server: ScriptedServer) -> None:
    client = async_client(server.url, [])
    client.stream_idle_timeout = 0.25
    _stalling(server)
    started = time.monotonic()
    stream = await client.with_options(max_retries=0).messages.create(**ARGS, stream=True)
    assert stream.idle_timeout == 0.25
    assert await _adrain(stream) == [*HEAD_ITEMS, "timeout"]
    assert time.monotonic() - started < STALL / 2
    assert stream.response.is_closed
    await client.close()


@pytest.mark.anyio
@pytest.mark.parametrize("override", [0.25, None])
async def test_async_per_request_option(server: ScriptedServer, override: Any) -> None:
    client = async_client(server.url, [])
    client.stream_idle_timeout = None if override is not None else 0.25
    if override is None:
        server.script(ping_stall(HEAD, every=0.01, for_seconds=0.4, then=EVENTS[5:]))
    else:
        _stalling(server)
    stream = await client.post(
        "/v1/messages",
        body={**ARGS, "stream": True},
        cast_to=RawMessageStreamEvent,
        stream=True,
        stream_cls=AsyncStream[RawMessageStreamEvent],
        options={"stream_idle_timeout": override},
    )
    expected = [*HEAD_ITEMS, "timeout"] if override is not None else list(ALL)
    assert await _adrain(stream) == expected
    await client.close()


@pytest.mark.anyio
async def test_async_high_level_message_stream_helper(server: ScriptedServer) -> None:
    client = async_client(server.url, [])
    client.stream_idle_timeout = 0.25
    _stalling(server)
    with pytest.raises(anthropic.APITimeoutError):
        async with client.messages.stream(**ARGS) as stream:
            async for _ in stream:
                pass
    await client.close()

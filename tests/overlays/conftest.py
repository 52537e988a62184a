"""Fixtures for the overlay tests: a scripted local server and clients pointed at it."""

from __future__ import annotations

from typing import AsyncIterator, Iterator

import anthropic
import pytest

from .overlay_server import ScriptedServer


@pytest.fixture(scope="session")
def server_session() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()
    yield server
    server.stop()


@pytest.fixture
def server(server_session: ScriptedServer) -> Iterator[ScriptedServer]:
    server_session.reset()
    yield server_session
    server_session.reset()


@pytest.fixture
def client(server: ScriptedServer) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(api_key="test-key", base_url=server.base_url, max_retries=0) as c:
        yield c


@pytest.fixture
async def async_client(server: ScriptedServer) -> AsyncIterator[anthropic.AsyncAnthropic]:
    async with anthropic.AsyncAnthropic(api_key="test-key", base_url=server.base_url, max_retries=0) as c:
        yield c


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"

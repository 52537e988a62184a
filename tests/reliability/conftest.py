"""Fixtures for the reliability suite: local scripted servers and a clean environment.

The tests import the generated package (``anthropic``, from generated/ on
sys.path) and talk to servers on 127.0.0.1 only. Back-off never really sleeps:
the clients get a recording ``_sleep`` (see :mod:`.support`).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import servers

server = servers.server
server2 = servers.server2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "ANTHROPIC_API_KEY",
        "ANTHROPIC_AUTH_TOKEN",
        "ANTHROPIC_BASE_URL",
        "ANTHROPIC_LOG",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from .scenarios import SCENARIOS

    terminalreporter.write_line(
        f"reliability: {len(SCENARIOS)} fault scenarios, each run with the sync and the async client"
    )

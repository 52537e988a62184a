"""Every fault scenario of :mod:`.scenarios`, with the sync and with the async client.

For each run: the exact exception class (or success), the number of attempts
(counted on the client side, and by the server when the request reaches it),
the back-off delays asked for (recorded, never slept), that everything sent
before the failure reached the caller, that every retry sent a byte-identical
body with an increasing ``X-Stainless-Retry-Count``, that the connection was
released, and that no credential leaks into the error.
"""

from __future__ import annotations

import contextlib
import pickle
import time
from typing import Any, Iterator, List, Optional

import anthropic
import pytest

from tests.servers import ScriptedServer
from tests.servers.faults import Unaccepting

from .scenarios import SCENARIOS, Outcome, Scenario, count, describe
from .support import ARGS, SECRETS, UPLOAD, AttemptCounter, async_client, sync_client


@contextlib.contextmanager
def _target(scenario: Scenario, server: ScriptedServer) -> Iterator[str]:
    if scenario.target == "unaccepting":
        with Unaccepting() as url:
            yield url
    else:
        server.script(*scenario.script())
        yield server.url


def _call_sync(client: Any, scenario: Scenario, delivered: List[str], sources: List[Any]) -> Any:
    request = dict(scenario.request)
    if scenario.call == "create":
        return client.messages.create(**ARGS, **request)
    if scenario.call == "upload":
        return client.beta.files.upload(file=UPLOAD, **request)
    if scenario.call == "stream":
        source = client.messages.create(**ARGS, stream=True, **request)
    elif scenario.call == "results":
        source = client.messages.batches.results("msgbatch_01", **request)
    else:
        raise AssertionError(scenario.call)
    sources.append(source)
    for item in source:
        delivered.append(describe(item))
    return source


async def _call_async(client: Any, scenario: Scenario, delivered: List[str], sources: List[Any]) -> Any:
    request = dict(scenario.request)
    if scenario.call == "create":
        return await client.messages.create(**ARGS, **request)
    if scenario.call == "upload":
        return await client.beta.files.upload(file=UPLOAD, **request)
    if scenario.call == "stream":
        source = await client.messages.create(**ARGS, stream=True, **request)
    elif scenario.call == "results":
        source = await client.messages.batches.results("msgbatch_01", **request)
    else:
        raise AssertionError(scenario.call)
    sources.append(source)
    async for item in source:
        delivered.append(describe(item))
    return source


def _closed(source: Any) -> Optional[bool]:
    response = getattr(source, "response", None) or getattr(source, "http_response", None)
    return None if response is None else bool(response.is_closed)


def run_sync(scenario: Scenario, server: ScriptedServer) -> Outcome:
    sleeps: List[float] = []
    delivered: List[str] = []
    sources: List[Any] = []
    counter = AttemptCounter()
    with _target(scenario, server) as url:
        client = sync_client(url, sleeps, counter, **scenario.client)
        client.stream_idle_timeout = scenario.idle_timeout
        error: Optional[BaseException] = None
        result: Any = None
        started = time.monotonic()
        try:
            result = _call_sync(client, scenario, delivered, sources)
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - started
        client.close()
    return Outcome(error, result, delivered, counter.count, sleeps, elapsed, _closed(sources[0]) if sources else None)


async def run_async(scenario: Scenario, server: ScriptedServer) -> Outcome:
    sleeps: List[float] = []
    delivered: List[str] = []
    sources: List[Any] = []
    counter = AttemptCounter()
    with _target(scenario, server) as url:
        client = async_client(url, sleeps, counter, **scenario.client)
        client.stream_idle_timeout = scenario.idle_timeout
        error: Optional[BaseException] = None
        result: Any = None
        started = time.monotonic()
        try:
            result = await _call_async(client, scenario, delivered, sources)
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - started
        await client.close()
    return Outcome(error, result, delivered, counter.count, sleeps, elapsed, _closed(sources[0]) if sources else None)


def check(scenario: Scenario, outcome: Outcome, server: ScriptedServer) -> None:
    if scenario.raises is None:
        if outcome.error is not None:
            raise AssertionError(f"expected success, got {outcome.error!r}") from outcome.error
    else:
        assert type(outcome.error) is scenario.raises, f"expected {scenario.raises.__name__}, got {outcome.error!r}"

    # attempts, as the client made them and (when reachable) as the server saw them
    assert outcome.attempts == scenario.attempts
    if scenario.target == "server":
        assert len(server.requests) == scenario.attempts
    assert outcome.sleeps == pytest.approx(list(scenario.sleeps))

    # nothing lost: what arrived before the end reached the caller, in order
    if scenario.delivered is not None:
        assert outcome.delivered == list(scenario.delivered)
    if scenario.call in ("stream", "results") and outcome.closed is not None:
        assert outcome.closed, "the response must be released after the stream ends or fails"

    # every retry replays the same bytes, and says which retry it is
    requests = server.requests
    if requests:
        assert len({request.body for request in requests}) == 1, "a retried body differs from the first one"
        assert [request.header("x-stainless-retry-count") for request in requests] == [
            str(index) for index in range(len(requests))
        ]
        if scenario.call in ("create", "stream"):
            assert requests[0].json()["messages"] == ARGS["messages"]
        if scenario.call == "upload":
            assert UPLOAD[1] in requests[0].body

    assert scenario.min_seconds <= outcome.elapsed <= scenario.max_seconds, f"took {outcome.elapsed:.2f} s"

    if outcome.error is not None:
        error = outcome.error
        assert isinstance(error, anthropic.AnthropicError), "raw transport errors must not escape"
        pickled = pickle.dumps(error)
        for secret in SECRETS:
            assert secret not in str(error)
            assert secret not in repr(error)
            assert secret.encode() not in pickled
        assert type(pickle.loads(pickled)) is type(error)

    if scenario.expect is not None:
        scenario.expect(outcome)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda scenario: scenario.id)
def test_fault_sync(scenario: Scenario, server: ScriptedServer) -> None:
    check(scenario, run_sync(scenario, server), server)


@pytest.mark.anyio
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda scenario: scenario.id)
async def test_fault_async(scenario: Scenario, server: ScriptedServer) -> None:
    check(scenario, await run_async(scenario, server), server)


def test_scenario_count_is_documented() -> None:
    """SCENARIOS.md lists every scenario id and states the count."""
    from pathlib import Path

    text = (Path(__file__).parent / "SCENARIOS.md").read_text()
    print(f"{count()} fault scenarios x 2 clients = {2 * count()} runs")
    assert f"**{count()} scenarios**" in text
    listed = {line.split("`")[1] for line in text.splitlines() if line.startswith("| `")}
    assert listed == {scenario.id for scenario in SCENARIOS}

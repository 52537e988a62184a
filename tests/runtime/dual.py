"""Write a test once, run it against the sync and the async client.

A scenario is a generator that ``yield``s every value that may be awaitable
(method calls, ``parse()``, ...). The driver passes sync values straight back
and awaits async ones, throwing exceptions back in at the ``yield``, so
``with pytest.raises(...): yield env.messages.create(...)`` works in both modes::

    def scenario(env: Env) -> Scenario:
        message = yield env.messages.create(**ARGS)
        events = yield env.collect(env.messages.create(**ARGS, stream=True))

    dual.run(scenario)
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, AsyncIterable, Awaitable, Callable, Generator, Iterable, List, Optional, Union

from .clients import Anthropic, AsyncAnthropic, async_client, sync_client
from .fake_api import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    AsyncMessagesWithStreamingResponse,
    Messages,
    MessagesWithRawResponse,
    MessagesWithStreamingResponse,
)

Scenario = Generator[Any, Any, Any]


class Env:
    def __init__(self, client: Union[Anthropic, AsyncAnthropic], sleeps: List[float]) -> None:
        self.client: Any = client
        self.sleeps = sleeps
        self.is_async = isinstance(client, AsyncAnthropic)
        if isinstance(client, AsyncAnthropic):
            messages: Any = AsyncMessages(client)
            self.raw: Any = AsyncMessagesWithRawResponse(messages)
            self.streaming: Any = AsyncMessagesWithStreamingResponse(messages)
        else:
            messages = Messages(client)
            self.raw = MessagesWithRawResponse(messages)
            self.streaming = MessagesWithStreamingResponse(messages)
        self.messages: Any = messages

    def collect(self, iterable: Any, limit: Optional[int] = None) -> Any:
        """All items (or the first ``limit``) of a sync or async iterable."""
        if isinstance(iterable, AsyncIterable) or hasattr(iterable, "__aiter__"):

            async def gather() -> List[Any]:
                items: List[Any] = []
                async for item in iterable:
                    items.append(item)
                    if limit is not None and len(items) >= limit:
                        break
                return items

            return gather()
        items: List[Any] = []
        for item in iterable:
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
        return items

    def next(self, iterator: Any) -> Any:
        return iterator.__anext__() if self.is_async else iterator.__next__()

    def enter(self, manager: Any) -> Any:
        return manager.__aenter__() if self.is_async else manager.__enter__()

    def exit(self, manager: Any) -> Any:
        return manager.__aexit__(None, None, None) if self.is_async else manager.__exit__(None, None, None)

    def close(self, closable: Any) -> Any:
        return closable.close()

    def sleep(self, seconds: float) -> Any:
        return asyncio.sleep(seconds) if self.is_async else None


def _drive_sync(scenario: Scenario) -> Any:
    value: Any = None
    error: Optional[BaseException] = None
    while True:
        try:
            yielded = scenario.throw(error) if error is not None else scenario.send(value)
        except StopIteration as stop:
            return stop.value
        error = None
        value = yielded


async def _drive_async(scenario: Scenario) -> Any:
    value: Any = None
    error: Optional[BaseException] = None
    while True:
        try:
            yielded = scenario.throw(error) if error is not None else scenario.send(value)
        except StopIteration as stop:
            return stop.value
        error = None
        value = None
        try:
            value = await yielded if inspect.isawaitable(yielded) else yielded
        except Exception as exc:  # thrown back into the scenario at its `yield`
            error = exc


class Dual:
    """One mode ("sync" or "async") of a dual test; ``run`` builds a client for ``base_url``."""

    def __init__(self, mode: str, base_url: str) -> None:
        self.mode = mode
        self.base_url = base_url
        self.sleeps: List[float] = []

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def run(self, scenario: Callable[[Env], Scenario], base_url: Optional[str] = None, **client_kwargs: Any) -> Any:
        url = base_url or self.base_url
        if not self.is_async:
            client = sync_client(url, self.sleeps, **client_kwargs)
            try:
                return _drive_sync(scenario(Env(client, self.sleeps)))
            finally:
                client.close()

        async def main() -> Any:
            client = async_client(url, self.sleeps, **client_kwargs)
            try:
                return await _drive_async(scenario(Env(client, self.sleeps)))
            finally:
                await client.close()

        return asyncio.run(main())


def maybe_await(value: Union[Any, Awaitable[Any]]) -> Any:
    """For code outside a scenario: run an awaitable to completion."""
    if inspect.isawaitable(value):

        async def wait() -> Any:
            return await value

        return asyncio.run(wait())
    return value


def iterate(values: Iterable[Any]) -> List[Any]:
    return list(values)

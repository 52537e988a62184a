"""The cases written against the `anthropic` package: the same code drives our SDK and the official one.

Which package is imported depends only on the interpreter and PYTHONPATH the harness starts the
worker with. `build()` returns (op, fingerprint): `op()` does one operation and returns its
result; `fingerprint(result)` summarises it so the harness can check every implementation
decoded the same thing.
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable, List, Tuple

import anthropic

from . import payloads
from .cases import Case

API_KEY = "bench"


class NotAvailable(Exception):
    """The SDK lacks something this case needs: the case reports n/a for this implementation."""


def _request(case: Case) -> dict:
    return {
        "small": payloads.small_request,
        "large": payloads.large_request,
        "stream": payloads.stream_request,
        "tool": payloads.tool_request,
    }[case.request]()


def _client(case: Case, base_url: str) -> Any:
    return anthropic.Anthropic(
        api_key=API_KEY, base_url=base_url, default_headers={payloads.VARIANT_HEADER: case.variant}
    )


def message_fingerprint(m: Any) -> List[Any]:
    texts = sum(len(b.text) for b in m.content if b.type == "text")
    tools = sum(len(b.input.get("filters", b.input.get("rows", ()))) for b in m.content if b.type == "tool_use")
    return [m.id, len(m.content), texts, tools, m.stop_reason, m.usage.output_tokens]


def build(case: Case, base_url: str) -> Tuple[Callable[[], Any], Callable[[Any], Any]]:
    req = _request(case)
    if case.op == "create":
        create = _client(case, base_url).messages.create
        return (lambda: create(**req)), message_fingerprint

    if case.op == "async":
        client = anthropic.AsyncAnthropic(
            api_key=API_KEY, base_url=base_url, default_headers={payloads.VARIANT_HEADER: case.variant}
        )
        loop = asyncio.new_event_loop()
        acreate = client.messages.create

        async def batch() -> List[Any]:
            return await asyncio.gather(*[acreate(**req) for _ in range(16)])

        return (lambda: loop.run_until_complete(batch())), lambda ms: [message_fingerprint(m) for m in ms]

    if case.op == "models":
        models = _client(case, base_url).models

        def walk() -> Any:
            n, last = 0, None
            for m in models.list():
                n += 1
                last = m.id
            return [n, last]

        return walk, lambda r: r

    if case.op == "events":
        create = _client(case, base_url).messages.create

        def events() -> Any:
            n = 0
            for _event in create(**req, stream=True):
                n += 1
            return n

        return events, lambda n: n

    messages = _client(case, base_url).messages
    if not hasattr(messages, "stream"):
        raise NotAvailable("client.messages.stream() is missing")
    stream = messages.stream

    if case.op == "text":

        def text() -> Any:
            chars = 0
            with stream(**req) as s:
                for t in s.text_stream:
                    chars += len(t)
                m = s.get_final_message()
            return chars, m

        return text, lambda r: [r[0], *message_fingerprint(r[1])]

    if case.op == "tool":

        def tool() -> Any:
            with stream(**req) as s:
                return s.get_final_message()

        def tool_fingerprint(m: Any) -> Any:
            block = m.content[0]
            return [*message_fingerprint(m), block.name, block.input == payloads.tool_input(case.size)]

        return tool, tool_fingerprint

    raise ValueError(f"unknown op {case.op!r}")

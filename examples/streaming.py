#!/usr/bin/env python
"""Stream a reply: the text as it arrives, the helper's events, then the raw server-sent events.

python examples/streaming.py
"""

from __future__ import annotations

import os

from anthropic import Anthropic

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


def main() -> None:
    client = Anthropic()

    # 1. The helper: iterate the text, then read the whole message it accumulated.
    with client.messages.stream(
        model=MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": "Write a haiku about the sea."}],
    ) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
        print()
        message = stream.get_final_message()
    print(f"[{message.stop_reason}, {message.usage.output_tokens} output tokens]")

    # 2. The helper's events, with extended thinking on: thinking, then the answer.
    with client.messages.stream(
        model=MODEL,
        max_tokens=2048,
        thinking={"type": "enabled", "budget_tokens": 1024},
        messages=[{"role": "user", "content": "Is 1001 a prime number?"}],
    ) as stream:
        for event in stream:
            if event.type == "content_block_start":
                print(f"[{event.content_block.type}] ", end="")
            elif event.type == "thinking":
                print(event.thinking, end="", flush=True)
            elif event.type == "text":
                print(event.text, end="", flush=True)
            elif event.type == "content_block_stop":
                print()

    # 3. Raw events: `stream=True` returns the server-sent events one by one.
    events = client.messages.create(
        model=MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": "Say hello."}],
        stream=True,
    )
    for event in events:
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            print(event.delta.text, end="", flush=True)
        elif event.type == "message_delta":
            print(f"\n[stop_reason={event.delta.stop_reason}]")


if __name__ == "__main__":
    main()

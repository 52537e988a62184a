#!/usr/bin/env python
"""Stream with the async client, and run a few requests concurrently.

python examples/streaming_async.py
"""

from __future__ import annotations

import asyncio
import os

from anthropic import AsyncAnthropic

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


async def main() -> None:
    async with AsyncAnthropic() as client:
        async with client.messages.stream(
            model=MODEL,
            max_tokens=1024,
            messages=[{"role": "user", "content": "Write a haiku about the sea."}],
        ) as stream:
            async for text in stream.text_stream:
                print(text, end="", flush=True)
            print()
        message = await stream.get_final_message()
        print(f"[{message.stop_reason}, {message.usage.output_tokens} output tokens]")

        # Raw events, asynchronously.
        events = await client.messages.create(
            model=MODEL,
            max_tokens=1024,
            messages=[{"role": "user", "content": "Say hello."}],
            stream=True,
        )
        async for event in events:
            if event.type == "content_block_delta" and event.delta.type == "text_delta":
                print(event.delta.text, end="", flush=True)
        print()

        # Concurrent requests share the client's connection pool.
        prompts = ["Tell me a joke.", "What's 2+2?", "Name a colour."]
        replies = await asyncio.gather(
            *(
                client.messages.create(model=MODEL, max_tokens=256, messages=[{"role": "user", "content": p}])
                for p in prompts
            )
        )
        for prompt, reply in zip(prompts, replies):
            text = "".join(block.text for block in reply.content if block.type == "text")
            print(f"{prompt} -> {text}")


if __name__ == "__main__":
    asyncio.run(main())

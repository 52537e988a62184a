#!/usr/bin/env python
"""Count the input tokens of a request before sending it.

python examples/count_tokens.py
"""

from __future__ import annotations

import os

from anthropic import Anthropic

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


def main() -> None:
    client = Anthropic()

    count = client.messages.count_tokens(
        model=MODEL,
        messages=[{"role": "user", "content": "Hello, world"}],
    )
    print(f"a short message: {count.input_tokens} tokens")

    count = client.messages.count_tokens(
        model=MODEL,
        system="You are a meteorologist.",
        tools=[
            {
                "name": "get_weather",
                "description": "Get the current weather in a given location",
                "input_schema": {
                    "type": "object",
                    "properties": {"location": {"type": "string", "description": "City and state"}},
                    "required": ["location"],
                },
            }
        ],
        messages=[{"role": "user", "content": "What's the weather in San Francisco?"}],
    )
    print(f"with a system prompt and a tool: {count.input_tokens} tokens")


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Tool use with `@beta_tool` and the tool runner: the SDK calls your functions and loops until
Claude has its answer.

    python examples/tools.py
"""

from __future__ import annotations

import json
import os

from anthropic import Anthropic, beta_tool

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


@beta_tool
def get_weather(location: str, unit: str = "fahrenheit") -> str:
    """Get the current weather in a given location.

    Args:
        location: The city and state, e.g. San Francisco, CA
        unit: "celsius" or "fahrenheit"
    """
    temperature = "20°C" if unit == "celsius" else "68°F"
    return json.dumps({"location": location, "temperature": temperature, "condition": "Sunny"})


def main() -> None:
    client = Anthropic()
    print("tool definition:", json.dumps(get_weather.to_dict()))

    runner = client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=1024,
        tools=[get_weather],
        messages=[{"role": "user", "content": "What is the weather in San Francisco?"}],
    )
    # Each iteration is one reply from Claude; tool calls in it are run before the next request.
    for message in runner:
        for block in message.content:
            if block.type == "text":
                print(f"[{message.stop_reason}] {block.text}")
            elif block.type == "tool_use":
                print(f"[{message.stop_reason}] calls {block.name}({json.dumps(block.input)})")

    final = runner.until_done()  # the last message (already received: no new request)
    print("final:", final.stop_reason)


if __name__ == "__main__":
    main()

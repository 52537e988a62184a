#!/usr/bin/env python
"""Send messages: one question, a system prompt, then a multi-turn conversation.

export ANTHROPIC_API_KEY=...            # and, for a local or proxy server, ANTHROPIC_BASE_URL=...
python examples/messages.py
"""

from __future__ import annotations

import os

from anthropic import Anthropic
from anthropic.types import MessageParam

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


def main() -> None:
    client = Anthropic()  # reads ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL

    message = client.messages.create(
        model=MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": "What is the capital of France?"}],
    )
    for block in message.content:
        if block.type == "text":
            print(block.text)
    print(
        f"[{message.id}] stop_reason={message.stop_reason} usage={message.usage.input_tokens}in/{message.usage.output_tokens}out"
    )

    # A system prompt sets the assistant's role.
    message = client.messages.create(
        model=MODEL,
        max_tokens=1024,
        system="You are a helpful assistant that speaks like Shakespeare.",
        messages=[{"role": "user", "content": "Hello, how are you?"}],
    )
    print(message.content[0].text if message.content[0].type == "text" else message.content[0])

    # A conversation: send the whole history every turn, the replies included.
    history: list[MessageParam] = [{"role": "user", "content": "What's 2+2?"}]
    reply = client.messages.create(model=MODEL, max_tokens=1024, messages=history)
    history.append({"role": "assistant", "content": reply.content})
    history.append({"role": "user", "content": "And 3+3?"})
    reply = client.messages.create(model=MODEL, max_tokens=1024, messages=history)
    print("".join(block.text for block in reply.content if block.type == "text"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Structured outputs: the reply is JSON matching a schema, parsed into a Pydantic model.

python examples/structured_outputs.py
"""

from __future__ import annotations

import json
import os
from typing import Dict, List

from anthropic import Anthropic
from pydantic import BaseModel

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


class Contact(BaseModel):
    name: str
    email: str
    plan: str
    interests: List[str]


def main() -> None:
    client = Anthropic()
    prompt = (
        "Extract the contact: John Smith (john@example.com) wants the Enterprise plan "
        "and is interested in the API and in SSO."
    )

    # 1. From a Pydantic model: the SDK sends its JSON schema and parses the reply.
    message = client.messages.parse(
        model=MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
        output_format=Contact,
    )
    contact = message.parsed_output
    assert contact is not None
    print(f"{contact.name} <{contact.email}>, plan {contact.plan}, interests {contact.interests}")

    # 2. A raw JSON schema through output_config; the text of the reply is the JSON.
    schema: Dict[str, object] = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "email": {"type": "string"}},
        "required": ["name", "email"],
        "additionalProperties": False,
    }
    message = client.messages.create(
        model=MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
        output_config={"format": {"type": "json_schema", "schema": schema}},
    )
    text = "".join(block.text for block in message.content if block.type == "text")
    print(json.loads(text))


if __name__ == "__main__":
    main()

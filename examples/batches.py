#!/usr/bin/env python
"""Message Batches: submit several requests at once, wait for the batch to end, read the results.

python examples/batches.py            # BATCH_MAX_WAIT (seconds, default 3600) bounds the wait
"""

from __future__ import annotations

import os
import time

from anthropic import Anthropic

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


def main() -> None:
    client = Anthropic()
    questions = {"france": "What is the capital of France?", "math": "What's 2+2?"}
    batch = client.messages.batches.create(
        requests=[
            {
                "custom_id": custom_id,
                "params": {"model": MODEL, "max_tokens": 256, "messages": [{"role": "user", "content": question}]},
            }
            for custom_id, question in questions.items()
        ]
    )
    print(f"created {batch.id}: {batch.processing_status}")

    deadline = time.monotonic() + float(os.environ.get("BATCH_MAX_WAIT", "3600"))
    while batch.processing_status != "ended":
        if time.monotonic() > deadline:
            raise SystemExit(f"{batch.id} has not ended yet; run again later")
        time.sleep(10)
        batch = client.messages.batches.retrieve(batch.id)
    counts = batch.request_counts
    print(f"ended: {counts.succeeded} succeeded, {counts.errored} errored, {counts.expired} expired")

    for entry in client.messages.batches.results(batch.id):
        if entry.result.type == "succeeded":
            text = "".join(block.text for block in entry.result.message.content if block.type == "text")
            print(f"{entry.custom_id}: {text}")
        elif entry.result.type == "errored":
            print(f"{entry.custom_id}: error {entry.result.error.error.type}")
        else:
            print(f"{entry.custom_id}: {entry.result.type}")

    # The most recent batches, one page.
    for listed in client.messages.batches.list(limit=5).data:
        print(f"  {listed.id} {listed.processing_status} {listed.created_at}")


if __name__ == "__main__":
    main()

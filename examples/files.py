#!/usr/bin/env python
"""The Files API (beta): upload a document, use it in a message, list, inspect and delete files.

python examples/files.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from anthropic import Anthropic

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-5-20250929")


def main() -> None:
    client = Anthropic()

    # Upload from a path (the name and media type come from the file) ...
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "notes.txt"
        path.write_text("Meeting notes: ship the SDK on Friday. Owner: Ada.\n")
        uploaded = client.beta.files.upload(file=path)
    print(f"uploaded {uploaded.id}: {uploaded.filename} ({uploaded.mime_type}, {uploaded.size_bytes} bytes)")

    # ... or from bytes, as a (filename, contents, media type) tuple.
    second = client.beta.files.upload(file=("data.csv", b"name,score\nada,10\n", "text/csv"))
    print(f"uploaded {second.id}: {second.filename}")

    # Refer to an uploaded file in a message (the files beta must be enabled on the request).
    message = client.beta.messages.create(
        model=MODEL,
        max_tokens=1024,
        betas=["files-api-2025-04-14"],
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Who owns the release?"},
                    {"type": "document", "source": {"type": "file", "file_id": uploaded.id}},
                ],
            }
        ],
    )
    print("".join(block.text for block in message.content if block.type == "text"))

    for listed in client.beta.files.list(limit=10):  # iterates every page
        print(f"  {listed.id} {listed.filename} {listed.created_at}")

    metadata = client.beta.files.retrieve_metadata(uploaded.id)
    if metadata.downloadable:  # only files created by tools/skills can be downloaded from the API
        print("content:", client.beta.files.download(uploaded.id).read()[:40])

    for file_id in (uploaded.id, second.id):
        deleted = client.beta.files.delete(file_id)
        print(f"deleted {deleted.id}")


if __name__ == "__main__":
    main()

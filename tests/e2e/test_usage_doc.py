"""docs/usage.md: every Python example type-checks and runs against the fake API, as a user would.

Each ```python block runs in its own interpreter of the user venv (the installed wheel), in an
empty directory, with ANTHROPIC_BASE_URL / ANTHROPIC_API_KEY pointing at the fake API. A block
that uses ``client`` without creating it gets ``client = Anthropic()`` first (the document says
so); the aiohttp example runs in the venv with the ``aiohttp`` extra. The Bedrock and Vertex
examples need cloud credentials: they are type-checked only (tests/platforms runs those clients).
ROUTES lists the requests each example must send.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List

import pytest

from tests.e2e._support import GENERATED, ROOT, clean_env, once, run, tail
from tests.seeds.expectations import API_KEY
from tests.seeds.samples import JPEG_1X1, free_names
from tests.servers.anthropic_api import FakeAnthropicAPI

from .conftest import Venv

DOC = ROOT / "docs" / "usage.md"
CLIENT_PREFIX = "from anthropic import Anthropic\n\nclient = Anthropic()\n\n"
# Headings whose examples need a cloud account: type-checked, not run.
NOT_RUN = {"Amazon Bedrock and Google Vertex AI"}


@dataclass(frozen=True)
class Block:
    number: int
    heading: str
    line: int
    code: str

    @property
    def id(self) -> str:
        return f"{self.number:02d}-" + re.sub(r"[^a-z0-9]+", "-", self.heading.lower()).strip("-")

    @property
    def program(self) -> str:
        prefix = CLIENT_PREFIX if "client" in free_names(self.code) else ""
        return f"# docs/usage.md line {self.line} ({self.heading})\n{prefix}{self.code}"


def doc_blocks() -> List[Block]:
    blocks: List[Block] = []
    heading, fence, start, body = "", None, 0, []  # type: ignore[var-annotated]
    for number, line in enumerate(DOC.read_text().splitlines(), 1):
        if fence is None:
            if line.startswith("#"):
                heading = line.lstrip("#").strip()
            elif line.startswith("```"):
                fence, start, body = line[3:].strip(), number + 1, []
            continue
        if line.startswith("```"):
            if fence == "python":
                blocks.append(Block(len(blocks) + 1, heading, start, "\n".join(body) + "\n"))
            fence = None
        else:
            body.append(line)
    return blocks


BLOCKS = doc_blocks()
RUN = [b for b in BLOCKS if b.heading not in NOT_RUN]

M = "POST /v1/messages"
# Requests each example sends, by heading (and order within the heading).
ROUTES: Dict[str, List[List[str]]] = {
    "Quick start": [[M]],
    "Credentials and options": [["GET /v1/models"], ["POST /v1/messages/count_tokens"]],
    "Options for one request": [[M]],
    "A custom HTTP client": [["GET /v1/models/{id}"]],
    "Async": [[M, M], [M]],
    "A conversation": [[M, M]],
    "Images and documents": [[M]],
    "Prompt caching": [[M, M]],
    "Extended thinking": [[M]],
    "The stream helper": [[M], [M], [M]],
    "Raw events": [[M]],
    "Defining tools and answering tool calls": [[M, M]],
    "The tool runner": [[M, M]],
    "Structured outputs": [[M], [M]],
    "Token counting": [["POST /v1/messages/count_tokens"]],
    "Message Batches": [
        ["POST /v1/messages/batches", "GET /v1/messages/batches/{id}/results"],
        ["GET /v1/messages/batches"],
    ],
    "Files (beta)": [
        [
            "POST /v1/files",
            M,
            "GET /v1/files",
            "GET /v1/files/{id}",
            "GET /v1/files/{id}/content",
            "DELETE /v1/files/{id}",
        ]
    ],
    "Models": [["GET /v1/models", "GET /v1/models/{id}"]],
    "Beta features": [[M]],
    "Errors": [[M], [M]],
    "Retries": [[M]],
    "Timeouts": [[M], [M, M]],
    "Raw and streamed HTTP responses": [[M], [M]],
    "Pagination": [["GET /v1/models"] * 2, ["GET /v1/models"] * 4],
    "File uploads": [["POST /v1/files", "DELETE /v1/files/{id}"] * 3],
    "Logging": [["GET /v1/models/{id}"]],
    "Types": [[M]],
}
# Some of what each example prints, by heading and order.
OUTPUT: Dict[str, List[List[str]]] = {
    "Quick start": [['You said: "Hello, Claude"']],
    "Errors": [["404 NotFoundError req_", "not_found_error"], ["req_"]],
    "The tool runner": [["tool_use ['text', 'tool_use']", "end_turn ['text']", "Here is what the tool returned"]],
    "Defining tools and answering tool calls": [["Here is what the tool returned"]],
    "Prompt caching": [["read from cache: 0", "written to cache: 0, read from cache: "]],
    "Extended thinking": [["thinking: ", "answer: "]],
    "Structured outputs": [["Ada Lovelace ada@example.com"], ["ada@example.com"]],
    "Logging": [["HTTP request GET", "<redacted>"]],
}


def _expected(table: Dict[str, List[List[str]]], block: Block) -> List[str]:
    same = [b for b in RUN if b.heading == block.heading]
    entries = table.get(block.heading, [])
    index = same.index(block)
    return entries[index] if index < len(entries) else []


def test_every_example_is_accounted_for() -> None:
    assert {b.heading for b in BLOCKS} - set(ROUTES) == NOT_RUN
    for heading, routes in ROUTES.items():
        assert len(routes) == len([b for b in RUN if b.heading == heading]), heading


@pytest.mark.parametrize("block", RUN, ids=[b.id for b in RUN])
def test_usage_example_runs(
    block: Block, user_venv: Venv, make_venv: Callable[..., Venv], api: FakeAnthropicAPI, tmp_path: Path
) -> None:
    venv = make_venv("aiohttp", extras=["aiohttp"]) if "DefaultAioHttpClient" in block.code else user_venv
    (tmp_path / "photo.jpg").write_bytes(JPEG_1X1)
    (tmp_path / "example.py").write_text(block.program)
    env = clean_env(ANTHROPIC_BASE_URL=api.url, ANTHROPIC_API_KEY=API_KEY)
    result = run([venv.python, "example.py"], cwd=tmp_path, env=env, timeout=90, check=False)
    assert result.returncode == 0, f"docs/usage.md line {block.line}:\n{tail(result.stderr)}"
    assert api.routes() == _expected(ROUTES, block)
    assert all(r.header("x-api-key") == API_KEY for r in api.requests)
    for text in _expected(OUTPUT, block):
        assert text in result.stdout + result.stderr, f"{text!r} not in:\n{tail(result.stdout + result.stderr)}"


def _pyright_doc(directory: Path) -> None:
    (directory / "doc").mkdir()
    for block in BLOCKS:
        (directory / "doc" / f"block_{block.id.replace('-', '_')}.py").write_text(block.program)
    config = {
        "include": ["doc"],
        "extraPaths": [str(GENERATED)],
        "pythonVersion": "3.9",
        "typeCheckingMode": "standard",
        "venvPath": str(ROOT),
        "venv": ".venv",
    }
    (directory / "pyrightconfig.json").write_text(json.dumps(config))
    command = [ROOT / "node_modules" / ".bin" / "pyright", "-p", directory / "pyrightconfig.json", "--outputjson"]
    (directory / "report.json").write_text(run(command, cwd=directory, check=False).stdout)


def test_usage_examples_type_check(tmp_path_factory: pytest.TempPathFactory) -> None:
    directory = once(tmp_path_factory, "usage-doc-pyright", _pyright_doc)
    report = json.loads((directory / "report.json").read_text())
    assert report["summary"]["filesAnalyzed"] == len(BLOCKS)
    problems = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
    ]
    assert not problems, "\n".join(problems)

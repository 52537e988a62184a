"""examples/*.py: each runs against the fake API from the installed wheel, and type-checks (strict)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Dict, List

import pytest

from tests.e2e._support import GENERATED, ROOT, clean_env, once, run, tail
from tests.seeds.expectations import API_KEY
from tests.servers.anthropic_api import FakeAnthropicAPI

from .conftest import Venv

EXAMPLES = ROOT / "examples"

# The requests each example sends (routes, in order) and what it must print.
ROUTES: Dict[str, List[str]] = {
    "messages.py": ["POST /v1/messages"] * 4,
    "streaming.py": ["POST /v1/messages"] * 3,
    "streaming_async.py": ["POST /v1/messages"] * 5,
    "tools.py": ["POST /v1/messages"] * 2,
    "batches.py": ["POST /v1/messages/batches", "GET /v1/messages/batches/{id}/results", "GET /v1/messages/batches"],
    "structured_outputs.py": ["POST /v1/messages"] * 2,
    "files.py": [
        "POST /v1/files",
        "POST /v1/files",
        "POST /v1/messages",
        "GET /v1/files",
        "GET /v1/files/{id}",
        "GET /v1/files/{id}/content",
        "DELETE /v1/files/{id}",
        "DELETE /v1/files/{id}",
    ],
    "count_tokens.py": ["POST /v1/messages/count_tokens"] * 2,
}
OUTPUT: Dict[str, List[str]] = {
    "messages.py": ["The capital of France is Paris.", "stop_reason=end_turn", "3 + 3 = 6."],
    "streaming.py": ["[end_turn, ", "[thinking] ", "[text] ", "[stop_reason=end_turn]"],
    "streaming_async.py": ["[end_turn, ", "What's 2+2? -> 2 + 2 = 4."],
    "tools.py": ["calls get_weather(", "[end_turn] Here is what the tool returned:", "final: end_turn"],
    "batches.py": ["ended: 2 succeeded, 0 errored", "france: The capital of France is Paris.", "math: 2 + 2 = 4."],
    "structured_outputs.py": ["Ada Lovelace <ada@example.com>", "{'name': 'Ada Lovelace', 'email': 'ada@example.com'}"],
    "files.py": ["notes.txt (text/plain, 51 bytes)", "uploaded", "deleted"],
    "count_tokens.py": ["a short message: 10 tokens", "with a system prompt and a tool: "],
}


def test_every_example_is_tested() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(ROUTES) == sorted(OUTPUT)


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_example_runs(name: str, user_venv: Venv, api: FakeAnthropicAPI, tmp_path: Path) -> None:
    env = clean_env(ANTHROPIC_BASE_URL=api.url, ANTHROPIC_API_KEY=API_KEY)
    result = run([user_venv.python, EXAMPLES / name], cwd=tmp_path, env=env, timeout=90, check=False)
    assert result.returncode == 0, tail(result.stderr)
    assert api.routes() == ROUTES[name]
    assert all(r.header("x-api-key") == API_KEY for r in api.requests)
    for text in OUTPUT[name]:
        assert text in result.stdout, f"{text!r} not in:\n{tail(result.stdout)}"
    if name == "files.py":
        assert all("files-api-2025-04-14" in r.betas for r in api.requests)
        upload = api.requests[0]
        assert (upload.header("content-type") or "").startswith("multipart/form-data; boundary=")
        assert b'filename="notes.txt"' in upload.body
    if name == "tools.py":
        assert all(r.beta for r in api.requests)
        assert api.requests[1].json()["messages"][-1]["content"][0]["type"] == "tool_result"


def _pyright_examples(directory: Path) -> None:
    shutil.copytree(EXAMPLES, directory / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    config = {
        "include": ["examples"],
        "extraPaths": [str(GENERATED)],
        "pythonVersion": "3.9",
        "typeCheckingMode": "strict",
        "venvPath": str(ROOT),
        "venv": ".venv",
    }
    (directory / "pyrightconfig.json").write_text(json.dumps(config))
    result = run(
        [ROOT / "node_modules" / ".bin" / "pyright", "-p", directory / "pyrightconfig.json", "--outputjson"],
        cwd=directory,
        check=False,
    )
    (directory / "report.json").write_text(result.stdout)


def test_examples_type_check_strict(tmp_path_factory: pytest.TempPathFactory) -> None:
    directory = once(tmp_path_factory, "examples-pyright", _pyright_examples)
    report = json.loads((directory / "report.json").read_text())
    assert report["summary"]["filesAnalyzed"] == len(ROUTES)
    problems = [f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"]]
    assert not problems, "\n".join(problems)

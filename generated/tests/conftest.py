# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Fixtures for the endpoint tests: Prism mock servers on 127.0.0.1 serving the spec.

Prism routes by path only, so routes whose path key carries a query string
(`/v1/messages?beta=true`) are served by a second Prism instance from a copy of
the spec with those keys stripped; `query_client` talks to that one.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from anthropic import Anthropic, AsyncAnthropic

HERE = Path(__file__).resolve().parent
SPEC = Path(os.environ.get("SDK_TEST_SPEC", HERE / "../../openapi/anthropic.openapi.yaml"))
PRISM = Path(os.environ.get("PRISM_BIN", HERE / "../../node_modules/.bin/prism"))
STARTUP_SECONDS = 90.0
# Prism cannot serialise JSON Lines bodies; each such route gets one example line, made by the generator.
JSONL_EXAMPLES: dict[tuple[str, str], str] = {
    (
        "/v1/messages/batches/{message_batch_id}/results",
        "get",
    ): '{"custom_id": "string", "result": {"message": {"content": [{"citations": [{"cited_text": "string", "document_index": 0, "document_title": "string", "end_char_index": 1, "file_id": "string", "start_char_index": 0, "type": "char_location"}], "text": "string", "type": "text"}], "id": "string", "model": "string", "role": "assistant", "stop_reason": "end_turn", "stop_sequence": "string", "type": "message", "usage": {"cache_creation": {"ephemeral_1h_input_tokens": 0, "ephemeral_5m_input_tokens": 0}, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0, "input_tokens": 0, "output_tokens": 0, "server_tool_use": {"web_search_requests": 0}, "service_tier": "standard"}}, "type": "succeeded"}}',
    (
        "/v1/messages/batches/{message_batch_id}/results?beta=true",
        "get",
    ): '{"custom_id": "string", "result": {"message": {"container": {"expires_at": "2024-05-01T12:00:00Z", "id": "string", "skills": [{"skill_id": "string", "type": "anthropic", "version": "string"}]}, "content": [{"citations": [{"cited_text": "string", "document_index": 0, "document_title": "string", "end_char_index": 1, "file_id": "string", "start_char_index": 0, "type": "char_location"}], "text": "string", "type": "text"}], "context_management": {"applied_edits": [{"cleared_input_tokens": 0, "cleared_tool_uses": 0, "type": "clear_tool_uses_20250919"}]}, "id": "string", "model": "string", "role": "assistant", "stop_reason": "end_turn", "stop_sequence": "string", "type": "message", "usage": {"cache_creation": {"ephemeral_1h_input_tokens": 0, "ephemeral_5m_input_tokens": 0}, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0, "input_tokens": 0, "output_tokens": 0, "server_tool_use": {"web_fetch_requests": 0, "web_search_requests": 0}, "service_tier": "standard"}}, "type": "succeeded"}}',
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _scalar_array_headers(paths: dict[str, Any]) -> None:
    """Prism 5 crashes deserialising an optional array-typed header that a request leaves out;
    serving such headers as plain strings sidesteps that (the SDK sends them comma-joined anyway)."""
    for item in paths.values():
        for operation in item.values():
            for param in operation.get("parameters", []) if isinstance(operation, dict) else []:
                if param.get("in") == "header" and param.get("schema", {}).get("type") == "array":
                    param["schema"] = {"type": "string"}


def _split_spec(directory: Path) -> dict[str, Path]:
    """One spec per Prism instance: plain path keys, and query-string keys with the query removed."""
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    _scalar_array_headers(document["paths"])
    for (path, method), line in JSONL_EXAMPLES.items():
        for response in document["paths"][path][method]["responses"].values():
            for media, entry in response.get("content", {}).items():
                if "jsonl" in media:
                    entry["example"] = line + "\n"
    plain = {k: v for k, v in document["paths"].items() if "?" not in k}
    query = {k.split("?", 1)[0]: v for k, v in document["paths"].items() if "?" in k}
    specs: dict[str, Path] = {}
    for name, paths in (("plain", plain), ("query", query)):
        if paths:
            path = directory / f"{name}.json"
            path.write_text(json.dumps({**document, "paths": paths}), encoding="utf-8")
            specs[name] = path
    return specs


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited early:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"Prism did not listen on 127.0.0.1:{port} within {STARTUP_SECONDS} s")


@pytest.fixture(scope="session")
def prism_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    if not PRISM.exists():
        raise RuntimeError(f"Prism is not installed at {PRISM}; run `make setup` (npm ci)")
    directory = tmp_path_factory.mktemp("prism")
    processes: list[subprocess.Popen[bytes]] = []
    urls: dict[str, str] = {}
    try:
        for name, spec in _split_spec(directory).items():
            port = _free_port()
            log = directory / f"{name}.log"
            with log.open("wb") as sink:
                process = subprocess.Popen(
                    [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)],
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                )
            processes.append(process)
            _wait_until_listening(port, process, log)
            urls[name] = f"http://127.0.0.1:{port}"
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _url(urls: dict[str, str], name: str) -> str:
    return urls.get(name) or next(iter(urls.values()))


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client(prism_urls: dict[str, str]) -> Iterator[Anthropic]:
    with Anthropic(base_url=_url(prism_urls, "plain"), api_key="test-credential", max_retries=0) as c:
        yield c


@pytest.fixture
def query_client(prism_urls: dict[str, str]) -> Iterator[Anthropic]:
    with Anthropic(base_url=_url(prism_urls, "query"), api_key="test-credential", max_retries=0) as c:
        yield c


@pytest.fixture
async def async_client(prism_urls: dict[str, str]) -> Any:
    async with AsyncAnthropic(base_url=_url(prism_urls, "plain"), api_key="test-credential", max_retries=0) as c:
        yield c


@pytest.fixture
async def async_query_client(prism_urls: dict[str, str]) -> Any:
    async with AsyncAnthropic(base_url=_url(prism_urls, "query"), api_key="test-credential", max_retries=0) as c:
        yield c

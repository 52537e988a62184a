"""Helpers shared by the end-to-end and seed tests: one-time setup across xdist workers, clean
subprocess environments, and the fake API as a pytest fixture."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import traceback
from pathlib import Path
from typing import Callable, Dict, Iterator, Optional, Sequence

import pytest

from tests.servers.anthropic_api import FakeAnthropicAPI

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
PROJECT_PYTHON = ROOT / ".venv" / "bin" / "python"


def shared_dir(factory: pytest.TempPathFactory) -> Path:
    """A directory shared by all xdist workers of this run (the run's base temp), else the session's."""
    base = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    return base


def once(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """Run ``build(directory)`` once per test run, whichever worker asks first; the others wait
    (file lock) and reuse the directory. A failed build is reported to every worker that asks."""
    base = shared_dir(factory)
    directory = base / name
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            done, failed = directory / ".done", base / f"{name}.failed"
            if failed.exists():
                pytest.fail(f"setup {name!r} failed in another worker:\n{failed.read_text()}", pytrace=False)
            if not done.exists():
                shutil.rmtree(directory, ignore_errors=True)
                directory.mkdir(parents=True)
                try:
                    build(directory)
                except BaseException:
                    failed.write_text(traceback.format_exc())
                    raise
                done.write_text("ok\n")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return directory


def clean_env(**extra: str) -> Dict[str, str]:
    """A minimal environment for running samples: no proxies, no inherited ANTHROPIC_* settings."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    env.update(extra)
    return env


def pip_env() -> Dict[str, str]:
    """The environment pip runs in: the machine's index configuration, no user site, quiet."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("ANTHROPIC_", "PYTHON"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INPUT"] = "1"
    return env


def run(
    command: Sequence[str],
    *,
    cwd: Optional[Path] = None,
    env: Optional[Dict[str, str]] = None,
    timeout: float = 120,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        list(map(str, command)), cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{' '.join(map(str, command))} exited {result.returncode}\n"
            f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
        )
    return result


def interpreters() -> Dict[str, Path]:
    """CPython 3.9-3.13 under /root/.pyenv/versions: {"3.9": path, ...} (the newest patch of each)."""
    found: Dict[str, Path] = {}
    root = Path("/root/.pyenv/versions")
    for candidate in sorted(root.glob("*/bin/python3")) if root.is_dir() else []:
        version = candidate.parent.parent.name
        parts = version.split(".")
        if len(parts) < 2 or not all(part.isdigit() for part in parts):
            continue
        minor = f"{parts[0]}.{parts[1]}"
        if parts[0] == "3" and 9 <= int(parts[1]) <= 13:
            found[minor] = candidate
    return found


@pytest.fixture(scope="session")
def fake_api() -> Iterator[FakeAnthropicAPI]:
    """One fake API per worker, accepting only the tests' key; reset before each test that uses ``api``."""
    from tests.seeds.expectations import API_KEY

    server = FakeAnthropicAPI(api_keys=[API_KEY]).start()
    yield server
    server.stop()


@pytest.fixture
def api(fake_api: FakeAnthropicAPI) -> FakeAnthropicAPI:
    fake_api.reset()
    return fake_api


def tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])

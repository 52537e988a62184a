"""Fixtures for the runtime tests, and how they import the runtime.

The runtime lives in templates/runtime/ and the generator copies it verbatim
into generated/anthropic/. These tests must not depend on generated/ (absent,
stale or mid-regeneration), and must not disturb the other test packages that
import the real ``anthropic`` in the same pytest session. So at import time
this conftest builds a throw-away package::

    <tmp>/anthropic_runtime/<each file of templates/runtime, symlinked>
    <tmp>/anthropic_runtime/__init__.py   (empty, when the runtime has none)

and puts <tmp> on sys.path. The runtime only uses relative imports, so it
works under any package name; the tests import ``anthropic_runtime.*`` and
edits to templates/runtime are picked up without regenerating anything, while
``import anthropic_runtime`` elsewhere keeps meaning generated/anthropic.

``ANTHROPIC_RUNTIME_UNDER_TEST=generated`` links the same files from
generated/anthropic instead, to test the copies the generator wrote.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "templates" / "runtime"
GENERATED = ROOT / "generated" / "anthropic"
PACKAGE = "anthropic_runtime"


def _link_tree(layout: Path, source: Path, target: Path) -> None:
    """Symlink into ``target`` the files of ``source`` that ``layout`` (templates/runtime) has."""
    target.mkdir()
    for entry in layout.iterdir():
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            _link_tree(entry, source / entry.name, target / entry.name)
        else:
            (target / entry.name).symlink_to(source / entry.name)


def _install_runtime() -> None:
    if PACKAGE in sys.modules:
        return
    source = GENERATED if os.environ.get("ANTHROPIC_RUNTIME_UNDER_TEST") == "generated" else RUNTIME
    base = Path(tempfile.mkdtemp(prefix="anthropic-runtime-"))
    atexit.register(shutil.rmtree, base, True)
    package = base / PACKAGE
    _link_tree(RUNTIME, source, package)
    if not (package / "__init__.py").exists():
        (package / "__init__.py").write_text('"""The runtime core under test."""\n')
    sys.path.insert(0, str(base))


_install_runtime()

from tests import servers  # noqa: E402
from tests.servers import ScriptedServer  # noqa: E402

# The scripted-server fixtures live with the servers so other test packages can reuse them.
server = servers.server
server2 = servers.server2

if TYPE_CHECKING:
    from .dual import Dual


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "ANTHROPIC_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sync", "async"])
def dual(request: pytest.FixtureRequest, server: ScriptedServer) -> Dual:
    """Runs a scenario with the sync or the async client against ``server``."""
    from .dual import Dual

    return Dual(request.param, server.url)

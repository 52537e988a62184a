"""End-to-end fixtures: the wheel and sdist built once per run, and fresh virtual envs with the
wheel installed as a user would (pip resolving the dependencies from the configured index).

Everything heavy is built once per ``pytest`` run, whichever xdist worker needs it first, under
a file lock (``_support.once``); the other worker waits and reuses it. Measured on this machine
(2 cores): building wheel + sdist ~5 s (isolated build); a venv with the wheel and its
dependencies resolved by pip 4-13 s (the extras and Python 3.9, which needs its own pip, being the
slowest), so ``--no-deps`` was not needed; tests/e2e + tests/seeds take ~1.5 min with ``-n 2``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import pytest

from tests.e2e._support import PROJECT_PYTHON, ROOT, api, fake_api, interpreters, once, pip_env, run

__all__ = ["api", "fake_api"]


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class Venv:
    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"


def _build(directory: Path) -> None:
    run([PROJECT_PYTHON, "-m", "build", "--outdir", directory, ROOT], env=pip_env(), timeout=300)


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """``python -m build`` (isolated, as ``make build`` does): the sdist, then the wheel built from it."""
    directory = once(tmp_path_factory, "dist", _build)
    wheels, sdists = sorted(directory.glob("*.whl")), sorted(directory.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(p.name for p in directory.iterdir())
    return Dist(wheels[0], sdists[0])


def _version_of(python: Path) -> tuple:
    result = run([python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"])
    major, minor = result.stdout.split()
    return int(major), int(minor)


def create_venv(directory: Path, python: Path, requirements: Sequence[str]) -> None:
    """A venv from ``python`` with ``requirements`` installed by pip from the configured index."""
    if _version_of(python) >= (3, 10):
        # No pip inside: the project's pip installs into it (--python), which saves a few seconds.
        run([python, "-m", "venv", "--without-pip", directory], timeout=120)
        pip = [PROJECT_PYTHON, "-m", "pip", "--python", directory / "bin" / "python"]
    else:
        # The project's pip no longer runs on 3.9: use the venv's own (ensurepip's) pip.
        run([python, "-m", "venv", directory], timeout=120)
        pip = [directory / "bin" / "python", "-m", "pip"]
    run([*pip, "install", "--quiet", "--disable-pip-version-check", *requirements], env=pip_env(), timeout=600)


BASE_PYTHON = Path(sys.base_prefix) / "bin" / "python3"


@pytest.fixture(scope="session")
def make_venv(tmp_path_factory: pytest.TempPathFactory, dist: Dist) -> Callable[..., Venv]:
    """``make_venv(name, extras=(), python=BASE_PYTHON, extra_requirements=())``, once per name and run."""

    def make(
        name: str, extras: Sequence[str] = (), python: Path = BASE_PYTHON, extra_requirements: Sequence[str] = ()
    ) -> Venv:
        wheel = str(dist.wheel) + (f"[{','.join(extras)}]" if extras else "")
        directory = once(
            tmp_path_factory, f"venv-{name}", lambda d: create_venv(d, python, [wheel, *extra_requirements])
        )
        return Venv(directory)

    return make


@pytest.fixture(scope="session")
def user_venv(make_venv: Callable[..., Venv]) -> Venv:
    """The SDK without extras, plus what the seed samples import themselves (rich, tenacity)."""
    return make_venv("user", extra_requirements=["rich", "tenacity"])


@pytest.fixture(scope="session")
def found_interpreters() -> dict:
    return interpreters()

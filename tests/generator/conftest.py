"""Helpers for the generator's tests: run the CLI, snapshot trees, generate the petshop fixture.

Every generator run is a subprocess (`python -m generator`) started in the
repository root, as `make generate` does, so the tests see exactly what users
see: exit codes, `FILE:#/POINTER` diagnostics on stderr, and files on disk.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"
# GENERATOR_TEST_TEMPLATES points the suite at another templates tree (a snapshot, a branch's copy).
TEMPLATES = Path(os.environ.get("GENERATOR_TEST_TEMPLATES", REPO / "templates")).resolve()
RUNTIME = TEMPLATES / "runtime"
PETSHOP = FIXTURES / "petshop"
SHARED_SPEC = REPO.parent / "shared" / "specs" / "anthropic-2026-01.openapi.json"

# Generated trees and golden copies are data, not tests.
collect_ignore_glob = ["golden/*", "fixtures/*"]

# Mirrors generator/overlays.py: what a copied tree (runtime, handwritten) leaves out.
_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


class Run(NamedTuple):
    code: int
    out: str
    err: str

    def __str__(self) -> str:  # shown by pytest when an assertion on a Run fails
        return f"exit {self.code}\n--- stdout ---\n{self.out}\n--- stderr ---\n{self.err}"


def run_generator(*args: str | os.PathLike[str], cwd: Path = REPO, env: dict[str, str] | None = None) -> Run:
    """`python -m generator ARGS` in `cwd` (the repository root unless told); returns (exit code, stdout, stderr)."""
    environ = {**os.environ, **(env or {})}
    # The generator package is found through the repository root even when cwd is elsewhere.
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), environ.get("PYTHONPATH", "")]))
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def snapshot_tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` as {posix relative path: bytes} (empty when `root` does not exist)."""
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def copied_tree(root: Path) -> dict[str, bytes]:
    """A source tree as the generator copies it (runtime core, overlays): caches and .pyc left out."""
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _IGNORED_PARTS.intersection(path.parts) and path.suffix != ".pyc"
    }


def siblings(directory: Path) -> list[str]:
    """Names beside `directory` in its parent: where staging (`.X-staging-*`) or retired (`.X-old-*`) trees would be."""
    return sorted(p.name for p in directory.parent.iterdir()) if directory.parent.exists() else []


def write_sentinel_tree(output: Path) -> None:
    """A pre-existing output directory that a failed run must leave exactly as it was."""
    (output / "petshop" / "types").mkdir(parents=True)
    (output / "petshop" / "__init__.py").write_text("# hand-made sentinel\n")
    (output / "petshop" / "types" / "old.py").write_text("OLD = 1\n")
    (output / "api.md").write_text("sentinel api.md\n")
    (output / "notes.txt").write_bytes(b"\x00binary\xffsentinel")


def petshop_args(output: Path, handwritten: Path, *, config: Path | None = None, spec: Path | None = None) -> list[str]:
    return [
        "--spec",
        str(spec or PETSHOP / "openapi.yaml"),
        "--config",
        str(config or PETSHOP / "sdk.yaml"),
        "--templates",
        str(TEMPLATES),
        "--handwritten",
        str(handwritten),
        "--output",
        str(output),
    ]


def generate_petshop(base: Path, *, config: Path | None = None, handwritten: Path | None = None, **env: str) -> Path:
    """Generate the petshop SDK into `base/out` (an empty overlay tree unless told); return the output directory."""
    if handwritten is None:
        handwritten = base / "handwritten"
        handwritten.mkdir(parents=True, exist_ok=True)
    output = base / "out"
    run = run_generator("generate", "-q", *petshop_args(output, handwritten, config=config), env=env or None)
    assert run.code == 0, f"generating the petshop fixture failed:\n{run}"
    return output


def run_python(code: str, *args: str, pythonpath: Path, timeout: int = 120) -> Run:
    """Run `code` in a fresh interpreter that sees only `pythonpath` (the generated tree) besides site-packages."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environ["PYTHONPATH"] = str(pythonpath)
    environ["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=pythonpath,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


IMPORT_ALL = r"""
import importlib, json, pathlib, sys, traceback
root, package = pathlib.Path(sys.argv[1]), sys.argv[2]
modules = []
for path in sorted((root / package).rglob("*.py")):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    modules.append(".".join(parts))
failures = {}
for name in modules:
    try:
        importlib.import_module(name)
    except BaseException as exc:  # noqa: BLE001 - report every module, not only the first
        failures[name] = "".join(traceback.format_exception_only(type(exc), exc)).strip()
# Every name a lazy package `__init__` exports must resolve to what it names.
for name in modules:
    module = sys.modules.get(name)
    if module is None or not hasattr(module, "_EXPORTS"):
        continue
    for export in module.__all__:
        try:
            getattr(module, export)
        except BaseException as exc:  # noqa: BLE001
            failures[f"{name}.{export}"] = "".join(traceback.format_exception_only(type(exc), exc)).strip()
print(json.dumps({"modules": len(modules), "failures": failures}))
"""


def import_every_module(root: Path, package: str) -> tuple[int, dict[str, str]]:
    """Import every module of `root/package` in a subprocess; return (module count, {module: error})."""
    run = run_python(IMPORT_ALL, str(root), package, pythonpath=root)
    assert run.code == 0 and run.out.strip(), f"the import script itself failed:\n{run}"
    result = json.loads(run.out.strip().splitlines()[-1])
    return result["modules"], result["failures"]


def format_failures(failures: dict[str, str], limit: int = 12) -> str:
    """Failures grouped by error (file paths left out), most frequent first, with a few examples each."""
    groups: dict[str, list[str]] = {}
    for name, error in sorted(failures.items()):
        last = error.splitlines()[-1] if error else "?"
        groups.setdefault(re.sub(r" \(/[^)]*\)", "", last), []).append(name)
    lines = []
    for error, names in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]:
        examples = ", ".join(names[:4]) + (", ..." if len(names) > 4 else "")
        lines.append(f"  {len(names):4} x {error}\n         e.g. {examples}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def petshop_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The petshop SDK generated once per test worker (read-only for the tests that use it)."""
    return generate_petshop(tmp_path_factory.mktemp("petshop"))


PYRIGHT = REPO / "node_modules" / ".bin" / "pyright"


def pyright_strict(base: Path, packages: dict[Path, str], timeout: int = 300) -> Run:
    """pyright (strict, as `make typecheck`) over `root/package` for each (root, package), in one run.

    The configuration is written into `base`, which must contain every root (pyright takes relative includes).
    """
    if not PYRIGHT.exists():
        pytest.skip(f"pyright is not installed ({PYRIGHT}); run `make setup`")
    config = {
        "include": [(root / package).relative_to(base).as_posix() for root, package in packages.items()],
        "exclude": ["**/__pycache__", "**/tests"],
        "extraPaths": [str(root) for root in packages],
        "typeCheckingMode": "strict",
        "reportImportCycles": False,
        "reportPrivateUsage": False,
        "pythonVersion": "3.9",
        "venvPath": str(REPO),
        "venv": ".venv",
    }
    (base / "pyrightconfig.json").write_text(json.dumps(config))
    proc = subprocess.run(
        [str(PYRIGHT), "-p", str(base / "pyrightconfig.json")],
        cwd=base,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def mypy_strict(base: Path, packages: dict[Path, str], timeout: int = 300) -> Run:
    """mypy --strict over each generated package (one run; each package's root on MYPYPATH)."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environ["MYPYPATH"] = os.pathsep.join(str(root) for root in packages)
    args = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(base / ".mypy_cache")]
    for package in packages.values():
        args += ["-p", package]
    proc = subprocess.run(args, cwd=base, env=environ, capture_output=True, text=True, timeout=timeout, check=False)
    return Run(proc.returncode, proc.stdout, proc.stderr)


_ERROR_LINE = re.compile(r"^\s*(?P<path>[^\s:][^:]*\.py):\d+(?::\d+)?(?: - |: )error: (?P<message>.*)$")


def rendered_file_errors(output: str, packages: set[str]) -> list[str]:
    """pyright or mypy error lines about rendered files of `packages`: errors in runtime copies (templates/runtime,
    checked by `make typecheck` over generated/) are left out, so those tests judge what the generator writes."""
    runtime = set(copied_tree(RUNTIME))
    errors: list[str] = []
    for line in output.splitlines():
        match = _ERROR_LINE.match(line)
        if match is None:
            continue
        parts = Path(match["path"]).parts
        positions = [i for i, part in enumerate(parts) if part in packages]
        if positions and "/".join(parts[positions[-1] + 1 :]) in runtime:
            continue
        errors.append(line.strip())
    return errors

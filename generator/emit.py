"""Format the rendered tree with one ruff pass, then write it atomically or diff it.

The whole tree is staged in a temporary directory next to the output, so a
failure at any point leaves the output directory exactly as it was.
"""

from __future__ import annotations

import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Outcome:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


RUFF_CONFIG = Path(__file__).with_name("ruff.toml")


def stage(files: dict[str, bytes], output: Path, ruff_config: Path | None = RUFF_CONFIG) -> Path:
    """Write `files` into a fresh directory beside `output` and format it; return the directory."""
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-staging-", dir=output.parent))
    try:
        for rel, data in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        format_tree(staging, ruff_config)
    except BaseException:
        if not os.environ.get("GENERATOR_KEEP_STAGING"):
            shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def format_tree(root: Path, ruff_config: Path | None) -> None:
    """One `ruff check --fix` (imports) and one `ruff format` over the whole staged tree."""
    base = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ruff_config)] if ruff_config else []
    for args in (["check", "--fix-only", "--exit-zero", "--select", "I,F401", "-q"], ["format"]):
        result = subprocess.run([*base, *args, *config, str(root)], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            message = (result.stdout + result.stderr).strip().splitlines()[:20]
            raise GeneratedCodeError("ruff failed on the generated code:\n  " + "\n  ".join(message))


class GeneratedCodeError(Exception):
    """The generator rendered code ruff cannot parse: a bug in the generator or a template, not in the input."""


def _tree(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def compare(staging: Path, output: Path) -> Outcome:
    outcome = Outcome()
    new, old = _tree(staging), _tree(output)
    for rel in sorted(new):
        if rel in old and filecmp.cmp(staging / rel, output / rel, shallow=False):
            outcome.unchanged.append(rel)
        else:
            outcome.written.append(rel)
    outcome.removed = sorted(old - new)
    return outcome


def unified_diff(staging: Path, output: Path, outcome: Outcome) -> str:
    chunks: list[str] = []
    for rel in outcome.written + outcome.removed:
        before = (
            (output / rel).read_text(encoding="utf-8", errors="replace").splitlines(True)
            if (output / rel).exists()
            else []
        )
        after = (
            (staging / rel).read_text(encoding="utf-8", errors="replace").splitlines(True)
            if (staging / rel).exists()
            else []
        )
        if not before or not after:  # difflib prints nothing when one side is empty
            state = (
                "new file"
                if not (output / rel).exists()
                else "deleted file"
                if not (staging / rel).exists()
                else "changed"
            )
            chunks.append(f"--- a/{rel}\n+++ b/{rel}\n@@ {state} @@\n")
        chunks.extend(difflib.unified_diff(before, after, f"a/{rel}", f"b/{rel}"))
    return "".join(chunks)


def swap_in(staging: Path, output: Path) -> None:
    """Replace `output` by `staging` with two renames; stale files disappear with the old tree."""
    if output.exists():
        retired = output.with_name(f".{output.name}-old-{os.getpid()}")
        os.replace(output, retired)
        try:
            os.replace(staging, output)
        except BaseException:
            os.replace(retired, output)
            raise
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staging, output)

"""The whole run, stage by stage: load -> build -> render -> merge -> (format + write | diff).

`config` may be None: the SDK's shape is then derived from the spec (derive.py).
Besides the package, the output holds api.md, the endpoint tests,
PROVENANCE.json (what it was generated from), SURFACE.json (the public surface,
surface.py) and CHANGELOG.md (what changed in that surface at each
regeneration, changelog.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__, changelog
from .build import build_api
from .config import SdkConfig, load_config
from .diagnostics import Diagnostics
from .docs import render_api_md
from .ir import Api
from .load import Document
from .overlays import check_declarations, merge, tree_files
from .render import module_exports, render_package
from .surface import surface_of
from .testgen import render_tests


@dataclass(frozen=True)
class Paths:
    spec: Path
    config: Path | None  # None: derive the SDK's shape from the spec
    output: Path
    templates: Path
    handwritten: Path

    @property
    def runtime(self) -> Path:
        return self.templates / "runtime"


Progress = Callable[[str, int, int], None]  # (stage, done, total); total 0 when unknown


@dataclass
class Timings:
    """Seconds per finished stage, and an optional progress callback for the stage under way."""

    stages: dict[str, float] = field(default_factory=dict)
    progress: Progress | None = None
    _start: float = field(default_factory=time.perf_counter)

    def mark(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = self.stages.get(stage, 0.0) + now - self._start
        self._start = now

    def report(self, stage: str, done: int = 0, total: int = 0) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)


@dataclass
class Rendered:
    api: Api
    config: SdkConfig
    files: dict[str, bytes]


def build_ir(spec: Path, config_path: Path | None, diagnostics: Diagnostics, timings: Timings) -> tuple[Api, SdkConfig]:
    """Load the spec and sdk.yaml (or derive it) and build the IR; raise DiagnosticError on any error."""
    timings.report("load")
    document = Document(spec, diagnostics)
    config = load_config(config_path, diagnostics, document)
    timings.mark("load")
    diagnostics.raise_if_errors()
    timings.report("build")
    api = build_api(document, config, diagnostics)
    timings.mark("build")
    diagnostics.raise_if_errors()
    return api, config


def render_tree(paths: Paths, diagnostics: Diagnostics, timings: Timings) -> Rendered:
    """Every output file in memory, keyed by path relative to the output directory."""
    api, config = build_ir(paths.spec, paths.config, diagnostics, timings)
    runtime = tree_files(paths.runtime)
    handwritten = tree_files(paths.handwritten / config.package_name)
    exported = module_exports({**runtime, **handwritten}, config.exports_from, diagnostics, config.location)
    package = render_package(
        api,
        config,
        paths.templates,
        exported,
        config.overlays.exports,
        {**runtime, **handwritten},
        tick=lambda done, total: timings.report("render", done, total),
    )
    merged = merge(package, runtime, handwritten, diagnostics, paths.runtime, paths.handwritten / config.package_name)
    check_declarations(config, merged, diagnostics)
    diagnostics.raise_if_errors()
    files = {f"{config.package_name}/{rel}": data for rel, data in merged.items()}
    files["api.md"] = render_api_md(api, config, paths.templates).encode()
    tests_dir = paths.output.resolve() / "tests"
    spec_relpath = os.path.relpath(paths.spec.resolve(), tests_dir)
    # Node tools are installed beside the output directory (the repository root), whatever the cwd.
    prism_relpath = os.path.relpath(paths.output.resolve().parent / "node_modules" / ".bin" / "prism", tests_dir)
    for rel, text in render_tests(api, config, paths.templates, spec_relpath, prism_relpath).items():
        files[f"tests/{rel}"] = text.encode()
    files["PROVENANCE.json"] = _provenance(paths, api, config).encode()
    surface = surface_of(api, (config.client.sync_name, config.client.async_name))
    surface_text, changelog_text = changelog.update(
        _read_text(paths.output / changelog.SURFACE_FILE),
        _read_text(paths.output / changelog.CHANGELOG_FILE),
        surface,
        _digest([paths.spec]),
    )
    files[changelog.SURFACE_FILE] = surface_text.encode()
    files[changelog.CHANGELOG_FILE] = changelog_text.encode()
    timings.mark("render")
    diagnostics.raise_if_errors()
    return Rendered(api, config, files)


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _files_under(root: Path) -> list[Path]:
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _provenance(paths: Paths, api: Api, config: SdkConfig) -> str:
    if paths.config is not None:
        config_digest = _digest([paths.config])
    else:  # derived: the digest of the derived sdk.yaml text
        config_digest = hashlib.sha256(config.derived_text.encode()).hexdigest()
    record: dict[str, object] = {
        "generator_version": __version__,
        "endpoints": api.endpoint_count,
        "types": len(api.definitions),
        "sha256": {
            "spec": _digest([paths.spec]),
            "config": config_digest,
            "templates": _digest(_files_under(paths.templates)),
            "handwritten": _digest(_files_under(paths.handwritten)),
        },
    }
    if config.derived:
        record["derived_config_sections"] = list(config.derived)
    return json.dumps(record, indent=2, sort_keys=True) + "\n"

"""The whole run, stage by stage: load -> build -> render -> merge -> (format + write | diff)."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .build import build_api
from .config import SdkConfig, load_config
from .diagnostics import Diagnostics
from .docs import render_api_md
from .ir import Api
from .load import Document
from .overlays import check_declarations, merge, tree_files
from .render import module_exports, render_package
from .testgen import render_tests


@dataclass(frozen=True)
class Paths:
    spec: Path
    config: Path
    output: Path
    templates: Path
    handwritten: Path

    @property
    def runtime(self) -> Path:
        return self.templates / "runtime"


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)
    _start: float = field(default_factory=time.perf_counter)

    def mark(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = now - self._start
        self._start = now


@dataclass
class Rendered:
    api: Api
    config: SdkConfig
    files: dict[str, bytes]


def render_tree(paths: Paths, diagnostics: Diagnostics, timings: Timings) -> Rendered:
    """Every output file in memory, keyed by path relative to the output directory."""
    document = Document(paths.spec, diagnostics)
    config = load_config(paths.config, diagnostics)
    timings.mark("load")
    diagnostics.raise_if_errors()
    api = build_api(document, config, diagnostics)
    timings.mark("build")
    diagnostics.raise_if_errors()
    runtime = tree_files(paths.runtime)
    handwritten = tree_files(paths.handwritten / config.package_name)
    exported = module_exports({**runtime, **handwritten}, config.exports_from, diagnostics, config.location)
    package = render_package(
        api, config, paths.templates, exported, config.overlays.exports, {**runtime, **handwritten}
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
    files["PROVENANCE.json"] = _provenance(paths, api).encode()
    timings.mark("render")
    diagnostics.raise_if_errors()
    return Rendered(api, config, files)


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


def _provenance(paths: Paths, api: Api) -> str:
    record = {
        "generator_version": __version__,
        "endpoints": api.endpoint_count,
        "types": len(api.definitions),
        "sha256": {
            "spec": _digest([paths.spec]),
            "config": _digest([paths.config]),
            "templates": _digest(_files_under(paths.templates)),
            "handwritten": _digest(_files_under(paths.handwritten)),
        },
    }
    return json.dumps(record, indent=2, sort_keys=True) + "\n"

"""Merge the runtime core and the handwritten overlays into the rendered package.

Both are ordinary Python trees copied byte for byte. sdk.yaml's overlay
declarations (mixins, exports) must name modules and classes that exist; a
handwritten file may not replace a generated one.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .config import SdkConfig
from .diagnostics import Diagnostics, Location

IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


def tree_files(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    files: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not IGNORED_PARTS.intersection(path.parts) and path.suffix != ".pyc":
            files[str(path.relative_to(root))] = path.read_bytes()
    return files


def merge(
    generated: dict[str, str],
    runtime: dict[str, bytes],
    handwritten: dict[str, bytes],
    diagnostics: Diagnostics,
    runtime_root: Path,
    handwritten_root: Path,
) -> dict[str, bytes]:
    files = {rel: text.encode("utf-8") for rel, text in generated.items()}
    for origin, root, extra in (("runtime", runtime_root, runtime), ("handwritten", handwritten_root, handwritten)):
        for rel, data in extra.items():
            if rel in files:
                diagnostics.error(
                    Location(str(root / rel)),
                    f"{origin} file {rel!r} would replace a file the generator already produced",
                    "rename it, or remove the generated one from sdk.yaml",
                )
                continue
            files[rel] = data
    return files


def check_declarations(config: SdkConfig, files: dict[str, bytes], diagnostics: Diagnostics) -> None:
    """Every `module:Name` in sdk.yaml's overlays must exist in the merged package."""
    loc = config.overlays.location or config.location
    checks: list[tuple[str, Location]] = []
    for mixin in config.overlays.mixins.values():
        checks.append((mixin.sync, mixin.location.child("sync")))
        checks.append((mixin.async_, mixin.location.child("async")))
    for name, target in config.overlays.exports.items():
        checks.append((target, loc.child("exports", name)))
    for target, where in checks:
        module, _, name = target.partition(":")
        if not name:
            diagnostics.error(where, f"{target!r} must be 'package.module:Name'")
            continue
        rel = _module_file(module, config.package_name, files)
        if rel is None:
            diagnostics.error(where, f"module {module!r} does not exist", "add it under handwritten/")
            continue
        if name not in _top_level_names(files[rel]):
            diagnostics.error(where, f"{module!r} does not define {name!r}")


def _module_file(module: str, package: str, files: dict[str, bytes]) -> str | None:
    parts = module.split(".")
    if parts[0] == package:
        parts = parts[1:]
    base = "/".join(parts)
    for candidate in (base + ".py", base + "/__init__.py"):
        if candidate in files:
            return candidate
    return None


def _top_level_names(source: bytes) -> set[str]:
    return _names_in(ast.parse(source).body)


def _names_in(body: list[ast.stmt]) -> set[str]:
    """Names a module body binds, including inside `if TYPE_CHECKING:`/`else:` and `try:` blocks."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, ast.If):
            names |= _names_in(node.body) | _names_in(node.orelse)
        elif isinstance(node, ast.Try):
            names |= _names_in(node.body) | _names_in(node.orelse)
            for handler in node.handlers:
                names |= _names_in(handler.body)
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom):
            names.update((a.asname or a.name) for a in node.names)
        elif isinstance(node, ast.Import):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names

"""Load an OpenAPI document (YAML or JSON, possibly split over files) and resolve `$ref`s.

Nothing here interprets OpenAPI: the loader only parses files, follows
references and remembers where every node came from, so that later stages
can report `FILE:#/POINTER` for any problem.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .diagnostics import DiagnosticError, Diagnostics, Location, single_error

try:  # the C loader is several times faster on large specs
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _YamlLoader = yaml.SafeLoader


def display_path(path: Path) -> str:
    """A path as users should see it: relative to the working directory when possible."""
    relative = os.path.relpath(path.resolve(), Path.cwd().resolve())
    return relative if not relative.startswith(os.path.join(os.pardir, os.pardir, os.pardir)) else str(path.resolve())


def parse_file(path: Path) -> Any:
    """Parse one YAML or JSON file; raise DiagnosticError naming the file on failure."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise single_error(Location(shown), "file not found", "check the --spec / --config path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise single_error(Location(shown), f"cannot read file: {exc}") from None
    try:
        if path.suffix == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=_YamlLoader)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise single_error(Location(shown), message) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise single_error(Location(shown), f"invalid YAML{where}: {problem}") from None


def _split_ref(ref: str) -> tuple[str, str]:
    file_part, _, fragment = ref.partition("#")
    return file_part, unquote(fragment)


def _walk_pointer(node: Any, pointer: str) -> Any:
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(part)
    return node


@dataclass(frozen=True)
class Resolved:
    """A node after following references, where it lives, and the ref name if it was a named schema."""

    node: Any
    location: Location
    name: str | None


class Document:
    """A parsed root document plus every file reached through `$ref`."""

    def __init__(self, root_path: Path, diagnostics: Diagnostics) -> None:
        self.root_path = root_path.resolve()
        self.diagnostics = diagnostics
        self._files: dict[Path, Any] = {self.root_path: parse_file(root_path)}
        self.root: Any = self._files[self.root_path]
        self.root_location = Location(display_path(root_path))
        self._paths: dict[str, Path] = {self.root_location.file: self.root_path}

    def _file(self, path: Path, origin: Location) -> Any:
        path = path.resolve()
        if path not in self._files:
            try:
                self._files[path] = parse_file(path)
            except DiagnosticError as exc:
                for d in exc.diagnostics:
                    self.diagnostics.error(origin, f"$ref target: {d.message}", d.hint)
                self._files[path] = None
        return self._files[path]

    def resolve(self, node: Any, location: Location) -> Resolved:
        """Follow `$ref` chains from `node`; on a broken ref report it and return an empty schema."""
        name: str | None = None
        seen: set[tuple[Path, str]] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            file_part, pointer = _split_ref(ref)
            current = self._paths.get(location.file, self.root_path)
            target = (current.parent / file_part).resolve() if file_part else current
            if (target, pointer) in seen:
                self.diagnostics.error(location, f"$ref cycle through {ref!r}", "a $ref must end at a schema")
                return Resolved({}, location, name)
            seen.add((target, pointer))
            container = self._file(target, location.child("$ref"))
            if container is None:
                return Resolved({}, location, name)
            try:
                node = _walk_pointer(container, pointer)
            except KeyError as missing:
                hint = "check the spelling, or define it under components/schemas"
                self.diagnostics.error(location.child("$ref"), f"unresolved $ref {ref!r} (no {missing})", hint)
                return Resolved({}, location, name)
            location = Location(display_path(target), pointer)
            self._paths[location.file] = target
            name = _schema_name(pointer)
        return Resolved(node, location, name)


def _schema_name(pointer: str) -> str | None:
    """`/components/schemas/Foo` and top-level `/Foo` (in a schema-only file) name a schema."""
    parts = pointer.lstrip("/").split("/")
    if len(parts) == 3 and parts[0] == "components" and parts[1] == "schemas":
        return parts[2].replace("~1", "/").replace("~0", "~")
    if len(parts) == 1 and parts[0]:
        return parts[0]
    return None

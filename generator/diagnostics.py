"""Problems found in a spec or config, reported as `FILE:#/POINTER: message`.

Every stage collects diagnostics instead of raising on the first one, so a
run reports all problems together; `DiagnosticError` carries them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


def escape_pointer_part(part: str | int) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class Location:
    """A place in a source file: the file as shown to users and a JSON pointer."""

    file: str
    pointer: str = ""

    def child(self, *parts: str | int) -> Location:
        suffix = "".join("/" + escape_pointer_part(p) for p in parts)
        return Location(self.file, self.pointer + suffix)

    def __str__(self) -> str:
        return f"{self.file}:#{self.pointer}"


@dataclass(frozen=True)
class Diagnostic:
    location: Location | None
    message: str
    severity: Severity = "error"
    hint: str | None = None

    def render(self) -> str:
        where = f"{self.location}: " if self.location else ""
        text = f"{where}{self.severity}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


@dataclass
class Diagnostics:
    """An ordered, de-duplicated collection of diagnostics for one run."""

    items: list[Diagnostic] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def error(self, location: Location | None, message: str, hint: str | None = None) -> None:
        self._add(Diagnostic(location, message, "error", hint))

    def warning(self, location: Location | None, message: str, hint: str | None = None) -> None:
        self._add(Diagnostic(location, message, "warning", hint))

    def _add(self, diagnostic: Diagnostic) -> None:
        key = (str(diagnostic.location), diagnostic.message)
        if key not in self._seen:
            self._seen.add(key)
            self.items.append(diagnostic)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise DiagnosticError(self.errors)


class DiagnosticError(Exception):
    """Raised when a stage found errors; nothing has been written at that point."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.render() for d in diagnostics))


def single_error(location: Location | None, message: str, hint: str | None = None) -> DiagnosticError:
    """A DiagnosticError for one problem, for stages that cannot go on after it (an unreadable file)."""
    return DiagnosticError([Diagnostic(location, message, "error", hint)])

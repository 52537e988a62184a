"""generated/CHANGELOG.md: one entry per regeneration that changed the SDK's public surface.

The previous surface is read from the output directory's SURFACE.json; the
new one is compared with it (diff.py) and, when anything changed, an entry is
put on top of the existing CHANGELOG.md. Entries carry no timestamps: each is
keyed by the sha256 of the spec it was generated from, so regenerating is
byte-identical and `check` sees exactly what `generate` would write. A
regeneration that changes nothing public adds nothing.
"""

from __future__ import annotations

from .diff import compare
from .surface import Surface, dumps, loads

SURFACE_FILE = "SURFACE.json"
CHANGELOG_FILE = "CHANGELOG.md"

HEADER = """# Changelog of the SDK's public surface

Written by `python -m generator generate`; newest first. Each entry is keyed by the sha256 of
the spec it was generated from and lists what `python -m generator diff` found between the
previous generated surface (SURFACE.json) and the new one.
"""


def _key(spec_digest: str) -> str:
    return f"## spec {spec_digest[:16]}"


def _entries(changelog: str | None) -> str:
    """The entries of an existing changelog (everything from its first `## ` heading)."""
    if not changelog:
        return ""
    index = changelog.find("\n## ")
    if changelog.startswith("## "):
        return changelog
    return changelog[index + 1 :] if index >= 0 else ""


def update(
    previous_surface: str | None, previous_changelog: str | None, surface: Surface, spec_digest: str
) -> tuple[str, str]:
    """(new SURFACE.json text, new CHANGELOG.md text)."""
    surface_text = dumps(surface)
    old = loads(previous_surface) if previous_surface else None
    entries = _entries(previous_changelog)
    heading = _key(spec_digest)
    if entries.startswith(heading + "\n"):
        heading += " (same spec; sdk.yaml, templates or the generator changed)"
    if old is None:
        body = f"First recorded surface: {len(surface['methods'])} methods, {len(surface['types'])} types.\n"
    else:
        report = compare(old, surface)
        if not report.changes:
            return surface_text, HEADER + ("\n" + entries if entries else "")
        counts = f"{len(report.breaking)} breaking, {len(report.other)} other change(s).\n\n"
        body = counts + report.to_markdown()
    entry = f"{heading}\n\n{body.rstrip()}\n"
    return surface_text, HEADER + "\n" + entry + ("\n" + entries if entries else "")

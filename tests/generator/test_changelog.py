"""generated/SURFACE.json and CHANGELOG.md: one deterministic entry per regeneration that changed the public surface."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import yaml
from conftest import PETSHOP, petshop_args, run_generator, snapshot_tree


def spec_key(spec: Path) -> str:
    digest = hashlib.sha256(spec.name.encode() + spec.read_bytes()).hexdigest()
    return f"## spec {digest[:16]}"


def entries(changelog: str) -> list[str]:
    return re.findall(r"^## .*$", changelog, flags=re.MULTILINE)


def test_surface_changes_are_logged_once_each(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    shutil.copy(PETSHOP / "openapi.yaml", spec)
    (tmp_path / "hw").mkdir()
    out = tmp_path / "out"
    args = petshop_args(out, tmp_path / "hw", spec=spec)

    assert run_generator("generate", "-q", *args).code == 0
    first = (out / "CHANGELOG.md").read_text()
    assert entries(first) == [spec_key(spec)]
    assert "First recorded surface: 8 methods, 29 types." in first
    surface = json.loads((out / "SURFACE.json").read_text())
    assert set(surface["methods"]) >= {"pets.list", "pets.photos.upload", "categories.retrieve"}
    assert surface["types"]["petshop.types.Pet"]["kind"] == "model"

    # The API drops a response field and adds a query parameter: one new entry, on top, keyed by the new spec.
    document = yaml.safe_load(spec.read_text())
    del document["components"]["schemas"]["Pet"]["properties"]["nickname"]
    document["paths"]["/v1/pets"]["get"]["parameters"].append(
        {"name": "owner", "in": "query", "schema": {"type": "string"}}
    )
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    run = run_generator("check", *args)
    assert run.code == 1 and "+++ b/CHANGELOG.md" in run.out, "check shows the entry generate would add"
    assert run_generator("generate", "-q", *args).code == 0
    second = (out / "CHANGELOG.md").read_text()
    assert entries(second) == [spec_key(spec), entries(first)[0]]
    top = second.split(entries(first)[0])[0]
    assert "Breaking:\n\n- `petshop.types.Pet.nickname`: field removed\n" in top
    assert "- `client.pets.list(owner)`: optional parameter added" in top
    assert "1 breaking, 2 other change(s)." in top
    assert first.split("\n## ", 1)[1] in second, "earlier entries are kept as they were"

    # Regenerating without a change adds nothing, and the tree is byte-identical.
    before = snapshot_tree(out)
    run = run_generator("generate", *args)
    assert run.code == 0 and "0 written" in run.err, str(run)
    assert snapshot_tree(out) == before
    assert run_generator("check", *args).code == 0


def test_no_timestamps(petshop_out: Path) -> None:
    text = (petshop_out / "CHANGELOG.md").read_text() + (petshop_out / "SURFACE.json").read_text()
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b|\d\d:\d\d:\d\d", text)


def test_unreadable_previous_surface_starts_over(tmp_path: Path) -> None:
    (tmp_path / "hw").mkdir()
    out = tmp_path / "out"
    args = petshop_args(out, tmp_path / "hw")
    assert run_generator("generate", "-q", *args).code == 0
    (out / "SURFACE.json").write_text("{not json")
    run = run_generator("generate", "-q", *args)
    assert run.code == 0 and "Traceback" not in run.err, str(run)
    log = (out / "CHANGELOG.md").read_text()
    assert log.count("First recorded surface") == 2
    assert "(same spec; sdk.yaml, templates or the generator changed)" in log

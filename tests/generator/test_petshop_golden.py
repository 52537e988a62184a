"""The petshop fixture generated end to end with the real templates, compared with a committed golden tree.

The golden tree holds what the generator *renders* (types/, resources/,
_client.py, __init__.py, _version.py, py.typed, api.md). The runtime core is
copied, not rendered: it is checked against templates/runtime byte for byte
instead, so that runtime edits do not churn the golden tree.

Refresh the golden tree after an intended change of the templates or the generator:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/generator/test_petshop_golden.py
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
from pathlib import Path

from conftest import GOLDEN, RUNTIME, copied_tree, snapshot_tree

GOLDEN_PETSHOP = GOLDEN / "petshop"
PACKAGE = "petshop"
REFRESH = "UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/generator/test_petshop_golden.py"


def runtime_copies() -> set[str]:
    return {f"{PACKAGE}/{rel}" for rel in copied_tree(RUNTIME)}


def rendered_files(tree: dict[str, bytes]) -> dict[str, bytes]:
    """The part of an output tree that the golden covers: rendered files, not copies or provenance."""
    copies = runtime_copies()
    return {
        rel: data
        for rel, data in tree.items()
        if rel not in copies and rel != "PROVENANCE.json" and not rel.startswith("tests/")
    }


def _short_diff(
    rel: str, expected: bytes, actual: bytes, limit: int = 40, labels: tuple[str, str] = ("golden", "generated")
) -> str:
    lines = list(
        difflib.unified_diff(
            expected.decode("utf-8", "replace").splitlines(True),
            actual.decode("utf-8", "replace").splitlines(True),
            f"{labels[0]}/{rel}",
            f"{labels[1]}/{rel}",
        )
    )
    shown = "".join(lines[:limit])
    return shown + (f"... ({len(lines) - limit} more diff lines)\n" if len(lines) > limit else "")


def test_golden_tree_matches(petshop_out: Path) -> None:
    actual = rendered_files(snapshot_tree(petshop_out))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(GOLDEN_PETSHOP, ignore_errors=True)
        for rel, data in actual.items():
            target = GOLDEN_PETSHOP / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    expected = snapshot_tree(GOLDEN_PETSHOP)
    assert expected, f"no golden tree at {GOLDEN_PETSHOP}; create it with: {REFRESH}"
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(rel for rel in set(expected) & set(actual) if expected[rel] != actual[rel])
    if missing or extra or changed:
        report = [f"the generated petshop SDK differs from {GOLDEN_PETSHOP.relative_to(GOLDEN.parent.parent.parent)}:"]
        report += [f"  no longer generated: {rel}" for rel in missing]
        report += [f"  new file:            {rel}" for rel in extra]
        report += [f"  changed:             {rel}" for rel in changed]
        report.append(f"if the change is intended, refresh the golden tree with:\n  {REFRESH}\n")
        report += [_short_diff(rel, expected[rel], actual[rel]) for rel in changed[:5]]
        raise AssertionError("\n".join(report))


def test_runtime_core_is_copied_byte_for_byte(petshop_out: Path) -> None:
    runtime = copied_tree(RUNTIME)
    assert runtime, f"no runtime core under {RUNTIME}"
    package = petshop_out / PACKAGE
    missing = sorted(rel for rel in runtime if not (package / rel).is_file())
    altered = sorted(
        rel for rel in runtime if (package / rel).is_file() and (package / rel).read_bytes() != runtime[rel]
    )
    labels = ("templates/runtime", PACKAGE)
    details = [_short_diff(rel, runtime[rel], (package / rel).read_bytes(), 12, labels) for rel in altered[:3]]
    assert not missing and not altered, (
        "runtime files must land in the package unchanged (templates/runtime/X -> petshop/X):\n"
        + "".join(f"  missing: {rel}\n" for rel in missing)
        + "".join(f"  altered: {rel}\n" for rel in altered)
        + "".join(details)
    )


def test_output_holds_only_rendered_files_runtime_copies_tests_and_provenance(petshop_out: Path) -> None:
    tree = snapshot_tree(petshop_out)
    rendered = set(rendered_files(tree))
    others = set(tree) - rendered
    unexpected = sorted(
        rel
        for rel in others
        if rel not in runtime_copies() and rel != "PROVENANCE.json" and not rel.startswith("tests/")
    )
    assert not unexpected, unexpected
    # The rendered part is what the architecture promises: one module per type, resources, client, lazy inits.
    for rel in (
        "api.md",
        "petshop/__init__.py",
        "petshop/_client.py",
        "petshop/_version.py",
        "petshop/resources/__init__.py",
        "petshop/resources/pets/__init__.py",
        "petshop/resources/pets/pets.py",
        "petshop/resources/pets/photos.py",
        "petshop/resources/categories.py",
        "petshop/types/__init__.py",
        "petshop/types/pet.py",
        "petshop/types/pet_details.py",
        "petshop/types/pet_details_param.py",
        "petshop/types/pet_create_params.py",
        "petshop/types/pet_list_params.py",
        "petshop/types/category.py",
        "petshop/types/species.py",
        "petshop/types/pets/__init__.py",
        "petshop/types/pets/photo.py",
        "petshop/types/pets/photo_upload_params.py",
    ):
        assert rel in rendered, f"{rel} was not generated"
    assert "petshop/py.typed" in tree, "the package must be marked as typed (rendered or copied from the runtime)"


def test_provenance_records_the_inputs(petshop_out: Path) -> None:
    record = json.loads((petshop_out / "PROVENANCE.json").read_text())
    assert record["endpoints"] == 8
    assert set(record["sha256"]) == {"spec", "config", "templates", "handwritten"}
    assert all(re.fullmatch("[0-9a-f]{64}", digest) for digest in record["sha256"].values()), record

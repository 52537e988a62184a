"""Output is byte-identical run to run; `check` exits 1 with a unified diff on any difference; `generate` repairs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import generate_petshop, petshop_args, run_generator, siblings, snapshot_tree


def changed_files(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(rel for rel in set(a) | set(b) if a.get(rel) != b.get(rel))


def test_two_runs_give_byte_identical_trees(tmp_path: Path) -> None:
    # Different hash seeds shake out any dependence on set or dict-of-set iteration order.
    first = snapshot_tree(generate_petshop(tmp_path / "first", PYTHONHASHSEED="1"))
    second = snapshot_tree(generate_petshop(tmp_path / "second", PYTHONHASHSEED="4242"))
    assert first and changed_files(first, second) == []


def test_output_does_not_depend_on_the_working_directory(tmp_path: Path, petshop_out: Path) -> None:
    """`cd elsewhere && python -m generator ...` must format the code the same way as from the repository root."""
    (tmp_path / "hw").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = run_generator("generate", "-q", *petshop_args(tmp_path / "out", tmp_path / "hw"), cwd=elsewhere)
    assert run.code == 0, str(run)
    differing = changed_files(snapshot_tree(petshop_out), snapshot_tree(tmp_path / "out"))
    assert differing == [], f"{len(differing)} files differ when run from another directory, e.g. {differing[:5]}"


def test_regenerating_in_place_changes_nothing(tmp_path: Path) -> None:
    out = generate_petshop(tmp_path)
    before = snapshot_tree(out)
    run = run_generator("generate", *petshop_args(out, tmp_path / "handwritten"))
    assert run.code == 0, str(run)
    assert f"0 written, {len(before)} unchanged, 0 removed" in run.err
    assert snapshot_tree(out) == before
    assert siblings(out) == ["handwritten", "out"]


@pytest.fixture
def fresh(tmp_path: Path, petshop_out: Path) -> tuple[Path, Path]:
    """A private copy of the generated petshop tree (output directory, overlay directory)."""
    out = tmp_path / "out"
    shutil.copytree(petshop_out, out)
    (tmp_path / "hw").mkdir()
    return out, tmp_path / "hw"


def check(out: Path, hw: Path):  # type: ignore[no-untyped-def]
    before, beside = snapshot_tree(out), siblings(out)
    run = run_generator("check", *petshop_args(out, hw))
    assert snapshot_tree(out) == before, "check modified the output directory"
    assert siblings(out) == beside, "check left a staging tree beside the output"
    return run


def test_check_passes_on_a_fresh_tree(fresh: tuple[Path, Path]) -> None:
    run = check(*fresh)
    assert run.code == 0, str(run)
    assert run.out == ""


def test_check_reports_a_hand_edit(fresh: tuple[Path, Path]) -> None:
    out, hw = fresh
    target = out / "petshop" / "types" / "pet.py"
    target.write_text(target.read_text().replace("class Pet(BaseModel):", "class Pet(BaseModel):  # edited by hand"))
    run = check(out, hw)
    assert run.code == 1, str(run)
    assert "--- a/petshop/types/pet.py\n+++ b/petshop/types/pet.py\n" in run.out
    assert "-class Pet(BaseModel):  # edited by hand\n+class Pet(BaseModel):\n" in run.out
    assert "check: " in run.err and "is out of date: 1 changed or new, 0 stray" in run.err


def test_check_reports_a_deleted_file(fresh: tuple[Path, Path]) -> None:
    out, hw = fresh
    (out / "petshop" / "types" / "species.py").unlink()
    run = check(out, hw)
    assert run.code == 1, str(run)
    assert "+++ b/petshop/types/species.py" in run.out
    assert '+Species: TypeAlias = Literal["dog", "cat", "fish", "bird"]' in run.out


def test_check_reports_a_deleted_empty_file(fresh: tuple[Path, Path]) -> None:
    """An empty file (py.typed, an empty __init__.py) has no lines to diff; the diff must still name it."""
    out, hw = fresh
    (out / "petshop" / "py.typed").unlink()
    run = check(out, hw)
    assert run.code == 1, str(run)
    assert "petshop/py.typed" in run.out, f"the diff does not name the deleted file:\n{run}"


def test_check_reports_a_stray_file_and_generate_removes_it(fresh: tuple[Path, Path]) -> None:
    out, hw = fresh
    stray = out / "petshop" / "types" / "stray.py"
    stray.write_text("STRAY = True\n")
    run = check(out, hw)
    assert run.code == 1, str(run)
    assert "--- a/petshop/types/stray.py" in run.out and "-STRAY = True" in run.out
    assert "0 changed or new, 1 stray" in run.err

    run = run_generator("generate", *petshop_args(out, hw))
    assert run.code == 0, str(run)
    assert "1 removed" in run.err
    assert not stray.exists()
    assert check(out, hw).code == 0
    assert sorted(siblings(out)) == ["hw", "out"]


def test_check_reports_an_empty_stray_file(fresh: tuple[Path, Path]) -> None:
    out, hw = fresh
    (out / "petshop" / "lib").mkdir()
    (out / "petshop" / "lib" / "__init__.py").write_bytes(b"")
    run = check(out, hw)
    assert run.code == 1, str(run)
    assert "petshop/lib/__init__.py" in run.out, f"the diff does not name the stray file:\n{run}"


def test_check_on_a_missing_output_directory(tmp_path: Path) -> None:
    (tmp_path / "hw").mkdir()
    run = run_generator("check", *petshop_args(tmp_path / "never-generated", tmp_path / "hw"))
    assert run.code == 1, str(run)
    assert "+++ b/petshop/_client.py" in run.out
    assert not (tmp_path / "never-generated").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hw"]

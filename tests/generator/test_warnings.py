"""Defects that real specs carry are warnings, not errors: one warning line each, generation succeeds.

`--strict` turns them into errors: exit 2, nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, TEMPLATES, run_generator, siblings, snapshot_tree, write_sentinel_tree

WARNINGS = FIXTURES / "warnings"

# case: (JSON pointer in the case's openapi.yaml, text of the warning, a line the generated package must contain)
CASES: dict[str, tuple[str, str, tuple[str, str]]] = {
    "duplicate-operation-id": (
        "/paths/~1v1~1pets~1{pet_id}~1owner/get/operationId",
        "duplicate operationId 'pets_retrieve'",
        ("petshop/resources/pets.py", "def owner("),
    ),
    "null-type-in-3.0": (
        "/components/schemas/Pet/properties/nickname/anyOf/1/type",
        "type 'null' is not valid in OpenAPI 3.0",
        ("petshop/types/pet.py", "nickname: Optional[str] = None"),
    ),
    "null-type-in-unquoted-3.0": (  # `openapi: 3.0` unquoted is a YAML float
        "/components/schemas/Pet/properties/retired/type",
        "type 'null' is not valid in OpenAPI 3.0",
        ("petshop/types/pet.py", "class Pet(BaseModel):"),
    ),
    "nullable-in-3.1": (
        "/components/schemas/Pet/properties/nickname/nullable",
        "'nullable' is not part of OpenAPI 3.1",
        ("petshop/types/pet.py", "nickname: Optional[str] = None"),
    ),
    "query-in-path-key": (
        "/paths/~1v1~1pets~1{pet_id}?beta=true/get",
        "operation 'get /v1/pets/{pet_id}?beta=true' is not mapped by sdk.yaml",
        ("petshop/resources/pets.py", "def retrieve("),
    ),
    "unknown-extension": (
        "/components/schemas/Pet/properties/name/x-internal-note",
        "unknown extension 'x-internal-note' is ignored",
        ("petshop/types/pet.py", "name: Optional[str] = None"),
    ),
}


def test_every_fixture_directory_has_an_expectation() -> None:
    assert {p.name for p in WARNINGS.iterdir() if p.is_dir()} == set(CASES)


def args(case: str, output: Path, handwritten: Path) -> list[object]:
    case_dir = (WARNINGS / case).relative_to(REPO)
    return [
        "--spec",
        case_dir / "openapi.yaml",
        "--config",
        case_dir / "sdk.yaml",
        "--templates",
        TEMPLATES,
        "--handwritten",
        handwritten,
        "--output",
        output,
    ]


def warning_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ": warning: " in line]


@pytest.mark.parametrize("case", sorted(CASES))
def test_defect_is_one_warning_and_generation_succeeds(case: str, tmp_path: Path) -> None:
    pointer, text, (rel, expected_line) = CASES[case]
    (tmp_path / "hw").mkdir()
    output = tmp_path / "out"
    run = run_generator("generate", *args(case, output, tmp_path / "hw"))
    assert run.code == 0, str(run)
    assert "Traceback" not in run.err
    warnings = warning_lines(run.err)
    where = f"tests/generator/fixtures/warnings/{case}/openapi.yaml:#{pointer}: warning: "
    assert len(warnings) == 1, f"expected exactly one warning:\n{run}"
    assert warnings[0].startswith(where) and text in warnings[0], f"expected {where}{text}...\n{run}"
    assert "; 1 warnings;" in run.err
    assert expected_line in (output / rel).read_text(), f"{rel} lacks {expected_line!r}"


def test_known_extensions_are_not_reported(tmp_path: Path) -> None:
    (tmp_path / "hw").mkdir()
    run = run_generator("generate", *args("unknown-extension", tmp_path / "out", tmp_path / "hw"))
    assert "x-stainless-naming" not in run.err, str(run)


@pytest.mark.parametrize("case", sorted(CASES))
def test_strict_turns_the_warning_into_exit_2_and_writes_nothing(case: str, tmp_path: Path) -> None:
    pointer, text, _ = CASES[case]
    (tmp_path / "hw").mkdir()
    output = tmp_path / "out"
    write_sentinel_tree(output)
    before, beside = snapshot_tree(output), siblings(output)
    run = run_generator("generate", "--strict", *args(case, output, tmp_path / "hw"))
    assert run.code == 2, str(run)
    assert [w for w in warning_lines(run.err) if f":#{pointer}: warning: " in w and text in w], str(run)
    assert "--strict; nothing was written" in run.err
    assert snapshot_tree(output) == before
    assert siblings(output) == beside


def test_quiet_hides_warnings_but_strict_still_fails(tmp_path: Path) -> None:
    (tmp_path / "hw").mkdir()
    run = run_generator("generate", "-q", *args("nullable-in-3.1", tmp_path / "out", tmp_path / "hw"))
    assert run.code == 0 and not warning_lines(run.err), str(run)
    run = run_generator("check", "-q", "--strict", *args("nullable-in-3.1", tmp_path / "out", tmp_path / "hw"))
    assert run.code == 2, str(run)

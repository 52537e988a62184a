"""A corpus of broken specs and configs: each is reported as `FILE:#/POINTER: error: ...`, exit 2, nothing written.

Each case is a directory under fixtures/broken/ holding `openapi.yaml` and
`sdk.yaml` (and, for overlay cases, a `handwritten/` tree). The table below
says which file and JSON pointer the first error must name. The output
directory is pre-populated with a sentinel tree that must survive untouched,
with no staging or retired trees left beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, TEMPLATES, run_generator, siblings, snapshot_tree, write_sentinel_tree

BROKEN = FIXTURES / "broken"

# case: (file in the case directory, JSON pointer, text the error message contains)
CASES: dict[str, tuple[str, str, str]] = {
    # ---- the OpenAPI document ----
    "invalid-yaml": ("openapi.yaml", "", "invalid YAML at line 18"),
    "unresolved-ref": (
        "openapi.yaml",
        "/components/schemas/Pet/properties/owner/$ref",
        "unresolved $ref '#/components/schemas/Owner'",
    ),
    "missing-external-file": ("openapi.yaml", "/components/schemas/Pet/properties/owner/$ref", "file not found"),
    "ref-cycle": (
        "openapi.yaml",
        "/components/schemas/OwnerAlias",
        "$ref cycle through '#/components/schemas/OwnerAgain'",
    ),
    "property-collision": (
        "openapi.yaml",
        "/components/schemas/Pet/properties/foo_bar",
        "both become the Python name 'foo_bar'",
    ),
    "type-name-collision": ("openapi.yaml", "/components/schemas/PetTag", "type name 'PetTag'"),
    "unknown-schema-type": (
        "openapi.yaml",
        "/components/schemas/Pet/properties/weight/type",
        "unknown schema type 'float'",
    ),
    "path-item-not-mapping": ("openapi.yaml", "/paths/~1v1~1pets~1{pet_id}", "a path item must be a mapping"),
    "operation-not-mapping": ("openapi.yaml", "/paths/~1v1~1pets~1{pet_id}/get", "an operation must be a mapping"),
    "openapi-2": ("openapi.yaml", "/openapi", "unsupported OpenAPI version '2.0'"),
    "parameter-without-in": ("openapi.yaml", "/paths/~1v1~1pets/get/parameters/0", "a parameter needs 'name' and 'in'"),
    # ---- sdk.yaml ----
    "config-invalid-yaml": ("sdk.yaml", "", "invalid YAML at line 4"),
    "config-not-a-mapping": ("sdk.yaml", "", "must be a mapping at the top level"),
    "op-not-in-spec": (
        "sdk.yaml",
        "/resources/pets/methods/retrieve/op",
        "operation 'get /v1/pets/{pet_id}' is not in the spec",
    ),
    "unknown-config-key": ("sdk.yaml", "/colour", "unknown key 'colour'"),
    "unknown-method-key": ("sdk.yaml", "/resources/pets/methods/list/paginate", "unknown key 'paginate'"),
    "bad-op-string": (
        "sdk.yaml",
        "/resources/pets/methods/list/op",
        "'op' must look like 'post /v1/path', got 'fetch /v1/pets'",
    ),
    "skip-missing-op": (
        "sdk.yaml",
        "/skip/get ~1v1~1pets~1{pet_id}",
        "skipped operation 'get /v1/pets/{pet_id}' is not in the spec",
    ),
    "stream-without-event-stream": ("sdk.yaml", "/resources/pets/methods/list/stream", "no text/event-stream content"),
    "page-unknown-scheme": ("sdk.yaml", "/resources/pets/methods/list/page", "Pages"),
    "type-names-not-a-mapping": ("sdk.yaml", "/type_names", "type_names must be a mapping"),
    "exports-from-missing-module": ("sdk.yaml", "/exports_from/1", "'_pets_runtime'"),
    "overlay-export-missing-module": (
        "sdk.yaml",
        "/overlays/exports/adopt",
        "module 'petshop.lib.adoption' does not exist",
    ),
    "overlay-mixin-missing-class": ("sdk.yaml", "/overlays/mixins/pets/async", "does not define 'AsyncPetsHelpers'"),
    # ---- the overlay tree ----
    "handwritten-replaces-generated": (
        "handwritten/petshop/_client.py",
        "",
        "handwritten file '_client.py' would replace a file the generator already produced",
    ),
}


def test_every_fixture_directory_has_an_expectation() -> None:
    on_disk = {p.name for p in BROKEN.iterdir() if p.is_dir()}
    assert on_disk == set(CASES), (
        f"fixtures without expectations: {sorted(on_disk - set(CASES))}; stale: {sorted(set(CASES) - on_disk)}"
    )
    assert len(CASES) >= 12


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ": error: " in line]


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["generate", "check"])
def test_broken_input_is_reported_and_nothing_is_written(case: str, command: str, tmp_path: Path) -> None:
    file, pointer, message = CASES[case]
    case_dir = BROKEN / case
    handwritten = case_dir / "handwritten"
    if not handwritten.exists():
        handwritten = tmp_path / "handwritten"
        handwritten.mkdir()
    output = tmp_path / "out"
    write_sentinel_tree(output)
    before, beside = snapshot_tree(output), siblings(output)

    run = run_generator(
        command,
        "--spec",
        case_dir.relative_to(REPO) / "openapi.yaml",
        "--config",
        case_dir.relative_to(REPO) / "sdk.yaml",
        "--templates",
        TEMPLATES,
        "--handwritten",
        handwritten.relative_to(REPO) if handwritten.is_relative_to(REPO) else handwritten,
        "--output",
        output,
    )

    assert run.code == 2, f"expected exit 2 for {case}:\n{run}"
    errors = error_lines(run.err)
    assert errors, f"no error line for {case}:\n{run}"
    where = f"{(case_dir / file).relative_to(REPO).as_posix()}:#{pointer}: error: "
    assert errors[0].startswith(where), f"expected the first error at\n  {where}\ngot\n  {errors[0]}\n{run}"
    assert message in errors[0], f"expected {message!r} in\n  {errors[0]}"
    assert "Traceback" not in run.err
    assert f"{command}: failed with {len(errors)} error(s); nothing was written" in run.err
    assert run.out == ""
    assert snapshot_tree(output) == before, "the output directory was modified"
    assert siblings(output) == beside, "a staging or retired tree was left beside the output"

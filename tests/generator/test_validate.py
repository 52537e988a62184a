"""`validate`: openapi-spec-validator over a spec; exit 0 when valid, exit 1 with `FILE:#/POINTER` errors when not."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, REPO, run_generator


@pytest.mark.parametrize(
    "spec",
    ["openapi/anthropic.openapi.yaml", "tests/generator/fixtures/petshop/openapi.yaml"],
)
def test_valid_spec_passes(spec: str) -> None:
    run = run_generator("validate", "--spec", spec)
    assert run.code == 0, str(run)
    assert "validate: 0 errors" in run.err
    assert ": error: " not in run.err


def test_invalid_spec_fails_with_a_pointer() -> None:
    spec = (FIXTURES / "validate" / "invalid.openapi.yaml").relative_to(REPO)
    run = run_generator("validate", "--spec", spec)
    assert run.code == 1, str(run)
    errors = [line for line in run.err.splitlines() if ": error: " in line]
    assert errors, f"validate printed no error line:\n{run}"
    assert errors[0].startswith(f"{spec.as_posix()}:#/paths/~1v1~1pets/get/responses/200: error: "), str(run)
    assert "description" in errors[0]
    assert "validate: 1 errors" in run.err


def test_unparsable_spec_is_exit_2() -> None:
    spec = (FIXTURES / "broken" / "invalid-yaml" / "openapi.yaml").relative_to(REPO)
    run = run_generator("validate", "--spec", spec)
    assert run.code == 2, str(run)
    assert f"{spec.as_posix()}:#: error: invalid YAML at line 18" in run.err

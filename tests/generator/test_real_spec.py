"""The API's own published description (../shared/specs, never copied here) generates an importable SDK.

fixtures/anthropic-2026-01/sdk.yaml maps its operations to the official
method names; see the comments there for what differs from openapi/sdk.yaml.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, SHARED_SPEC, TEMPLATES, format_failures, import_every_module, run_generator

CONFIG = FIXTURES / "anthropic-2026-01" / "sdk.yaml"


@pytest.fixture(scope="module")
def real_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert SHARED_SPEC.is_file(), f"the published spec is expected at {SHARED_SPEC}"
    base = tmp_path_factory.mktemp("anthropic-2026-01")
    (base / "hw").mkdir()
    run = run_generator(
        "generate",
        "--spec",
        SHARED_SPEC,
        "--config",
        CONFIG,
        "--templates",
        TEMPLATES,
        "--handwritten",
        base / "hw",
        "--output",
        base / "out",
    )
    assert run.code == 0, f"the published spec does not generate:\n{run}"
    assert "Traceback" not in run.err
    return base / "out"


def configured_methods(resources: dict, prefix: str = "") -> dict[str, str]:  # type: ignore[type-arg]
    """{"messages.batches.list": "GET /v1/messages/batches", ...} from sdk.yaml's resource tree."""
    found: dict[str, str] = {}
    for name, spec in resources.items():
        dotted = f"{prefix}{name}"
        for method, value in (spec.get("methods") or {}).items():
            op = value if isinstance(value, str) else value["op"]
            verb, path = op.split(" ", 1)
            found[f"{dotted}.{method}"] = f"{verb.upper()} {path}"
        found.update(configured_methods(spec.get("resources") or {}, dotted + "."))
    return found


def test_every_operation_is_mapped_or_skipped() -> None:
    spec = json.loads(SHARED_SPEC.read_text())
    config = yaml.safe_load(CONFIG.read_text())
    operations = {
        f"{verb} {path}"
        for path, item in spec["paths"].items()
        for verb in item
        if verb in ("get", "post", "put", "patch", "delete")
    }
    mapped = {
        f"{route.split(' ', 1)[0].lower()} {route.split(' ', 1)[1]}"
        for route in configured_methods(config["resources"]).values()
    }
    assert operations == mapped | set(config["skip"]), sorted(operations ^ (mapped | set(config["skip"])))


def test_official_method_names_and_routes(real_out: Path) -> None:
    api_md = (real_out / "api.md").read_text()
    listed = dict(re.findall(r"`client\.([\w.]+)\(\)` — `([A-Z]+ [^`]+)`", api_md))
    expected = configured_methods(yaml.safe_load(CONFIG.read_text())["resources"])
    assert listed == expected
    # a few names that code written for the official SDK relies on
    for rel, names in {
        "anthropic/resources/messages/messages.py": ["def create(", "def count_tokens("],
        "anthropic/resources/messages/batches.py": ["def results(", "def cancel("],
        "anthropic/resources/beta/files.py": ["def retrieve_metadata(", "def download(", "def upload("],
        "anthropic/resources/beta/skills/versions.py": ["def retrieve("],
        "anthropic/types/message_create_params.py": ["MessageCreateParams"],
        "anthropic/types/messages/batch_create_params.py": ["BatchCreateParams"],
        "anthropic/types/beta/file_upload_params.py": ["FileUploadParams"],
    }.items():
        text = (real_out / rel).read_text()
        for name in names:
            assert name in text, f"{rel} lacks {name}"


def test_client_headers_are_not_method_arguments(real_out: Path) -> None:
    """`anthropic-version` (a default header) and `x-api-key` are set by the client, never per method."""
    for module in (real_out / "anthropic" / "resources").rglob("*.py"):
        text = module.read_text()
        assert "anthropic_version" not in text and "anthropic-version" not in text, module


def test_beta_header_parameter_is_a_list_of_betas(real_out: Path) -> None:
    """The spec types `anthropic-beta` as a string (with its list shape in `x-stainless-override-schema`);
    the SDK argument is `betas: List[AnthropicBetaParam]`, joined with commas by `beta_header`."""
    files = (real_out / "anthropic" / "resources" / "beta" / "files.py").read_text()
    annotations = set(re.findall(r"\bbetas: ([^=\n]+?)(?: \| Omit)? = omit", files))
    assert annotations and all(a.startswith("List[") for a in annotations), annotations


def test_every_generated_module_imports(real_out: Path) -> None:
    count, failures = import_every_module(real_out, "anthropic")
    assert count > 300
    assert not failures, (
        f"{len(failures)} of {count} modules (or lazy exports) fail to import:\n{format_failures(failures)}"
    )

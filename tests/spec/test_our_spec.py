"""Our OpenAPI description and sdk.yaml: valid, fully mapped, and producing the official public surface."""

from __future__ import annotations

import ast
import fnmatch
import inspect
import json
from pathlib import Path
from typing import Any

import anthropic
import pytest
import yaml

from generator.build import build_api
from generator.config import load_config
from generator.diagnostics import Diagnostics
from generator.load import Document

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "anthropic.openapi.yaml"
CONFIG = ROOT / "openapi" / "sdk.yaml"
GENERATED = ROOT / "generated" / "anthropic"
OFFICIAL = json.loads((Path(__file__).with_name("official_surface.json")).read_text())
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def document() -> Any:
    return yaml.load(SPEC.read_text(), Loader=yaml.CSafeLoader)


@pytest.fixture(scope="module")
def sdk_config() -> Any:
    return yaml.load(CONFIG.read_text(), Loader=yaml.CSafeLoader)


def _mapped_operations(resources: dict[str, Any], prefix: str = "") -> dict[str, str]:
    found: dict[str, str] = {}
    for name, resource in resources.items():
        for method, spec in (resource.get("methods") or {}).items():
            op = spec if isinstance(spec, str) else spec["op"]
            found[op] = f"{prefix}{name}.{method}"
        found.update(_mapped_operations(resource.get("resources") or {}, f"{prefix}{name}."))
    return found


def test_spec_passes_openapi_spec_validator(document: Any) -> None:
    from openapi_spec_validator import validate

    validate(document)


def test_spec_has_the_34_endpoints(document: Any) -> None:
    operations = [f"{m} {p}" for p, item in document["paths"].items() for m in item if m in HTTP_METHODS]
    assert len(operations) == 34
    assert len(set(operations)) == 34


def test_every_operation_is_mapped_or_skipped(document: Any, sdk_config: Any) -> None:
    mapped = _mapped_operations(sdk_config["resources"])
    skipped = set(sdk_config.get("skip") or {})
    for path, item in document["paths"].items():
        for method in item:
            if method in HTTP_METHODS:
                key = f"{method} {path}"
                assert key in mapped or key in skipped, f"{key} is neither mapped in sdk.yaml nor skipped"


def test_every_name_sdk_yaml_refers_to_exists(document: Any, sdk_config: Any) -> None:
    operations = {f"{m} {p}" for p, item in document["paths"].items() for m in item if m in HTTP_METHODS}
    for op in _mapped_operations(sdk_config["resources"]):
        assert op in operations, f"sdk.yaml maps {op!r}, which the spec does not have"
    schemas = set(document["components"]["schemas"])
    for rule in sdk_config["type_packages"]:
        for name in rule["names"]:
            matches = [s for s in schemas if fnmatch.fnmatchcase(s, name)]
            assert matches, f"type_packages names {name!r}, which matches no schema"
    for pointer in sdk_config.get("type_names") or {}:
        node: Any = document
        for part in pointer.split("/"):
            node = node[part]
        assert isinstance(node, dict), pointer


def test_the_sdk_methods_are_the_official_ones_with_their_routes(sdk_config: Any) -> None:
    mapped = {call: op for op, call in _mapped_operations(sdk_config["resources"]).items()}
    expected = {m["call"]: f"{m['http']} {m['path']}" for m in OFFICIAL["methods"]}
    assert mapped == expected


def test_no_two_types_share_a_python_name_in_one_package() -> None:
    diagnostics = Diagnostics()
    api = build_api(Document(SPEC, diagnostics), load_config(CONFIG, diagnostics), diagnostics)
    assert not diagnostics.errors, [d.render() for d in diagnostics.errors]
    seen: dict[tuple[str, str], str] = {}
    for definition in api.definitions:
        key = (definition.module.rsplit(".", 1)[0], definition.name)
        assert key not in seen, f"{definition.name} is defined in {definition.module} and {seen[key]}"
        seen[key] = definition.module


@pytest.mark.parametrize("module", sorted(OFFICIAL["type_modules"]))
def test_every_official_type_module_exists_with_its_names(module: str) -> None:
    path = GENERATED.parent / (module.replace(".", "/") + ".py")
    assert path.exists(), f"{module} is missing"
    tree = ast.parse(path.read_text())
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            names = list(ast.literal_eval(node.value))
    missing = sorted(set(OFFICIAL["type_modules"][module]) - set(names))
    primary = [n for n in OFFICIAL["type_modules"][module] if n.lower().replace("_", "") == path.stem.replace("_", "")]
    # Every module's namesake type must be there; official helper names inside a module are reported.
    assert not [n for n in primary if n in missing], f"{module}: missing {missing}"


def _client_methods(client: object, path: str) -> Any:
    target: Any = client
    for part in path.split(".")[:-1]:
        target = getattr(target, part)
    return getattr(target, path.split(".")[-1])


@pytest.mark.parametrize("call", sorted(m["call"] for m in OFFICIAL["methods"]))
def test_every_method_exists_sync_and_async_with_raw_and_streaming_views(call: str) -> None:
    sync_client = anthropic.Anthropic(api_key="k", base_url="http://127.0.0.1:9")
    async_client = anthropic.AsyncAnthropic(api_key="k", base_url="http://127.0.0.1:9")
    sync_method = _client_methods(sync_client, call)
    async_method = _client_methods(async_client, call)
    assert callable(sync_method)
    is_page = call.rsplit(".", 1)[-1] == "list"
    assert inspect.iscoroutinefunction(async_method) != is_page  # async list returns a paginator, not a coroutine
    for view in ("with_raw_response", "with_streaming_response"):
        assert callable(_client_methods(getattr(sync_client, view), call))
        assert callable(_client_methods(getattr(async_client, view), call))


@pytest.mark.parametrize("name", OFFICIAL["top_level"])
def test_every_official_top_level_name_is_exported(name: str) -> None:
    assert hasattr(anthropic, name), f"anthropic.{name} is missing"
    assert name in dir(anthropic)


def test_import_anthropic_loads_no_resource_or_type_module() -> None:
    import subprocess
    import sys

    code = "import sys, anthropic; print(sorted(m for m in sys.modules if m.startswith('anthropic.')))"
    env = {"PYTHONPATH": str(GENERATED.parent)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    loaded = [m for m in eval(out) if m.startswith(("anthropic.resources", "anthropic.types", "anthropic.lib"))]
    assert loaded == [], loaded

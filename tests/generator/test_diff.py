"""`python -m generator diff OLD NEW`: pairs of small specs, one kind of change each, classified as
generator/diff.py's rules say; text and JSON output; `--fail-on-breaking`; which sdk.yaml each side uses."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from conftest import REPO, run_generator

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shop API", "version": "1.0.0"},
    "paths": {
        "/v1/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "Items",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                            }
                        },
                    }
                },
            },
            "post": {
                "operationId": "createItem",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemCreate"}}}
                },
                "responses": {
                    "200": {
                        "description": "The item",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                    }
                },
            },
        },
        "/v1/items/{item_id}": {
            "parameters": [{"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getItem",
                "responses": {
                    "200": {
                        "description": "The item",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                    }
                },
            },
            "delete": {"operationId": "deleteItem", "responses": {"204": {"description": "Deleted"}}},
        },
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "name", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "note": {"type": ["string", "null"]},
                    "price": {"type": "integer"},
                },
            },
            "Status": {"type": "string", "enum": ["active", "archived"]},
            "ItemCreate": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "color": {"$ref": "#/components/schemas/Color"}},
            },
            "Color": {"type": "string", "enum": ["red", "blue"]},
        }
    },
}

Mutation = Callable[[dict[str, Any]], None]


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(spec, indent=1))
    return path


def diff(tmp_path: Path, mutate: Mutation, *extra: str) -> tuple[int, dict[str, Any]]:
    new = copy.deepcopy(BASE)
    mutate(new)
    old_path, new_path = write(tmp_path / "old" / "api.json", BASE), write(tmp_path / "new" / "api.json", new)
    run = run_generator("diff", old_path, new_path, "--json", *extra)
    assert run.code in (0, 1), str(run)
    assert "Traceback" not in run.err
    return run.code, json.loads(run.out)


def changes(report: dict[str, Any]) -> set[tuple[str, str, bool]]:
    return {(c["kind"], c["subject"], c["breaking"]) for c in report["changes"]}


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def items_get(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/v1/items"]["get"]


def add_list_param(required: bool) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        items_get(spec)["parameters"].append(
            {"name": "owner", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    return mutate


def set_path(spec: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = spec
    for part in parents:
        node = node[part]
    if value is None:
        del node[last]
    else:
        node[last] = value


# (mutation, expected {(kind, subject, breaking)}); subjects are client calls or public import paths
CASES: dict[str, tuple[Mutation, set[tuple[str, str, bool]]]] = {
    "method-added": (
        lambda s: s["paths"]["/v1/items/{item_id}"].__setitem__(
            "put",
            {
                "operationId": "replaceItem",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemCreate"}}}
                },
                "responses": {"204": {"description": "Replaced"}},
            },
        ),
        {
            ("method_added", "client.items.update", False),
            ("type_added", "shop.types.ItemUpdateParams", False),
        },
    ),
    "method-removed": (
        lambda s: s["paths"]["/v1/items/{item_id}"].pop("delete"),
        {("method_removed", "client.items.delete", True)},
    ),
    "optional-param-added": (
        add_list_param(False),
        {
            ("param_added", "client.items.list(owner)", False),
            ("field_added", "shop.types.ItemListParams.owner", False),
        },
    ),
    "required-param-added": (
        add_list_param(True),
        {
            ("param_added", "client.items.list(owner)", True),
            ("field_added", "shop.types.ItemListParams.owner", True),
        },
    ),
    "param-removed": (
        lambda s: items_get(s).__setitem__("parameters", []),
        {
            ("param_removed", "client.items.list(limit)", True),
            ("type_removed", "shop.types.ItemListParams", True),
        },
    ),
    "param-made-required": (
        lambda s: items_get(s)["parameters"][0].__setitem__("required", True),
        {
            ("param_required", "client.items.list(limit)", True),
            ("field_required", "shop.types.ItemListParams.limit", True),
        },
    ),
    "body-param-made-optional": (
        lambda s: schemas(s)["ItemCreate"].__setitem__("required", []),
        {
            ("param_optional", "client.items.create(name)", False),
            ("field_optional", "shop.types.ItemCreateParams.name", False),
        },
    ),
    "param-narrowed": (
        lambda s: items_get(s)["parameters"][0].__setitem__("schema", {"type": "string"}),
        {
            ("param_retyped", "client.items.list(limit)", True),
            ("field_retyped", "shop.types.ItemListParams.limit", True),
        },
    ),
    "param-widened": (  # int -> Union[int, str]
        lambda s: items_get(s)["parameters"][0].__setitem__("schema", {"type": ["integer", "string"]}),
        {
            ("variant_added", "client.items.list(limit)", False),
            ("variant_added", "shop.types.ItemListParams.limit", False),
        },
    ),
    "param-widened-to-float": (  # int -> float accepts every int
        lambda s: items_get(s)["parameters"][0].__setitem__("schema", {"type": "number"}),
        {
            ("param_retyped", "client.items.list(limit)", False),
            ("field_retyped", "shop.types.ItemListParams.limit", False),
        },
    ),
    "streaming-added": (
        lambda s: s["paths"]["/v1/items/{item_id}"]["get"]["responses"]["200"]["content"].__setitem__(
            "text/event-stream", {"schema": {"$ref": "#/components/schemas/Item"}}
        ),
        set(),  # SSE next to JSON without a `stream` body flag: the method stays a JSON method
    ),
    "sse-only-method-added": (
        lambda s: s["paths"].__setitem__(
            "/v1/events",
            {
                "get": {
                    "operationId": "streamEvents",
                    "responses": {
                        "200": {
                            "description": "Events",
                            "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Item"}}},
                        }
                    },
                }
            },
        ),
        {("method_added", "client.events.retrieve", False)},
    ),
    "response-field-added": (
        lambda s: schemas(s)["Item"]["properties"].__setitem__("sku", {"type": "string"}),
        {("field_added", "shop.types.Item.sku", False)},
    ),
    "response-field-removed": (
        lambda s: schemas(s)["Item"]["properties"].pop("price"),
        {("field_removed", "shop.types.Item.price", True)},
    ),
    "response-field-retyped": (
        lambda s: set_path(s, "components.schemas.Item.properties.price", {"type": "string"}),
        {("field_retyped", "shop.types.Item.price", True)},
    ),
    "response-field-narrowed": (  # Optional[str] -> str: every new value was a valid old value
        lambda s: set_path(s, "components.schemas.Item.properties.note", {"type": "string"}),
        {("field_retyped", "shop.types.Item.note", False)},
    ),
    "response-field-made-optional": (
        lambda s: schemas(s)["Item"].__setitem__("required", ["id", "status"]),
        {("field_optional", "shop.types.Item.name", True)},
    ),
    "response-enum-value-added": (
        lambda s: schemas(s)["Status"]["enum"].append("deleted"),
        {("enum_value_added", "shop.types.Status", False)},
    ),
    "response-enum-value-removed": (
        lambda s: schemas(s)["Status"]["enum"].remove("archived"),
        {("enum_value_removed", "shop.types.Status", False)},
    ),
    "request-enum-value-added": (
        lambda s: schemas(s)["Color"]["enum"].append("green"),
        {("enum_value_added", "shop.types.ColorParam", False)},
    ),
    "request-enum-value-removed": (
        lambda s: schemas(s)["Color"]["enum"].remove("blue"),
        {("enum_value_removed", "shop.types.ColorParam", True)},
    ),
    "type-renamed": (
        lambda s: (
            schemas(s).__setitem__("Article", schemas(s).pop("Item"))
            or s.__setitem__("paths", json.loads(json.dumps(s["paths"]).replace('/Item"', '/Article"')))
        ),
        {("type_renamed", "shop.types.Item", True)},
    ),
    "return-kind-changed": (
        lambda s: s["paths"]["/v1/items/{item_id}"]["get"]["responses"]["200"].__setitem__(
            "content", {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
        ),
        {("return_kind_changed", "client.items.retrieve", True)},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_kind_of_change(case: str, tmp_path: Path) -> None:
    mutate, expected = CASES[case]
    code, report = diff(tmp_path, mutate)
    assert code == 0, "without --fail-on-breaking, diff exits 0"
    assert changes(report) == expected, json.dumps(report["changes"], indent=1)
    assert report["breaking"] == any(breaking for _, _, breaking in expected)


def test_no_change(tmp_path: Path) -> None:
    code, report = diff(tmp_path, lambda s: None, "--fail-on-breaking")
    assert code == 0 and report["changes"] == [] and report["breaking"] is False


def test_fail_on_breaking_exit_codes(tmp_path: Path) -> None:
    mutate, _ = CASES["method-removed"]
    assert diff(tmp_path / "a", mutate, "--fail-on-breaking")[0] == 1
    mutate, _ = CASES["response-field-added"]
    assert diff(tmp_path / "b", mutate, "--fail-on-breaking")[0] == 0


def test_readable_text(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/v1/items/{item_id}"].pop("delete")
    schemas(new)["Item"]["properties"]["sku"] = {"type": "string"}
    old_path, new_path = write(tmp_path / "old.json", BASE), write(tmp_path / "new.json", new)
    run = run_generator("diff", old_path, new_path)
    assert run.code == 0, str(run)
    assert run.out == (
        f"1 breaking, 1 other change(s) between {old_path} and {new_path}\n"
        "\n"
        "Breaking:\n"
        "  - client.items.delete: method removed (DELETE /v1/items/{item_id})\n"
        "\n"
        "Other:\n"
        "  + shop.types.Item.sku: optional field added\n"
    )
    assert "diff: 1 breaking, 1 other change(s); 0 warnings;" in run.err
    assert "\x1b[" not in run.out + run.err, "no colors when the output is not a terminal"


def test_route_change_under_one_sdk_yaml(tmp_path: Path) -> None:
    """With a given sdk.yaml the method keeps its name: a new route is not breaking."""
    config = {"package": {"name": "shop"}, "resources": {"items": {"methods": {"list": "get /v1/items"}}}}
    new = copy.deepcopy(BASE)
    new["paths"]["/v2/items"] = new["paths"].pop("/v1/items")
    config_new = copy.deepcopy(config)
    config_new["resources"]["items"]["methods"]["list"] = "get /v2/items"
    for side, spec, cfg in (("old", BASE, config), ("new", new, config_new)):
        write(tmp_path / side / "api.json", spec)
        (tmp_path / side / "sdk.yaml").write_text(yaml.safe_dump(cfg))
    run = run_generator("diff", tmp_path / "old" / "api.json", tmp_path / "new" / "api.json", "--json")
    assert run.code == 0, str(run)
    report = json.loads(run.out)
    assert changes(report) == {("method_route_changed", "client.items.list", False)}, report


def test_an_sdk_yaml_beside_one_spec_serves_both(tmp_path: Path) -> None:
    """`make diff OLD=/tmp/old.yaml NEW=openapi/x.yaml`: the old copy has no sdk.yaml next to it."""
    from generator.cli import diff_configs

    write(tmp_path / "old" / "api.json", BASE)
    write(tmp_path / "new" / "api.json", BASE)
    (tmp_path / "new" / "sdk.yaml").write_text("package: {name: shop}\n")
    old, new = tmp_path / "old" / "api.json", tmp_path / "new" / "api.json"
    assert diff_configs(old, new, None, None, None) == (tmp_path / "new" / "sdk.yaml", tmp_path / "new" / "sdk.yaml")
    assert diff_configs(old, new, "none", None, None) == (None, None)
    assert diff_configs(old, new, None, "none", None) == (None, tmp_path / "new" / "sdk.yaml")
    (tmp_path / "new" / "sdk.yaml").unlink()
    assert diff_configs(old, new, None, None, None) == (None, None)


def test_invalid_spec_is_exit_2_with_its_location(tmp_path: Path) -> None:
    broken = copy.deepcopy(BASE)
    schemas(broken)["Item"]["properties"]["status"] = {"$ref": "#/components/schemas/Nope"}
    old_path, new_path = write(tmp_path / "old.json", BASE), write(tmp_path / "new.json", broken)
    run = run_generator("diff", old_path, new_path)
    assert run.code == 2, str(run)
    # The file is shown relative to the working directory when that is short, so match its name.
    assert f"{new_path.name}:#/components/schemas/Item/properties/status/$ref: error: unresolved $ref" in run.err
    assert "Traceback" not in run.err and run.out == ""


def test_our_spec_against_itself_has_no_changes() -> None:
    spec = REPO / "openapi" / "anthropic.openapi.yaml"
    run = run_generator("diff", spec, spec, "--fail-on-breaking")
    assert run.code == 0, str(run)
    assert run.out.startswith("no changes to the SDK's public surface")


def test_make_diff(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/v1/items/{item_id}"].pop("delete")
    old_path, new_path = write(tmp_path / "old.json", BASE), write(tmp_path / "new.json", new)
    proc = subprocess.run(
        ["make", "-s", "diff", f"OLD={old_path}", f"NEW={new_path}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "client.items.delete: method removed" in proc.stdout


# ---- the rules, on hand-made surfaces -------------------------------------------------------------


def surface(methods: dict[str, Any] | None = None, types: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"format": 1, "package": "p", "client": {}, "resources": [], "methods": methods or {}, "types": types or {}}


def method(params: dict[str, Any] | None = None, **returns: Any) -> dict[str, Any]:
    return {"route": "POST /x", "params": params or {}, "returns": {"kind": "json", "type": "str", **returns}}


def param(type_: Any = "str", *, required: bool = False, positional: bool = False) -> dict[str, Any]:
    return {"kind": "body", "wire": "x", "required": required, "positional": positional, "type": type_}


def field(type_: Any = "str", *, required: bool = True) -> dict[str, Any]:
    return {"wire": "f", "required": required, "type": type_}


def model(side: str = "response", **fields: Any) -> dict[str, Any]:
    return {"side": side, "kind": "model" if side == "response" else "typeddict", "fields": fields}


def kinds(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, bool]]:
    from generator.diff import compare

    return {(c.kind, c.breaking) for c in compare(old, new).changes}


def test_streaming_gained_and_lost() -> None:
    plain, streaming = method(), method(stream={"ref": "p.types.Event"})
    assert kinds(surface({"m": plain}), surface({"m": streaming})) == {("streaming_added", False)}
    assert kinds(surface({"m": streaming}), surface({"m": plain})) == {("streaming_removed", True)}


def test_positional_change_is_breaking() -> None:
    old = surface({"m": method({"a": param(required=True, positional=True)})})
    new = surface({"m": method({"a": param(required=True)})})
    assert kinds(old, new) == {("param_positional_changed", True)}


def test_return_narrowed_is_safe_and_widened_is_breaking() -> None:
    optional = method(type={"nullable": "str"})
    assert kinds(surface({"m": optional}), surface({"m": method()})) == {("return_retyped", False)}
    assert kinds(surface({"m": method()}), surface({"m": optional})) == {("return_retyped", True)}


def test_request_field_added_required_is_breaking() -> None:
    old = surface(types={"p.types.P": model("request", a=field())})
    new = surface(types={"p.types.P": model("request", a=field(), b=field())})
    assert kinds(old, new) == {("field_added", True)}


def test_response_field_added_required_is_safe() -> None:
    old = surface(types={"p.types.M": model(a=field())})
    new = surface(types={"p.types.M": model(a=field(), b=field())})
    assert kinds(old, new) == {("field_added", False)}


def test_union_variants_by_side() -> None:
    two = {"union": [{"ref": "p.types.A"}, {"ref": "p.types.B"}]}
    one = {"union": [{"ref": "p.types.A"}]}
    for side, removed_breaks in (("request", True), ("response", False)):
        old = surface(types={"p.types.U": {"side": side, "kind": "alias", "type": two}})
        new = surface(types={"p.types.U": {"side": side, "kind": "alias", "type": one}})
        assert kinds(old, new) == {("variant_removed", removed_breaks)}, side
        assert kinds(new, old) == {("variant_added", False)}, side


def test_enum_inside_a_list() -> None:
    old = {"list": {"literal": ["a", "b"]}}
    new = {"list": {"literal": ["a"]}}
    request = surface({"m": method({"tags": param(old)})})
    assert kinds(request, surface({"m": method({"tags": param(new)})})) == {("enum_value_removed", True)}


def test_rename_does_not_report_its_references() -> None:
    pet = model(name=field())
    old = surface({"m": method(type={"ref": "p.types.Pet"})}, {"p.types.Pet": pet})
    new = surface({"m": method(type={"ref": "p.types.Animal"})}, {"p.types.Animal": pet})
    assert kinds(old, new) == {("type_renamed", True)}


def test_accepts() -> None:
    from generator.diff import accepts

    assert accepts("float", "int") and not accepts("int", "float")
    assert accepts("str", {"literal": ["a"]}) and not accepts({"literal": ["a"]}, "str")
    assert accepts({"nullable": "str"}, "str") and not accepts("str", {"nullable": "str"})
    assert accepts("object", {"list": "int"}) and accepts({"list": "float"}, {"list": "int"})
    assert accepts({"union": ["int", "str"]}, "int") and not accepts("int", {"union": ["int", "str"]})
    assert not accepts({"literal": [1]}, {"literal": [True]}), "True is not the literal 1"

"""Generator fuzzing: random specs either generate working code or fail with `FILE:#/POINTER` errors.

Random OpenAPI 3.1 documents (hypothesis) hold objects, arrays, maps, unions with and
without discriminators, enums, consts, nullables, allOf, recursion, and names that are
Python keywords, start with digits, contain dashes, dots, spaces or non-ASCII letters, or
collide after normalisation. Their SDK shape is derived (no sdk.yaml). For each one:

* in process (many examples, fast): build and render; the outcome is either every
  rendered Python file parses, or a DiagnosticError whose every diagnostic names the
  file and a JSON pointer. Any other exception is a generator bug.
* end to end (a bounded number): `python -m generator generate` exits 0 or 2, never 3
  (an internal error); on 0 every module imports and sample data of every schema
  round-trips through the generated types (validate, dump by alias == the sample) when
  the sample is valid for the schema; pyright (strict) runs over all of those packages
  at once and mypy (strict) over the first two.

The examples are derandomized (the same every run, so the suite stays deterministic);
`GENERATOR_FUZZ=explore` draws new random ones, and more of them, to hunt for bugs.
"""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import (
    REPO,
    TEMPLATES,
    format_failures,
    import_every_module,
    mypy_strict,
    pyright_strict,
    rendered_file_errors,
    run_generator,
    run_python,
)
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from referencing.exceptions import Unresolvable

from generator import naming
from generator.diagnostics import DiagnosticError, Diagnostics
from generator.load import Document
from generator.pipeline import Paths, Timings, render_tree
from generator.samples import FileSample, SampleMaker

EXPLORE = os.environ.get("GENERATOR_FUZZ") == "explore"
IN_PROCESS_EXAMPLES = 400 if EXPLORE else 100
END_TO_END_EXAMPLES = 30 if EXPLORE else 6
FUZZ_SETTINGS = {
    "deadline": None,
    "derandomize": not EXPLORE,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
}

# ---- names -------------------------------------------------------------------------------------------

TRICKY_NAMES = [
    # keywords, soft keywords, builtins and names the generated code or pydantic use
    "class", "def", "None", "True", "import", "from", "async", "await", "lambda", "match", "type", "self",
    "str", "int", "list", "dict", "object", "json", "schema", "copy", "model_config", "model_dump", "validate",
    "timeout", "extra_headers", "stream", "body", "Body", "Omit", "omit", "httpx", "cast", "Any", "List",
    # leading digits, separators, non-ASCII
    "3d", "1st-place", "2FA", "404", "foo-bar", "foo.bar", "foo bar", "foo_bar", "FooBar", "FOO_BAR", "fooBar",
    "naïve", "ünïcödé", "日本", "é", "Ärger", "_private", "__dunder__", "-", "_", "a", "A", "x-y.z",
    "Pet", "PetParam", "PetParams", "Pets", "pets", "Stream", "Client", "Fuzz",
]  # fmt: skip

NAME_ALPHABET = st.characters(
    codec="utf-8", categories=("Lu", "Ll", "Nd"), exclude_characters="%#~/\\", max_codepoint=0x3000
) | st.sampled_from("-_. ")
NAMES = st.one_of(st.sampled_from(TRICKY_NAMES), st.text(NAME_ALPHABET, min_size=1, max_size=12)).filter(
    lambda s: s.strip() != "" or s == " "
)
ENUM_STRINGS = st.one_of(
    st.sampled_from(["", "a", "A", "in-progress", 'it\'s "quoted"', "back\\slash", "line\nbreak", "ünï", "None"]),
    st.text(max_size=8),
)


def ref(name: str) -> dict[str, str]:
    return {"$ref": "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")}


# ---- schemas -----------------------------------------------------------------------------------------


def scalar() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.sampled_from(
            [
                {"type": "string"},
                {"type": "integer"},
                {"type": "number"},
                {"type": "boolean"},
                {"type": "string", "format": "date-time"},
                {"type": ["string", "null"]},
                {"type": ["integer", "string"]},
                {},
            ]
        ),
        st.lists(ENUM_STRINGS, min_size=1, max_size=4).map(lambda v: {"type": "string", "enum": v}),
        st.lists(st.one_of(st.integers(-3, 3), st.none(), st.booleans(), ENUM_STRINGS), min_size=1, max_size=4).map(
            lambda v: {"enum": v}
        ),
        st.one_of(ENUM_STRINGS, st.integers(-5, 5), st.booleans(), st.none()).map(lambda v: {"const": v}),
    )


def schema(names: list[str], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    leaves = st.one_of(scalar(), st.sampled_from(names).map(ref))
    if depth >= 3:
        return leaves
    inner = st.deferred(lambda: schema(names, depth + 1))
    return st.one_of(
        leaves,
        obj(names, depth),
        inner.map(lambda s: {"type": "array", "items": s}),
        inner.map(lambda s: {"type": "object", "additionalProperties": s}),
        inner.map(lambda s: {"anyOf": [s, {"type": "null"}]}),
        inner.map(lambda s: {**s, "nullable": True} if "$ref" not in s else {"allOf": [s], "nullable": True}),
        st.lists(inner, min_size=2, max_size=3).map(lambda items: {"oneOf": items}),
        tagged_union(names, depth),
        st.lists(st.one_of(st.sampled_from(names).map(ref), obj(names, depth)), min_size=1, max_size=3).map(
            lambda parts: {"allOf": parts}
        ),
    )


def obj(names: list[str], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    inner = st.deferred(lambda: schema(names, depth + 1))

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        properties = draw(st.dictionaries(NAMES, inner, min_size=1, max_size=5))
        if draw(st.integers(0, 9)) == 0:  # two properties with one Python name: an error naming the second
            properties.update({"same-name": {"type": "string"}, "same_name": {"type": "integer"}})
        required = draw(st.lists(st.sampled_from(sorted(properties)), unique=True, max_size=len(properties)))
        node: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            node["required"] = required
        if draw(st.booleans()):
            node["description"] = draw(
                st.sampled_from(['a """quoted""" doc', 'ends with a quote"', "tab\tand \\ slash"])
            )
        return node

    return build()


def tagged_union(names: list[str], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    inner = st.deferred(lambda: schema(names, depth + 1))

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        tag = draw(st.sampled_from(["type", "kind", "object-type", "class", "1st"]))
        values = draw(st.lists(ENUM_STRINGS, min_size=2, max_size=3))
        variants = []
        for value in values:
            properties = {tag: {"const": value}, **draw(st.dictionaries(NAMES, inner, max_size=2))}
            properties[tag] = {"const": value}
            variants.append({"type": "object", "required": [tag], "properties": properties})
        return {"oneOf": variants, "discriminator": {"propertyName": tag}}

    return build()


COUNTER = iter(range(10**9))


def title(n: int) -> str:
    return "Fuzz " + "".join("abcdefghij"[int(d)] for d in str(n))


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(NAMES, min_size=1, max_size=5, unique=True))
    components = {name: draw(schema(names, 0)) for name in names}
    if draw(st.integers(0, 9)) == 0:  # two schema keys with one type name
        components["Dup-Name"] = components["Dup_Name"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    response, body = draw(st.sampled_from(names)), draw(st.sampled_from(names))
    query = draw(st.dictionaries(NAMES, scalar(), max_size=3))
    paths: dict[str, Any] = {
        "/things/{thing-id}": {
            "get": {
                "operationId": draw(st.sampled_from(["getThing", "get", "class", "thing_get"])),
                "parameters": [{"name": "thing-id", "in": "path", "required": True, "schema": {"type": "string"}}]
                + [{"name": k, "in": "query", "schema": v} for k, v in query.items()],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": ref(response)}}}},
            }
        },
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {"content": {"application/json": {"schema": ref(body)}}},
                "responses": {"201": {"description": "ok", "content": {"application/json": {"schema": ref(body)}}}},
            }
        },
    }
    if draw(st.booleans()):
        upload = draw(st.dictionaries(NAMES, scalar(), max_size=2))
        paths["/things/{thing-id}/files"] = {
            "post": {
                "parameters": [{"name": "thing-id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {"file": {"type": "string", "format": "binary"}, **upload},
                            }
                        }
                    }
                },
                "responses": {"204": {"description": "stored"}},
            }
        }
    if draw(st.booleans()):
        event = draw(st.sampled_from(names))
        paths["/events"] = {
            "get": {
                "responses": {"200": {"description": "ok", "content": {"text/event-stream": {"schema": ref(event)}}}}
            }
        }
    return {
        "openapi": draw(st.sampled_from(["3.1.0", "3.0.3"])),
        "info": {"title": "Fuzz", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": components},
    }


# ---- in process: build + render ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def empty_overlays(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hw")


def render_in_process(spec: dict[str, Any], directory: Path, overlays: Path) -> dict[str, bytes] | DiagnosticError:
    path = directory / "openapi.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    paths = Paths(path, None, directory / "out", TEMPLATES, overlays)
    try:
        return render_tree(paths, Diagnostics(), Timings()).files
    except DiagnosticError as exc:
        return exc


@settings(max_examples=IN_PROCESS_EXAMPLES, **FUZZ_SETTINGS)  # type: ignore[arg-type]
@given(spec=specs())
def test_render_or_report_with_locations(spec: dict[str, Any], tmp_path: Path, empty_overlays: Path) -> None:
    note(json.dumps(spec, ensure_ascii=False))
    outcome = render_in_process(spec, tmp_path, empty_overlays)
    if isinstance(outcome, DiagnosticError):
        for diagnostic in outcome.diagnostics:
            assert diagnostic.location is not None, diagnostic.render()
            assert diagnostic.location.file.endswith("openapi.json"), diagnostic.render()
            assert ":#" in diagnostic.render() and ": error: " in diagnostic.render()
        return
    for rel, data in outcome.items():
        if rel.endswith(".py"):
            try:
                ast.parse(data.decode("utf-8"), rel)
            except SyntaxError as exc:  # pragma: no cover - a generator bug, shown with the file
                raise AssertionError(f"{rel} does not parse: {exc}\n{data.decode()}") from None


# ---- end to end: CLI, import, round trip, type checkers ----------------------------------------------

ROUND_TRIP = r"""
import importlib, json, sys
from pydantic import TypeAdapter
package, cases = sys.argv[1], json.loads(sys.argv[2])
types = importlib.import_module(package + ".types")
checked = 0
for name, sample, request in cases:
    target = getattr(types, name, None)
    if target is None:
        continue
    adapter = TypeAdapter(target)
    value = adapter.validate_python(sample)
    if not request:  # request types (TypedDicts) are sent as given: validating is the check
        dumped = adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
        assert dumped == sample, (name, sample, dumped)
    checked += 1
print(checked)
"""


def valid_samples(spec: dict[str, Any], path: Path) -> list[tuple[str, Any, bool]]:
    """(type name, sample, request side) for every schema whose sample is valid JSON for it (request and response names)."""
    document = Document(path, Diagnostics())
    maker = SampleMaker(document)
    found: list[tuple[str, Any, bool]] = []
    names = [naming.type_name(key) for key in spec["components"]["schemas"]]
    for key in spec["components"]["schemas"]:
        if names.count(naming.type_name(key)) > 1:
            continue  # two keys with one Python name: the generator reported it, or one of them is no type
        sample = maker.sample(ref(key), document.root_location, full=True)
        if _has_file(sample):
            continue
        try:
            jsonschema.Draft202012Validator({**ref(key), "components": spec["components"]}).validate(sample)
        except (jsonschema.ValidationError, jsonschema.SchemaError, Unresolvable, RecursionError):
            continue  # the sample maker's guess is not valid for this schema: nothing to round-trip
        name = naming.type_name(key)
        found += [(name, sample, False), (naming.param_type_name(name), sample, True)]
    return found


def _has_file(value: Any) -> bool:
    if isinstance(value, FileSample):
        return True
    if isinstance(value, dict):
        return any(_has_file(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_file(v) for v in value)
    return False


def test_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "hw").mkdir()
    generated: dict[Path, str] = {}
    outcomes: list[int] = []

    @settings(max_examples=END_TO_END_EXAMPLES, **FUZZ_SETTINGS)  # type: ignore[arg-type]
    @given(spec=specs())
    def one(spec: dict[str, Any]) -> None:
        n = next(COUNTER)
        spec = {**spec, "info": {"title": title(n), "version": "1.0.0"}}
        note(json.dumps(spec, ensure_ascii=False))
        case = tmp_path / f"case{n}"
        case.mkdir()
        path = case / "openapi.json"
        path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        run = run_generator(
            "generate",
            "--spec",
            path,
            "--templates",
            TEMPLATES,
            "--handwritten",
            tmp_path / "hw",
            "--output",
            case / "out",
        )
        outcomes.append(run.code)
        assert run.code in (0, 2), f"exit {run.code} (3 is an internal error):\n{run}"
        assert "Traceback" not in run.err, str(run)
        if run.code == 2:
            errors = [line for line in run.err.splitlines() if ": error: " in line]
            assert errors and all((REPO / line.split(":#")[0]).resolve() == path.resolve() for line in errors), run.err
            return
        package = naming.snake(title(n))
        count, failures = import_every_module(case / "out", package)
        assert not failures, f"{len(failures)} of {count} modules fail to import:\n{format_failures(failures)}"
        samples = valid_samples(spec, path)
        check = run_python(ROUND_TRIP, package, json.dumps(samples), pythonpath=case / "out")
        assert check.code == 0, f"round trip failed:\n{check}"
        generated[case / "out"] = package

    one()
    print(f"exit codes: {outcomes}")
    if not generated:
        pytest.skip("no example generated successfully")
    run = pyright_strict(tmp_path, generated)
    errors = rendered_file_errors(run.out, set(generated.values()))
    assert not errors, "pyright:\n" + "\n".join(errors[:40])
    subset = dict(list(generated.items())[:2])
    run = mypy_strict(tmp_path, subset)
    errors = rendered_file_errors(run.out, set(subset.values()))
    assert not errors, "mypy:\n" + "\n".join(errors[:40])

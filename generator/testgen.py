"""generated/tests: per-endpoint tests against the Prism mock server.

For every method: required arguments only, every argument, through
`.with_raw_response` and `.with_streaming_response`, and an empty path
parameter; sync and async. Argument values come from the spec (see samples).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import SdkConfig
from .ir import Api, Method, Param, Resource
from .pyexpr import Imports, Speller
from .render import environment
from .samples import FileSample


@dataclass(frozen=True)
class TestCase:
    name: str  # method name
    call: str  # "messages.batches.create"
    fixture: str  # "client" or "query_client" (Prism instance serving `?beta=true` routes)
    args_required: str
    args_full: str
    args_empty_path: str | None
    check: str  # how the result is checked
    checked_type: str
    stream_first: bool  # method has a `stream` overload: call the non-streaming one


@dataclass(frozen=True)
class TestModule:
    cases: list[TestCase]
    imports: list[str]


def render_tests(api: Api, config: SdkConfig, templates: Path, spec_relpath: str, prism_relpath: str) -> dict[str, str]:
    """Test files keyed by path relative to the tests directory (which is not a package, by design:
    its modules import `sdk_testing` from their own directory, and never clash with the project's tests)."""
    env = environment(templates)
    speller = Speller({(d.module, d.name): d for d in api.definitions})
    files: dict[str, str] = {
        "api_resources/__init__.py": "",
        "conftest.py": env.get_template("tests/conftest.py.j2").render(
            client=config.client,
            package=config.package_name,
            spec_relpath=spec_relpath,
            prism_relpath=prism_relpath,
            auth_kwarg=f'{config.client.auth[0].param}="test-credential", ' if config.client.auth else "",
        ),
        "sdk_testing.py": env.get_template("tests/sdk_testing.py.j2").render(package=config.package_name),
    }
    jsonl = {
        (m.path, m.http_method): json.dumps(m.response_sample, sort_keys=True)
        for r in _walk(api.resources)
        for m in r.methods
        if m.response_kind == "jsonl" and m.response_sample is not None
    }
    files["conftest.py"] = files["conftest.py"].replace(
        "JSONL_EXAMPLES: dict[tuple[str, str], str] = {}", _jsonl_table(jsonl)
    )
    template = env.get_template("tests/test_resource.py.j2")
    for resource in _walk(api.resources):
        if not resource.methods:
            continue
        imports = Imports("tests", absolute=config.package_name)
        cases = [_case(resource, m, speller, imports) for m in resource.methods]
        directory = "/".join(("api_resources", *resource.path[:-1]))
        for depth in range(1, len(resource.path)):
            files["/".join(("api_resources", *resource.path[:depth], "__init__.py"))] = ""
        view = TestModule(cases, imports.lines())
        files[f"{directory}/test_{resource.name}.py"] = template.render(view=view, package=config.package_name)
    return files


def _case(resource: Resource, method: Method, speller: Speller, imports: Imports) -> TestCase:
    positional = method.positional
    usable = [p for p in method.params if p.name != "stream"]
    required = [p for p in usable if p.required]

    def render_args(params: list[Any], full: bool, empty: Param | None = None) -> str:
        parts: list[str] = []
        for p in params:
            value = p.sample_full if full else p.sample
            if p.kind == "path":
                value = "" if p is empty else (value or "string")
            text = _literal(value)
            parts.append(text if p is positional else f"{p.name}={text}")
        parts.sort(key=lambda part: "=" in part)  # the positional argument first
        return ", ".join(parts)

    full_params = usable
    empty = None
    if positional is not None:
        empty = render_args(required, False, empty=positional)
    kind = method.response_kind
    checked = ""
    if kind in ("json", "jsonl", "page", "sse") and method.response_type is not None:
        checked = speller.spell(method.response_type, "model", imports)
    check = {"json": "model", "jsonl": "jsonl", "page": "page", "binary": "binary", "none": "none", "sse": "jsonl"}[
        kind
    ]
    return TestCase(
        name=method.name,
        call=".".join((*resource.path, method.name)),
        fixture="query_client" if "?" in method.path else "client",
        args_required=render_args(required, False),
        args_full=render_args(full_params, True),
        args_empty_path=empty,
        check=check,
        checked_type=checked,
        stream_first=method.stream_event is not None,
    )


def _jsonl_table(examples: dict[tuple[str, str], str]) -> str:
    rows = "".join(f"    ({path!r}, {method!r}): {line!r},\n" for (path, method), line in sorted(examples.items()))
    return "JSONL_EXAMPLES: dict[tuple[str, str], str] = {\n" + rows + "}"


def _literal(value: Any) -> str:
    if isinstance(value, FileSample):
        return '("sample.txt", b"sample file contents", "text/plain")'
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _walk(resources: tuple[Resource, ...]) -> list[Resource]:
    found: list[Resource] = []
    for resource in resources:
        found.append(resource)
        found.extend(_walk(resource.children))
    return found

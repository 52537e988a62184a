"""Specs without an sdk.yaml: the SDK's shape is derived (generator/derive.py) and the package still works.

Each document under fixtures/derived/ exercises one thing real APIs do. All
of them are generated once (no sdk.yaml next to them, so the shape is
derived), then: every module imports, pyright and mypy (strict) are clean,
and the names, auth and routes are the ones derive.py promises. The API's own
published description, with no config at all, generates and imports too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import (
    FIXTURES,
    SHARED_SPEC,
    TEMPLATES,
    format_failures,
    import_every_module,
    mypy_strict,
    pyright_strict,
    rendered_file_errors,
    run_generator,
    run_python,
)

DERIVED = FIXTURES / "derived"
# case: package name derive.py gives it
CASES = {
    "petstore-3.0": "petstore",
    "openapi-3.1-nulls": "notes",
    "form-and-deep-object": "payments",
    "security-schemes": "vault",
    "event-stream": "chat_completions",
    "all-of": "zoo",
    "vendor-media-types": "git_host",
    "odd-names": "unicode_very_long_name",
    "recursion": "search_engine",
    "fuzz-findings": "fuzz_findings",
}


def spec_of(case: str) -> Path:
    return next((DERIVED / case).glob("openapi.*"))


@pytest.fixture(scope="session")
def derived(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """{case: (output directory, stderr of the run)}, generated once per test worker."""
    base = tmp_path_factory.mktemp("derived")
    (base / "hw").mkdir()
    outputs: dict[str, tuple[Path, str]] = {}
    for case in CASES:
        out = base / case
        run = run_generator(
            "generate", "--spec", spec_of(case), "--templates", TEMPLATES, "--handwritten", base / "hw", "--output", out
        )
        assert run.code == 0, f"{case} does not generate:\n{run}"
        assert "Traceback" not in run.err
        outputs[case] = (out, run.err)
    return outputs


def test_every_fixture_is_listed() -> None:
    assert {p.name for p in DERIVED.iterdir() if p.is_dir()} == set(CASES)
    assert not any((DERIVED / case / "sdk.yaml").exists() for case in CASES), "derived cases have no sdk.yaml"


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_module_imports(case: str, derived: dict[str, tuple[Path, str]]) -> None:
    out, _ = derived[case]
    count, failures = import_every_module(out, CASES[case])
    assert count > 20
    assert not failures, f"{len(failures)} of {count} modules fail to import:\n{format_failures(failures)}"


def test_pyright_strict(derived: dict[str, tuple[Path, str]]) -> None:
    base = next(iter(derived.values()))[0].parent
    run = pyright_strict(base, {out: CASES[case] for case, (out, _) in derived.items()})
    errors = rendered_file_errors(run.out, set(CASES.values()))
    assert not errors, "\n".join(errors)


def test_mypy_strict(derived: dict[str, tuple[Path, str]]) -> None:
    base = next(iter(derived.values()))[0].parent
    run = mypy_strict(base, {out: CASES[case] for case, (out, _) in derived.items()})
    errors = rendered_file_errors(run.out, set(CASES.values()))
    assert not errors, "\n".join(errors)


def api_md(derived: dict[str, tuple[Path, str]], case: str) -> dict[str, str]:
    """{"pet.find_by_status": "GET /pet/findByStatus", ...} from api.md."""
    text = (derived[case][0] / "api.md").read_text()
    return dict(re.findall(r"`client\.([\w.]+)\(\)` — `([A-Z]+ [^`]+)`", text))


def client_source(derived: dict[str, tuple[Path, str]], case: str) -> str:
    return (derived[case][0] / CASES[case] / "_client.py").read_text()


def test_petstore_names(derived: dict[str, tuple[Path, str]]) -> None:
    assert api_md(derived, "petstore-3.0") == {
        "pet.create": "POST /pet",
        "pet.update": "PUT /pet",
        "pet.find_by_status": "GET /pet/findByStatus",
        "pet.find_by_tags": "GET /pet/findByTags",
        "pet.retrieve": "GET /pet/{petId}",
        "pet.update_with_form": "POST /pet/{petId}",
        "pet.delete": "DELETE /pet/{petId}",
        "pet.upload_file": "POST /pet/{petId}/uploadImage",
        "store.get_inventory": "GET /store/inventory",
        "store.order.create": "POST /store/order",
        "store.order.retrieve": "GET /store/order/{orderId}",
        "store.order.delete": "DELETE /store/order/{orderId}",
        "user.create": "POST /user",
        "user.create_with_list_input": "POST /user/createWithList",
        "user.login": "GET /user/login",
        "user.logout": "GET /user/logout",
        "user.retrieve": "GET /user/{username}",
        "user.update": "PUT /user/{username}",
        "user.delete": "DELETE /user/{username}",
    }
    client = client_source(derived, "petstore-3.0")
    assert "class Petstore(SyncAPIClient)" in client and "class AsyncPetstore(AsyncAPIClient)" in client
    assert 'base_url="http://localhost/api/v3"' in client  # a relative server URL
    # oauth2 is a bearer token; the api_key header scheme is its own credential
    assert (
        'AuthScheme(param="access_token", env="PETSTORE_ACCESS_TOKEN", header="Authorization", prefix="Bearer ")'
        in client
    )
    assert 'AuthScheme(param="api_key", env="PETSTORE_API_KEY", header="api_key", prefix="")' in client
    pet = (derived["petstore-3.0"][0] / "petstore" / "resources" / "pet.py").read_text()
    assert "api_key:" not in pet, "the auth header is the client's, not a method argument"
    # `User` is a type: the resource class takes another name
    user = (derived["petstore-3.0"][0] / "petstore" / "resources" / "user.py").read_text()
    assert "class UserResource(SyncAPIResource):" in user
    # a body property and the path parameter share a name: the path one is renamed (and still positional)
    assert "path_username: str," in user and 'path_template("/user/{username}", username=path_username)' in user
    # the octet-stream upload body cannot be sent yet: said once, with its location
    assert (
        "uploadImage/post/requestBody/content: warning: request body of type application/octet-stream"
        in (derived["petstore-3.0"][1])
    )


def test_openapi_31_type_arrays_and_null(derived: dict[str, tuple[Path, str]]) -> None:
    out = derived["openapi-3.1-nulls"][0]
    assert api_md(derived, "openapi-3.1-nulls") == {
        "notes.list": "GET /v2/notes",
        "notes.create": "POST /v2/notes",
        "notes.retrieve": "GET /v2/notes/{note_id}",
        "notes.update": "PATCH /v2/notes/{note_id}",
        "notes.delete": "DELETE /v2/notes/{note_id}",
    }
    note = (out / "notes" / "types" / "note.py").read_text()
    for line in (
        "body: Optional[str] = None",
        "tags: Optional[List[str]] = None",
        "priority: Union[int, str]",
        'color: Optional[Literal["red", "green"]] = None',
        "pinned: Optional[Literal[True]] = None",
        "meta: Optional[Meta] = None",
        "parent: Optional[Note] = None",
    ):
        assert line in note, line
    assert 'base_url="https://eu.notes.example.com/v2"' in client_source(derived, "openapi-3.1-nulls")
    sample = {
        "id": "n1",
        "title": "t",
        "body": None,
        "archived_at": None,
        "tags": None,
        "priority": 3,
        "meta": None,
        "parent": {
            "id": "n0",
            "title": "p",
            "body": "b",
            "archived_at": None,
            "tags": [],
            "priority": "high",
            "meta": {"words": 2},
        },
    }
    run = run_python(
        "import json, sys\nfrom notes.types import Note\n"
        "data = json.loads(sys.argv[1])\nnote = Note.model_validate(data)\n"
        "assert note.to_dict() == data, note.to_dict()\nassert type(note.parent) is Note\nprint('ok')",
        __import__("json").dumps(sample),
        pythonpath=out,
    )
    assert run.code == 0 and run.out.strip() == "ok", str(run)


def test_form_bodies_and_deep_object_query(derived: dict[str, tuple[Path, str]]) -> None:
    out, err = derived["form-and-deep-object"]
    assert api_md(derived, "form-and-deep-object") == {
        "customers.list": "GET /v1/customers",
        "customers.create": "POST /v1/customers",
        "customers.update": "POST /v1/customers/{customer}",
    }
    customers = (out / "payments" / "resources" / "customers.py").read_text()
    assert "created: CustomerListCreated | Omit = omit" in customers  # deepObject: a TypedDict
    assert '"created": created,' in customers  # the runtime encodes a mapping as created[gt]=...
    assert 'tax_exempt: Literal["", "exempt", "none", "reverse"] | Omit = omit' in customers
    assert err.count("form-urlencoded bodies are sent as JSON") == 2
    assert (
        'AuthScheme(param="bearer_token", env="PAYMENTS_BEARER_TOKEN", header="Authorization", prefix="Bearer ")'
        in (client_source(derived, "form-and-deep-object"))
    )


def test_security_schemes(derived: dict[str, tuple[Path, str]]) -> None:
    client = client_source(derived, "security-schemes")
    schemes = re.findall(r"AuthScheme\((.*)\)", client)
    assert schemes == [
        'param="bearer_token", env="VAULT_BEARER_TOKEN", header="Authorization", prefix="Bearer "',
        'param="api_key", env="VAULT_API_KEY", header="X-Vault-Token", prefix=""',
        'param="basic_credentials", env="VAULT_BASIC_CREDENTIALS", header="Authorization", prefix="Basic "',
    ]
    err = derived["security-schemes"][1]
    assert "securitySchemes/basic: warning: http basic auth 'basic'" in err
    assert "securitySchemes/apiKeyQuery/in: warning: apiKey in query ('apiKeyQuery') is not supported" in err
    assert "securitySchemes/session/in: warning: apiKey in cookie ('session')" in err
    run = run_python(
        "from vault import Vault\n"
        "c = Vault(api_key='k', bearer_token='t')\n"
        "h = c.auth_headers\nprint(h['X-Vault-Token'], h['Authorization'])",
        pythonpath=derived["security-schemes"][0],
    )
    assert run.code == 0 and run.out.split() == ["k", "Bearer", "t"], str(run)


def test_event_streams(derived: dict[str, tuple[Path, str]]) -> None:
    out = derived["event-stream"][0]
    assert api_md(derived, "event-stream") == {
        "chat.completions.create": "POST /v1/chat/completions",
        "events.retrieve": "GET /v1/events",
    }
    completions = (out / "chat_completions" / "resources" / "chat" / "completions.py").read_text()
    assert "stream: Literal[True]," in completions and ") -> Stream[CompletionChunk]: ..." in completions
    events = (out / "chat_completions" / "resources" / "events.py").read_text()
    assert '-> Stream[Annotated[Union[PingEvent, UpdateEvent], FieldInfo(discriminator="type")]]:' in events
    assert "stream=True," in events and "@overload" not in events  # an SSE-only route always streams


def test_all_of_composition(derived: dict[str, tuple[Path, str]]) -> None:
    types = derived["all-of"][0] / "zoo" / "types"
    lion = (types / "lion.py").read_text()
    for line in ('kind: Literal["lion"]', "mane: bool", "name: str", "born: Optional[str] = None"):
        assert line in lion, line
    penguin = (types / "penguin.py").read_text()
    assert "colony: Optional[Colony] = None" in penguin
    animals = (derived["all-of"][0] / "zoo" / "resources" / "animals.py").read_text()
    assert '-> List[Annotated[Union[Lion, Penguin], FieldInfo(discriminator="kind")]]:' in animals


def test_vendor_media_types(derived: dict[str, tuple[Path, str]]) -> None:
    out = derived["vendor-media-types"][0]
    assert api_md(derived, "vendor-media-types") == {
        "repos.issues.list": "GET /repos/{owner}/{repo}/issues",
        "repos.issues.create": "POST /repos/{owner}/{repo}/issues",
        "repos.issues.retrieve": "GET /repos/{owner}/{repo}/issues/{issue_number}",
    }
    issues = (out / "git_host" / "resources" / "repos" / "issues.py").read_text()
    assert "-> List[Issue]:" in issues and "title: str," in issues  # +json bodies and responses are JSON
    issue = (out / "git_host" / "types" / "issue.py").read_text()
    assert 'links: IssueLinks = FieldInfo(alias="_links")' in issue


def test_odd_names(derived: dict[str, tuple[Path, str]]) -> None:
    out = derived["odd-names"][0]
    package = out / "unicode_very_long_name"
    entry = (package / "types" / "resume_entry_v2.py").read_text()
    for line in (
        "class ResumeEntryV2(BaseModel):",
        'type: Optional[str] = FieldInfo(alias="@type", default=None)',
        'model_config_: Optional[str] = FieldInfo(alias="model_config", default=None)',
        'naive: Optional[bool] = FieldInfo(alias="naïve", default=None)',
        'field_1st_place: Optional[int] = FieldInfo(alias="1st-place", default=None)',
        "quote_d: Optional[str] = FieldInfo(alias='quote\"d', default=None)",
        "'it\\'s \"quoted\"'",
        '"back\\\\slash"',
        '"line\\nbreak"',
        '"ünï"',
    ):
        assert line in entry, line
    assert "class Type2xxResult(BaseModel):" in (package / "types" / "type2xx_result.py").read_text()
    get = (package / "types" / "get_retrieve_response.py").read_text()
    assert 'json_: Optional[str] = FieldInfo(alias="json", default=None)' in get
    resource = next((package / "resources").glob("very_long_*.py")).read_text()
    assert "timeout_: int | Omit = omit" in resource and '"timeout": timeout_' in resource
    assert "class_: str | Omit = omit" in resource and "field_2fa_code: str | Omit = omit" in resource
    imports = (package / "resources" / "import_.py").read_text()
    assert 'path_template("/api/v3/import/{from}", **{"from": from_})' in imports
    run = run_python(
        "import json, sys\nfrom unicode_very_long_name.types import ResumeEntryV2\n"
        "data = json.loads(sys.argv[1])\ne = ResumeEntryV2.model_validate(data)\n"
        "assert e.to_dict() == data and e.naive is True and e.field_1st_place == 1 and e.status == 'line\\nbreak'\n"
        "print('ok')",
        '{"id": "x", "naïve": true, "1st-place": 1, "@type": "t", "status": "line\\nbreak", "model_config": "m"}',
        pythonpath=out,
    )
    assert run.code == 0 and run.out.strip() == "ok", str(run)


def test_recursion(derived: dict[str, tuple[Path, str]]) -> None:
    out, err = derived["recursion"]
    types = out / "search_engine" / "types"
    json_value = (types / "json_value.py").read_text()
    assert "if TYPE_CHECKING:\n    JsonValue: TypeAlias = Optional[Union[" in json_value
    assert 'JsonValue = TypeAliasType("JsonValue", Optional[Union[' in json_value and 'List["JsonValue"]' in json_value
    assert "recursion/openapi.yaml:#/components/schemas/Loop: warning: Loop is a union or alias of itself" in err
    run = run_python(
        "from pydantic import TypeAdapter\n"
        "from search_engine.types import AndFilter, Filter, FilterParam, Hit, JsonValue, Result\n"
        "data = {'hits': [{'id': 'a', 'children': [{'id': 'b'}]}], 'applied': {'and': [{'field': 'x', 'equals': [1, {'k': None}]}, {'and': []}]}}\n"
        "result = Result.model_validate(data)\n"
        "assert result.to_dict() == data, result.to_dict()\n"
        "assert type(result.applied) is AndFilter and type(result.hits[0].children[0]) is Hit\n"
        "assert TypeAdapter(JsonValue).validate_python({'a': [1, 'b', None]}) == {'a': [1, 'b', None]}\n"
        "params = {'and': [{'field': 'x'}]}\n"
        "TypeAdapter(FilterParam).validate_python(params)\n"
        "print('ok')",
        pythonpath=out,
    )
    assert run.code == 0 and run.out.strip() == "ok", str(run)


def test_what_the_fuzzer_found(derived: dict[str, tuple[Path, str]]) -> None:
    """Each line is a bug the fuzzer (test_fuzz.py) found once; fixed since."""
    out = derived["fuzz-findings"][0]
    package = out / "fuzz_findings"
    assert api_md(derived, "fuzz-findings") == {
        "things.retrieve": "GET /things/{thing-id}",
        "things.create": "POST /things",
        "events.retrieve": "GET /events",
    }
    types = package / "types"
    # a schema named `None` (a keyword) or `Stream` (a name resource modules import): a `Model` suffix
    assert "NoneModel: TypeAlias = List[Dict[str, None]]" in (types / "none_model.py").read_text()
    assert (
        "StreamModel: TypeAlias = Union[StreamModelWithA, StreamModelWithB]" in (types / "stream_model.py").read_text()
    )
    # a list alias's inline items do not take the alias's name; a module is never named after a builtin
    assert "ClassParam: TypeAlias = Optional[Iterable[ClassParamItem]]" in (types / "class_param.py").read_text()
    assert (types / "str_.py").is_file() and not (types / "str.py").exists()
    # names without an ASCII form stay distinct
    assert "class U65e5U672c(BaseModel):" in (types / "u65e5_u672c.py").read_text()
    assert 'U00d0: TypeAlias = Literal[""]' in (types / "u00d0.py").read_text()
    # arguments that would shadow what the method body uses
    things = (package / "resources" / "things.py").read_text()
    assert "Any_: str | Omit = omit," in things and "stream_cls_: str | Omit = omit," in things
    # an SSE-only route always streams
    events = (package / "resources" / "events.py").read_text()
    assert "stream=True," in events and "-> Stream[StreamModel]:" in events


# ---- the API's published description, no config at all ---------------------------------------------


def test_the_published_spec_without_any_config(tmp_path: Path) -> None:
    assert SHARED_SPEC.is_file(), f"the published spec is expected at {SHARED_SPEC}"
    (tmp_path / "hw").mkdir()
    out = tmp_path / "out"
    run = run_generator(
        "generate",
        "--spec",
        SHARED_SPEC,
        "--config",
        "none",
        "--templates",
        TEMPLATES,
        "--handwritten",
        tmp_path / "hw",
        "--output",
        out,
    )
    assert run.code == 0 and "Traceback" not in run.err, str(run)
    assert ": warning:" not in run.err, run.err
    count, failures = import_every_module(out, "anthropic")
    assert count > 300
    assert not failures, f"{len(failures)} of {count} modules fail to import:\n{format_failures(failures)}"
    listed = dict(re.findall(r"`client\.([\w.]+)\(\)` — `([A-Z]+ [^`]+)`", (out / "api.md").read_text()))
    for call, route in {
        "messages.create": "POST /v1/messages",
        "messages.count_tokens": "POST /v1/messages/count_tokens",
        "messages.batches.cancel": "POST /v1/messages/batches/{message_batch_id}/cancel",
        "messages.batches.results": "GET /v1/messages/batches/{message_batch_id}/results",
        "models.list": "GET /v1/models",
        "beta.files.download": "GET /v1/files/{file_id}/content?beta=true",
        "beta.skills.versions.retrieve": "GET /v1/skills/{skill_id}/versions/{version}?beta=true",
    }.items():
        assert listed.get(call) == route, (call, listed.get(call))
    assert len(listed) == 47
    client = (out / "anthropic" / "_client.py").read_text()
    assert "class Anthropic(SyncAPIClient)" in client
    assert 'AuthScheme(param="api_key", env="ANTHROPIC_API_KEY", header="x-api-key", prefix="")' in client
    models = (out / "anthropic" / "resources" / "models.py").read_text()
    assert "-> SyncPage[ModelInfo]:" in models and "x_api_key" not in models

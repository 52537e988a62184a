"""The generated petshop package works: every module imports, models round-trip, names follow the contract.

Everything that executes generated code runs in a subprocess whose only extra
import path is the generated tree, so nothing leaks in from the repository.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import yaml
from conftest import FIXTURES, PETSHOP, format_failures, generate_petshop, import_every_module, run_python


def test_every_generated_module_imports(petshop_out: Path) -> None:
    count, failures = import_every_module(petshop_out, "petshop")
    assert count > 30
    assert not failures, (
        f"{len(failures)} of {count} modules (or lazy exports) fail to import:\n{format_failures(failures)}"
    )


def test_star_import_of_the_package(petshop_out: Path) -> None:
    # `__all__` of the top-level package must only name things that exist (no `lib` when there is no overlay).
    run = run_python(
        "from petshop import *\nprint(Petshop.__name__, AsyncPetshop.__name__, NotGiven.__name__)",
        pythonpath=petshop_out,
    )
    assert run.code == 0, str(run)
    assert run.out.split() == ["Petshop", "AsyncPetshop", "NotGiven"]


ROUND_TRIP = r"""
import json
from pydantic import TypeAdapter
from petshop.types import Category, CatDetails, DogDetails, FeedEvent, FishDetails, MealDoneEvent, Owner, Pet, Species
from petshop.types.pet import PetHealth
from petshop.types.pets import Photo

results = {}

def round_trip(label, model, sample):
    obj = model.model_validate_json(json.dumps(sample))
    assert obj.to_dict() == sample, (label, "to_dict", obj.to_dict(), sample)
    assert json.loads(obj.to_json()) == sample, (label, "to_json", obj.to_json())
    assert obj.model_dump(mode="json", by_alias=True, exclude_unset=True) == sample, label
    results[label] = "ok"
    return obj

dog = {
    "id": "pet_1", "type": "pet", "name": "Rex", "species": "dog", "nickname": None, "tags": ["good"],
    "details": {"kind": "dog", "good_boy": True, "breed": "collie"},
    "health": {"checked_at": "2024-05-01T10:00:00Z", "weight_kg": 21.5, "vaccinated": True},
    "attributes": {"colour": "brown"},
}
rex = round_trip("dog", Pet, dog)
assert type(rex.details) is DogDetails and rex.details.good_boy is True
assert type(rex.health) is PetHealth and rex.health.weight_kg == 21.5
assert rex.nickname is None and rex.owner is None

# a recursion across modules: Pet.owner -> Owner.pets -> Pet
fish = {
    "id": "pet_2", "type": "pet", "name": "Nemo", "species": "fish", "nickname": "N", "tags": [],
    "details": {"kind": "fish", "water": "salt", "tank-liters": 40.5},
    "owner": {"id": "own_1", "name": "Ann", "pets": [dog]},
}
nemo = round_trip("fish", Pet, fish)
assert type(nemo.details) is FishDetails and nemo.details.tank_liters == 40.5
assert type(nemo.owner) is Owner and type(nemo.owner.pets[0]) is Pet
assert type(nemo.owner.pets[0].details) is DogDetails

cat = dict(dog, id="pet_3", species="cat", details={"kind": "cat", "lives_left": 9})
assert type(round_trip("cat", Pet, cat).details) is CatDetails

# a self-recursive schema, three levels deep, with an explicit null
tree = {"id": "c1", "name": "animals", "parent": None, "children": [
    {"id": "c2", "name": "mammals", "children": [{"id": "c3", "name": "dogs", "children": []}]},
]}
root = round_trip("category", Category, tree)
assert type(root.children[0].children[0]) is Category and root.parent is None

round_trip("photo", Photo, {"id": "ph_1", "pet_id": "pet_1", "caption": None, "size_bytes": 1024})

event = TypeAdapter(FeedEvent).validate_python({"type": "meal_done", "meal": {"pet_id": "pet_1", "grams_eaten": 12}})
assert type(event) is MealDoneEvent and event.meal.grams_eaten == 12
assert TypeAdapter(Species).validate_python("bird") == "bird"
print(json.dumps(results))
"""


def test_models_round_trip_sample_json(petshop_out: Path) -> None:
    run = run_python(ROUND_TRIP, pythonpath=petshop_out)
    assert run.code == 0, str(run)
    assert json.loads(run.out) == {"dog": "ok", "fish": "ok", "cat": "ok", "category": "ok", "photo": "ok"}


# ---- static checks of the generated source -------------------------------------------------------


def typeddict_keys(source: str, name: str) -> dict[str, str]:
    """{key: annotation} of TypedDict `name` in a module, for the class form and the functional form."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return {
                stmt.target.id: ast.unparse(stmt.annotation)
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            }
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Call)
            and len(node.value.args) >= 2
            and isinstance(node.value.args[1], ast.Dict)
        ):
            fields = node.value.args[1]
            return {ast.literal_eval(k): ast.unparse(v) for k, v in zip(fields.keys, fields.values) if k is not None}
    raise AssertionError(f"no TypedDict {name!r} in the module")


def method_keywords(source: str, class_name: str, method: str) -> dict[str, str]:
    """{keyword-only argument: annotation} of the implementation (last definition) of a resource method."""
    cls = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == class_name)
    defs = [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == method]
    assert defs, f"{class_name}.{method} is not generated"
    extra = {"extra_headers", "extra_query", "extra_body", "timeout"}
    return {a.arg: ast.unparse(a.annotation) for a in defs[-1].args.kwonlyargs if a.arg not in extra and a.annotation}


def required(annotations: dict[str, str]) -> set[str]:
    return {k for k, v in annotations.items() if v.startswith("Required[")}


def test_params_typeddicts_have_the_method_keywords(petshop_out: Path) -> None:
    """A method's params TypedDict describes its keyword arguments: same names, same required set."""
    types = petshop_out / "petshop" / "types"
    pets = (petshop_out / "petshop" / "resources" / "pets" / "pets.py").read_text()
    photos = (petshop_out / "petshop" / "resources" / "pets" / "photos.py").read_text()

    create = typeddict_keys((types / "pet_create_params.py").read_text(), "PetCreateParams")
    assert set(create) == set(method_keywords(pets, "Pets", "create")), create
    assert set(create) == {"name", "species", "nickname", "tags", "details", "owner_id", "idempotency_key"}
    assert required(create) == {"name", "species", "details"}

    listing = typeddict_keys((types / "pet_list_params.py").read_text(), "PetListParams")
    assert set(listing) == set(method_keywords(pets, "Pets", "list")) == {"after_id", "before_id", "limit", "species"}
    assert required(listing) == set()

    upload = typeddict_keys((types / "pets" / "photo_upload_params.py").read_text(), "PhotoUploadParams")
    assert set(upload) == set(method_keywords(photos, "Photos", "upload")) == {"file", "caption"}
    assert required(upload) == {"file"} and upload["file"] == "Required[FileTypes]"

    feed_source = (types / "pet_feed_params.py").read_text()
    base = typeddict_keys(feed_source, "PetFeedParamsBase")
    streaming = typeddict_keys(feed_source, "PetFeedParamsStreaming")
    non_streaming = typeddict_keys(feed_source, "PetFeedParamsNonStreaming")
    assert set(base) | {"stream"} == set(method_keywords(pets, "Pets", "feed")) == {"food", "grams", "stream"}
    assert required(base) == {"food"}
    assert streaming == {"stream": "Required[Literal[True]]"} and non_streaming == {"stream": "Literal[False]"}


def test_models_use_the_python_names_and_keep_wire_aliases(petshop_out: Path) -> None:
    fish = (petshop_out / "petshop" / "types" / "fish_details.py").read_text()
    assert 'tank_liters: Optional[float] = FieldInfo(alias="tank-liters", default=None)' in fish
    fish_param = typeddict_keys(
        (petshop_out / "petshop" / "types" / "fish_details_param.py").read_text(), "FishDetailsParam"
    )
    assert set(fish_param) == {"kind", "water", "tank-liters"}  # request dicts are keyed by wire names
    details = (petshop_out / "petshop" / "types" / "pet_details.py").read_text()
    assert "Annotated[Union[DogDetails, CatDetails, FishDetails]" in details and 'discriminator="kind"' in details
    category = (petshop_out / "petshop" / "types" / "category.py").read_text()
    assert "children: List[Category]" in category and "parent: Optional[Category] = None" in category
    species = (petshop_out / "petshop" / "types" / "species.py").read_text()
    assert 'Species: TypeAlias = Literal["dog", "cat", "fish", "bird"]' in species


def test_unreferenced_error_schema_is_still_a_public_type(petshop_out: Path) -> None:
    """`ErrorResponse` is used only by error (4XX) responses; like every schema it must become a type.

    The paginated `pets.list` must not hide it: only its 200 envelope (`PetPage`) is internal.
    """
    module = petshop_out / "petshop" / "types" / "shared" / "error_response.py"
    assert module.is_file(), "ErrorResponse (components/schemas/ErrorResponse) was not generated"
    assert "class ErrorResponse(BaseModel)" in module.read_text()
    assert not (petshop_out / "petshop" / "types" / "pet_page.py").exists(), "the page envelope is not a public type"


def test_api_md_names_the_configured_clients(petshop_out: Path) -> None:
    text = (petshop_out / "api.md").read_text()
    assert "`client.pets.photos.upload()` — `POST /v1/pets/{pet_id}/photos`" in text
    assert "`Petshop`" in text and "`AsyncPetshop`" in text
    assert "Anthropic" not in text, "api.md must name the clients from sdk.yaml, not Anthropic's"


CLIENT = r"""
import os
os.environ.pop("PETSHOP_BASE_URL", None)
from petshop import AsyncPetshop, Petshop
client = Petshop(api_key="k")
assert str(client.base_url).rstrip("/") == "https://petshop.example.com", client.base_url
assert client.max_retries == 3, client.max_retries
assert client.timeout.read == 30, client.timeout  # an httpx.Timeout, as upstream
os.environ["PETSHOP_BASE_URL"] = "http://localhost:4010"
assert str(AsyncPetshop(api_key="k").base_url).rstrip("/") == "http://localhost:4010"
os.environ["PETSHOP_API_KEY"] = "from-env"
assert Petshop().api_key == "from-env"
print("ok")
"""


def test_client_takes_its_defaults_from_sdk_yaml(petshop_out: Path) -> None:
    run = run_python(CLIENT, pythonpath=petshop_out)
    assert run.code == 0 and run.out.strip() == "ok", str(run)


# ---- overlays --------------------------------------------------------------------------------------


def test_overlay_mixins_and_exports(tmp_path: Path) -> None:
    """sdk.yaml overlays: a mixin on `pets` and a top-level export, both from handwritten `petshop/lib/`."""
    config = yaml.safe_load((PETSHOP / "sdk.yaml").read_text())
    config["overlays"] = {
        "mixins": {
            "pets": {"sync": "petshop.lib.helpers:PetsHelpers", "async": "petshop.lib.helpers:AsyncPetsHelpers"}
        },
        "exports": {"good_boy": "petshop.lib.helpers:good_boy"},
    }
    config_path = tmp_path / "sdk.yaml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    out = generate_petshop(tmp_path, config=config_path, handwritten=FIXTURES / "petshop-overlays" / "handwritten")

    assert (out / "petshop" / "lib" / "helpers.py").is_file()
    pets = (out / "petshop" / "resources" / "pets" / "pets.py").read_text()
    assert (
        "from ...lib.helpers import AsyncPetsHelpers" in pets
        or "from ...lib.helpers import AsyncPetsHelpers, PetsHelpers" in pets
    ), "the mixin import must be relative to the package: " + next(
        line for line in pets.splitlines() if "Helpers" in line
    )
    assert "class Pets(PetsHelpers, SyncAPIResource):" in pets
    assert "class AsyncPets(AsyncPetsHelpers, AsyncAPIResource):" in pets
    init = (out / "petshop" / "__init__.py").read_text()
    assert '"good_boy": ".lib.helpers"' in init

    run = run_python(
        "import petshop\n"
        "from petshop.resources.pets.pets import Pets\n"
        "from petshop.lib.helpers import PetsHelpers\n"
        "assert issubclass(Pets, PetsHelpers)\n"
        "print(petshop.good_boy()['kind'], Pets.greet(None, 'Rex'))",
        pythonpath=out,
    )
    assert run.code == 0, str(run)
    assert run.out.strip() == "dog hello, Rex"

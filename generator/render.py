"""Render the IR into files in memory: {relative path: text}. Nothing is written here."""

from __future__ import annotations

import ast
import functools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import jinja2

from .config import SdkConfig
from .diagnostics import Diagnostics, Location
from .graph import cyclic_edges
from .ir import Api, Definition, Resource
from .naming import python_string
from .pyexpr import Speller, relative_import
from .views import resource_module, resource_module_path, type_module


@dataclass(frozen=True)
class LazyInitView:
    doc: str | None
    imports: list[tuple[str, list[str]]]  # TYPE_CHECKING imports: module -> names
    exports: list[tuple[str, str]]  # name -> module (relative)
    submodules: list[str]


@dataclass(frozen=True)
class TopResource:
    attribute: str
    class_name: str
    module: str


def _pydoc(text: str, indent: str) -> str:
    """Make text safe inside a triple-quoted docstring, indenting continuation lines."""
    safe = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip()
    if safe.endswith('"'):
        safe += " "
    return safe.replace("\n", "\n" + indent) if "\n" in safe else safe


@functools.lru_cache(maxsize=8)
def environment(templates: Path) -> jinja2.Environment:
    """One Jinja environment per templates directory: templates are compiled once per process and
    recompiled when their file changes (auto_reload), which `--watch` relies on."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates / "python")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        auto_reload=True,
    )
    env.filters["pydoc"] = _pydoc
    env.filters["pystr"] = python_string
    return env


def package_path(module: str) -> str:
    return module.replace(".", "/") + ".py"


def render_package(
    api: Api,
    config: SdkConfig,
    templates: Path,
    module_all: dict[str, list[str]],
    overlay_exports: dict[str, str],
    static_files: dict[str, bytes],
    tick: Callable[[int, int], None] | None = None,
) -> dict[str, str]:
    """Every generated file of the package, keyed by path relative to the package directory.

    `tick(done, total)` is called as modules are rendered (a progress bar).
    """
    env = environment(templates)
    definitions = {(d.module, d.name): d for d in api.definitions}
    speller = Speller(definitions)
    files: dict[str, str] = {}

    by_module: dict[str, list[Definition]] = defaultdict(list)
    for definition in api.definitions:
        by_module[definition.module].append(definition)
    deferred = cyclic_edges(_module_graph(by_module, speller))
    type_template = env.get_template("types_module.py.j2")
    resources = _walk(api.resources)
    total = len(by_module) + len(resources)
    for done, (module, defs) in enumerate(sorted(by_module.items()), 1):
        view = type_module(module, _definition_order(defs), speller, deferred.get(module, set()))
        files[package_path(module)] = type_template.render(view=view)
        if tick is not None:
            tick(done, total)

    lazy = env.get_template("lazy_init.py.j2")
    for package, init_view in _type_packages(by_module, _static_type_modules(static_files)).items():
        files[package.replace(".", "/") + "/__init__.py"] = lazy.render(view=init_view)

    resource_template = env.get_template("resource_module.py.j2")
    for done, resource in enumerate(resources, len(by_module) + 1):
        resource_view = resource_module(resource, speller, config.package_name)
        files[package_path(resource_view.module)] = resource_template.render(view=resource_view)
        if tick is not None:
            tick(done, total)
        if resource.children:
            package = ".".join(("resources", *resource.path))
            files[package.replace(".", "/") + "/__init__.py"] = lazy.render(
                view=_resource_package_init(package, resource)
            )
    files["resources/__init__.py"] = lazy.render(view=_resource_package_init("resources", None, api.resources))

    top = [TopResource(r.name, r.class_name, "." + resource_module_path(r)) for r in api.resources]
    files["_client.py"] = env.get_template("client.py.j2").render(client=config.client, resources=top)
    files["_version.py"] = env.get_template("version.py.j2").render(package=api.package, version=api.version)
    subpackages = {"resources", "types"} | {
        rel.split("/", 1)[0]
        for rel in static_files
        if "/" in rel and rel.endswith("__init__.py") and not rel.startswith("_")
    }
    subpackages |= {
        rel[:-3] for rel in static_files if "/" not in rel and rel.endswith(".py") and not rel.startswith("_")
    }
    files["__init__.py"] = lazy.render(view=_top_init(config, module_all, overlay_exports, sorted(subpackages)))
    return files


def _definition_order(defs: list[Definition]) -> list[Definition]:
    """Within a module: the module's namesake last, so helpers it uses are defined first."""
    return sorted(defs, key=lambda d: (d.module.rsplit(".", 1)[-1] == _snake_of(d), d.name))


def _snake_of(definition: Definition) -> str:
    from .naming import module_name

    return module_name(definition.name)


def _module_graph(by_module: dict[str, list[Definition]], speller: Speller) -> dict[str, set[str]]:
    from .ir import AliasDef

    graph: dict[str, set[str]] = {}
    for module, defs in by_module.items():
        targets: set[str] = set()
        for d in defs:
            if isinstance(d, AliasDef):
                targets |= speller.named_modules(d.target)
            else:
                for f in d.fields:
                    targets |= speller.named_modules(f.type)
        targets.discard(module)
        graph[module] = targets
    return graph


def _static_type_modules(static_files: dict[str, bytes]) -> dict[str, list[str]]:
    """Handwritten modules under types/ (e.g. parsed_message.py): their `__all__`, by dotted module."""
    found: dict[str, list[str]] = {}
    for rel, source in static_files.items():
        if rel.startswith("types/") and rel.endswith(".py") and not rel.endswith("__init__.py"):
            names = _module_all(source)
            if names:
                found[rel[:-3].replace("/", ".")] = names
    return found


def _type_packages(by_module: dict[str, list[Definition]], static: dict[str, list[str]]) -> dict[str, LazyInitView]:
    packages: dict[str, dict[str, str]] = defaultdict(dict)
    packages["types"] = {}  # the top-level package always offers `types`, even with no type in it
    subpackages: dict[str, set[str]] = defaultdict(set)
    for module, names in static.items():
        for name in names:
            packages[module.rsplit(".", 1)[0]][name] = module
    for module, defs in by_module.items():
        package = module.rsplit(".", 1)[0]
        for d in defs:
            packages[package][d.name] = module
        parts = package.split(".")
        for i in range(1, len(parts)):
            subpackages[".".join(parts[:i])].add(parts[i])
            packages.setdefault(".".join(parts[:i]), {})
    if "types.shared" in packages:  # shared types are also reachable from `anthropic.types`, as upstream
        for name, module in packages["types.shared"].items():
            packages["types"].setdefault(name, module)
    views: dict[str, LazyInitView] = {}
    for package, exports in packages.items():
        rel = sorted((name, relative_import(package + ".__init__", module)) for name, module in exports.items())
        grouped: dict[str, list[str]] = defaultdict(list)
        for name, module in rel:
            grouped[module].append(name)
        views[package] = LazyInitView(
            doc=f"Public types of `{package}`.",
            imports=sorted(grouped.items()),
            exports=rel,
            submodules=sorted(subpackages.get(package, set())),
        )
    return views


def _resource_package_init(
    package: str, resource: Resource | None, children: tuple[Resource, ...] = ()
) -> LazyInitView:
    members = ([resource] if resource else []) + list(resource.children if resource else children)
    exports: list[tuple[str, str]] = []
    for member in members:
        module = relative_import(package + ".__init__", resource_module_path(member))
        for prefix in ("", "Async"):
            for suffix in ("", "WithRawResponse", "WithStreamingResponse"):
                exports.append((f"{prefix}{member.class_name}{suffix}", module))
    grouped: dict[str, list[str]] = defaultdict(list)
    for name, module in sorted(exports):
        grouped[module].append(name)
    return LazyInitView(doc=None, imports=sorted(grouped.items()), exports=sorted(exports), submodules=[])


def _top_init(
    config: SdkConfig, module_all: dict[str, list[str]], overlay_exports: dict[str, str], submodules: list[str]
) -> LazyInitView:
    exports: dict[str, str] = {}
    for module, names in module_all.items():
        for name in names:
            exports.setdefault(name, "." + module)
    client = config.client
    for name in (client.sync_name, client.async_name, *client.aliases):
        exports[name] = "._client"
    for name, target in overlay_exports.items():
        module = target.split(":")[0]
        exports[name] = "." + module.split(".", 1)[1] if module.startswith(config.package_name + ".") else module
    grouped: dict[str, list[str]] = defaultdict(list)
    for name, module in sorted(exports.items()):
        grouped[module].append(name)
    return LazyInitView(
        doc=None,
        imports=sorted(grouped.items()),
        exports=sorted(exports.items()),
        submodules=submodules,
    )


def module_exports(
    files: dict[str, bytes], modules: tuple[str, ...], diagnostics: Diagnostics, where: Location
) -> dict[str, list[str]]:
    """The `__all__` of each module named by sdk.yaml `exports_from` (runtime or overlay), read without importing it."""
    result: dict[str, list[str]] = {}
    for i, module in enumerate(modules):
        base = module.replace(".", "/")
        source = files.get(base + ".py", files.get(base + "/__init__.py"))
        if source is None:
            diagnostics.error(
                where.child("exports_from", i), f"module {module!r} is neither in the runtime nor in the overlays"
            )
            continue
        names = _module_all(source)
        if names is None:
            diagnostics.error(where.child("exports_from", i), f"module {module!r} has no literal __all__")
            continue
        result[module] = names
    return result


def _module_all(source: bytes) -> list[str] | None:
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                return None
            return [str(v) for v in value]
    return None


def _walk(resources: tuple[Resource, ...]) -> list[Resource]:
    found: list[Resource] = []
    for resource in resources:
        found.append(resource)
        found.extend(_walk(resource.children))
    return found

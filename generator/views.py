"""Template-ready views of the IR: every string a template prints is decided here.

Templates loop and print; they do not decide types, imports or names. Each
view carries its own `Imports`, because imports are per module.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field

from . import naming
from .ir import (
    AliasDef,
    Definition,
    ListOf,
    MapOf,
    Method,
    Named,
    Nullable,
    ObjectDef,
    Param,
    Prim,
    Resource,
    TypeExpr,
    UnionOf,
)
from .naming import python_string
from .pyexpr import Flavor, Forward, Imports, Speller

RUNTIME_RESOURCE = "_resource"
WRAPPERS = (
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
)


# ---- types modules -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldView:
    name: str
    annotation: str
    default: str | None  # "None", 'FieldInfo(alias="x")', ... or None for required
    doc: str | None


@dataclass(frozen=True)
class DefinitionView:
    kind: str  # "model" | "typeddict" | "typeddict_functional" | "alias"
    name: str
    bases: str
    fields: tuple[FieldView, ...]
    annotation: str  # for aliases
    doc: str | None
    # Evaluated at import time but naming what is not bound yet (recursion): the run-time spelling, with
    # ForwardRef(...), next to the type checkers' one in `annotation` / `fields` (alias, functional TypedDict).
    runtime_annotation: str | None = None
    runtime_fields: tuple[FieldView, ...] = ()


@dataclass
class TypeModuleView:
    module: str
    definitions: list[DefinitionView]
    imports: Imports

    @property
    def all_names(self) -> list[str]:
        return [d.name for d in self.definitions]


def type_module(module: str, definitions: list[Definition], speller: Speller, deferred: set[str]) -> TypeModuleView:
    imports = Imports(module, deferred=deferred)
    views: list[DefinitionView] = []
    for index, definition in enumerate(definitions):
        unbound = {d.name for d in definitions[index:]}  # this definition and the ones after it

        def forward(named: Named, unbound: set[str] = unbound) -> bool:
            return (named.module == module and named.name in unbound) or named.module in deferred

        views.append(_definition_view(definition, speller, imports, forward))
    views.extend(_local_aliases(module, definitions, speller, imports, deferred))
    return TypeModuleView(module, views, imports)


def _local_aliases(
    module: str, definitions: list[Definition], speller: Speller, imports: Imports, deferred: set[str]
) -> list[DefinitionView]:
    """Short module-local names for the types of inline properties (`Delta`, `Source`, `InputSchema`, ...).

    The official package exposes these names from the owning type's module, and user code imports
    them from there (`from anthropic.types.tool_param import InputSchema`); the generated classes
    keep their unambiguous parent + property names, and these aliases point at them.
    """
    taken = {d.name for d in definitions} | {n for names in imports.named.values() for n in names}
    aliases: list[DefinitionView] = []
    for definition in definitions:
        if not isinstance(definition, ObjectDef):
            continue
        flavor: Flavor = "model" if definition.side == "response" else "param"
        for f in definition.fields:
            base, plural = f.type, False
            while isinstance(base, (Nullable, ListOf)):
                plural = plural or isinstance(base, ListOf)
                base = base.inner if isinstance(base, Nullable) else base.item
            # an inline object is named after its parent (`ToolParam` + `InputSchema`) in the same module
            inline = (
                isinstance(base, Named)
                and base.module == module
                and base.name != definition.name
                and base.name.startswith(definition.name)
            )
            if not (inline or isinstance(base, UnionOf)):
                continue
            name = naming.pascal(naming.singular(f.name.rstrip("_")) if plural else f.name.rstrip("_"))
            if name in taken or not name.isidentifier() or keyword.iskeyword(name):
                continue
            unsafe = [False]

            def late(named: Named, unsafe: list[bool] = unsafe) -> bool:
                unsafe[0] = unsafe[0] or named.module in deferred  # imported after the definitions
                return False

            probe = Imports(module, deferred=deferred)
            speller.spell(base, flavor, probe, late)
            if unsafe[0]:
                continue
            imports.typing_extensions.add("TypeAlias")
            annotation = speller.spell(base, flavor, imports)
            taken.add(name)
            aliases.append(DefinitionView("alias", name, "", (), annotation, None))
    return aliases


def _definition_view(
    definition: Definition, speller: Speller, imports: Imports, forward: Forward | None = None
) -> DefinitionView:
    if isinstance(definition, AliasDef):
        flavor: Flavor = "model" if definition.side == "response" else "param"
        imports.typing_extensions.add("TypeAlias")
        speller.forwarded = False
        annotation = speller.spell(definition.target, flavor, imports, forward)
        runtime = None
        if speller.forwarded:
            # A named alias type, which pydantic resolves (recursion included) in this module.
            imports.typing.add("TYPE_CHECKING")
            imports.typing_extensions.add("TypeAliasType")
            runtime = f'TypeAliasType("{definition.name}", {annotation})'
        return DefinitionView("alias", definition.name, "", (), annotation, definition.doc, runtime)
    if definition.side == "response":
        imports.use_runtime("_models", "BaseModel")
        fields = tuple(
            _model_field(f.name, f.wire_name, f.type, f.required, f.doc, speller, imports) for f in definition.fields
        )
        return DefinitionView("model", definition.name, "BaseModel", fields, "", definition.doc)
    imports.typing_extensions.add("TypedDict")
    functional = any(
        not f.wire_name.isidentifier() or naming.identifier(f.wire_name) != f.wire_name for f in definition.fields
    )
    # A class body's annotations are evaluated lazily; the functional form's are evaluated at import time.
    eager = forward if functional else None
    speller.forwarded = False
    fields = _typeddict_fields(definition, speller, imports, eager, runtime=False)
    runtime_fields: tuple[FieldView, ...] = ()
    if speller.forwarded:
        imports.typing.add("TYPE_CHECKING")
        runtime_fields = _typeddict_fields(definition, speller, imports, eager, runtime=True)
    bases = ", ".join(definition.bases) if definition.bases else "TypedDict"
    kind = "typeddict_functional" if functional else "typeddict"
    return DefinitionView(
        kind,
        definition.name,
        f"{bases}, total={definition.total}",
        fields,
        "",
        definition.doc,
        runtime_fields=runtime_fields,
    )


def _typeddict_fields(
    definition: ObjectDef, speller: Speller, imports: Imports, forward: Forward | None, *, runtime: bool
) -> tuple[FieldView, ...]:
    fields = []
    for f in definition.fields:
        annotation = speller.spell(f.type, "param", imports, forward, runtime)
        if f.required:
            imports.typing_extensions.add("Required")
            annotation = f"Required[{annotation}]"
        fields.append(FieldView(f.wire_name, annotation, None, f.doc))
    return tuple(fields)


def _model_field(name, wire_name, type_, required, doc, speller: Speller, imports: Imports) -> FieldView:  # type: ignore[no-untyped-def]
    annotation = speller.spell(type_, "model", imports)
    optional = not required or annotation.startswith("Optional[")
    if not required and not annotation.startswith("Optional["):
        imports.typing.add("Optional")
        annotation = f"Optional[{annotation}]"
    if name != wire_name:
        imports.use_external("pydantic", "Field as FieldInfo")
        alias = python_string(wire_name)
        default = f"FieldInfo(alias={alias}, default=None)" if optional else f"FieldInfo(alias={alias})"
        return FieldView(name, annotation, default, doc)
    return FieldView(name, annotation, "None" if optional else None, doc)


# ---- resource modules --------------------------------------------------------------------------


@dataclass(frozen=True)
class ArgView:
    text: str  # "name: Type | Omit = omit"


@dataclass(frozen=True)
class OverloadView:
    positional: tuple[ArgView, ...]
    keyword: tuple[ArgView, ...]
    returns: str


@dataclass(frozen=True)
class MethodView:
    name: str
    http_method: str
    overloads: tuple[OverloadView, ...]
    implementation: OverloadView
    docstring: str | None
    path_expr: str
    body_items: tuple[tuple[str, str], ...]
    query_items: tuple[tuple[str, str], ...]
    header_items: tuple[tuple[str, str], ...]
    beta_header: str | None
    request_kwargs: tuple[str, ...]  # extra keyword arguments for client.request: cast_to=..., stream=...
    result_cast: str | None  # `cast(<this>, ...)` around the call when cast_to is not a class (a Union, a Literal)
    always_streams: bool  # an SSE-only route: stream=True on every call (no `stream` argument)
    call: str  # "request" or "request_page"
    timeout_guard: str | None
    route: str
    multipart: bool


@dataclass(frozen=True)
class ChildView:
    attribute: str
    class_name: str
    module: str  # relative import module


@dataclass
class ResourceModuleView:
    module: str
    attribute: str
    sync_class: str
    async_class: str
    sync_bases: str
    async_bases: str
    sync_methods: list[MethodView]
    async_methods: list[MethodView]
    children: list[ChildView]
    imports: Imports
    docstring: str | None = None
    mixin_imports: list[str] = field(default_factory=list)


def resource_module_path(resource: Resource) -> str:
    """`messages` with children -> resources.messages.messages; leaf `beta.files` -> resources.beta.files."""
    if resource.children:
        return ".".join(("resources", *resource.path, resource.name))
    return ".".join(("resources", *resource.path))


def resource_module(resource: Resource, speller: Speller, package: str) -> ResourceModuleView:
    module = resource_module_path(resource)
    imports = Imports(module)
    imports.use_runtime(RUNTIME_RESOURCE, "SyncAPIResource")
    imports.use_runtime(RUNTIME_RESOURCE, "AsyncAPIResource")
    for name in ("Body", "Headers", "NotGiven", "Query", "not_given"):
        imports.use_runtime("_types", name)
    for name in WRAPPERS:
        imports.use_runtime("_response", name)
    if any(m.stream_event is not None for m in resource.methods):
        imports.typing.add("overload")
    sync_methods = [_method_view(m, speller, imports, is_async=False) for m in resource.methods]
    async_methods = [_method_view(m, speller, imports, is_async=True) for m in resource.methods]
    children = [
        ChildView(c.name, c.class_name, _relative_module(module, resource_module_path(c))) for c in resource.children
    ]
    sync_bases = "SyncAPIResource"
    async_bases = "AsyncAPIResource"
    mixin_imports: list[str] = []
    if resource.mixin is not None:
        sync_mod, sync_cls = resource.mixin[0].split(":")
        async_mod, async_cls = resource.mixin[1].split(":")
        for mod, cls in ((sync_mod, sync_cls), (async_mod, async_cls)):
            local = mod.split(".", 1)[1] if mod.startswith(package + ".") else mod
            mixin_imports.append(f"from {_relative_module(module, local)} import {cls}")
        sync_bases = f"{sync_cls}, SyncAPIResource"
        async_bases = f"{async_cls}, AsyncAPIResource"
    return ResourceModuleView(
        module=module,
        attribute=resource.name,
        sync_class=resource.class_name,
        async_class="Async" + resource.class_name,
        sync_bases=sync_bases,
        async_bases=async_bases,
        sync_methods=sync_methods,
        async_methods=async_methods,
        children=children,
        imports=imports,
        mixin_imports=mixin_imports,
    )


def _relative_module(from_module: str, to_module: str) -> str:
    from .pyexpr import relative_import

    return relative_import(from_module, to_module)


def _method_view(method: Method, speller: Speller, imports: Imports, *, is_async: bool) -> MethodView:
    imports.use_runtime("_request", "RequestOverrides")
    positional_param = method.positional
    required = sorted(
        (p for p in method.params if p.required and p is not positional_param and p.kind != "path"), key=_order
    )
    optional = sorted((p for p in method.params if not p.required and p.kind != "path"), key=_order)
    path_keyword = [p for p in method.params if p.kind == "path" and p is not positional_param]
    positional = (
        (ArgView(f"{positional_param.name}: {speller.spell(positional_param.type, 'param', imports)}"),)
        if positional_param
        else ()
    )
    returns, cast_to, kwargs = _returns(method, speller, imports, is_async)
    stream_cls = "AsyncStream" if is_async else "Stream"

    def arg(p: Param, spelled: str | None = None) -> ArgView:
        annotation = spelled or speller.spell(p.type, "param", imports)
        if p.name == "betas" and p.kind == "header":
            imports.typing.add("List")
            annotation = annotation.replace("Iterable[", "List[", 1)
        if p.required:
            return ArgView(f"{p.name}: {annotation}")
        imports.use_runtime("_types", "Omit")
        imports.use_runtime("_types", "omit")
        return ArgView(f"{p.name}: {annotation} | Omit = omit")

    keyword_base = [arg(p) for p in path_keyword] + [arg(p) for p in required]
    overloads: list[OverloadView] = []
    if method.stream_event is not None:
        imports.typing_extensions.add("Literal")
        imports.use_runtime("_types", "Omit")
        imports.use_runtime("_types", "omit")
        stream_param = next((p for p in method.params if p.name == "stream"), None)
        others_required = keyword_base
        others_optional = [arg(p) for p in optional if p is not stream_param]
        event = speller.spell(method.stream_event, "model", imports)
        imports.use_runtime("_streaming", "Stream")
        imports.use_runtime("_streaming", "AsyncStream")
        overloads = [
            OverloadView(
                positional,
                tuple(others_required + [ArgView("stream: Literal[False] | Omit = omit")] + others_optional),
                returns,
            ),
            OverloadView(
                positional,
                tuple(others_required + [ArgView("stream: Literal[True]")] + others_optional),
                f"{stream_cls}[{event}]",
            ),
            OverloadView(
                positional,
                tuple(others_required + [ArgView("stream: bool")] + others_optional),
                f"{returns} | {stream_cls}[{event}]",
            ),
        ]
        implementation = OverloadView(
            positional,
            tuple(
                others_required + [ArgView("stream: Literal[False] | Literal[True] | Omit = omit")] + others_optional
            ),
            f"{returns} | {stream_cls}[{event}]",
        )
        kwargs = (*kwargs, "stream=stream or False", f"stream_cls={stream_cls}[{event}]")
    else:
        implementation = OverloadView(positional, tuple(keyword_base + [arg(p) for p in optional]), returns)

    path_params = [p for p in method.params if p.kind == "path"]
    if path_params:
        imports.use_runtime("_request", "path_template")
        values = ", ".join(
            f"{p.wire_name}={p.name}"
            if p.wire_name.isidentifier() and not keyword.iskeyword(p.wire_name)
            else f"**{{{python_string(p.wire_name)}: {p.name}}}"
            for p in path_params
        )
        path_expr = f"path_template({python_string(method.path)}, {values})"
    else:
        path_expr = python_string(method.path)
    beta = next((p for p in method.params if p.kind == "header" and p.name == "betas"), None)
    beta_header = None
    if beta is not None or method.fixed_betas:
        imports.use_runtime("_request", "beta_header")
        fixed = "".join(f'"{b}", ' for b in method.fixed_betas)
        beta_header = f"beta_header({beta.name if beta else 'omit'}, fixed=({fixed}))"
        if beta is None:
            imports.use_runtime("_types", "omit")
    header_items = tuple((p.wire_name, p.name) for p in method.params if p.kind == "header" and p is not beta)
    if method.accept:
        header_items = (*header_items, ("Accept", repr(method.accept)))
    docstring = _docstring(method)
    guard = None
    if method.long_request_guard:
        guard = "timeout = self._client.nonstreaming_timeout(max_tokens, model, timeout) if not stream else timeout"
    return MethodView(
        name=method.name,
        http_method=method.http_method,
        overloads=tuple(overloads),
        implementation=implementation,
        docstring=docstring,
        path_expr=path_expr,
        body_items=tuple((p.wire_name, p.name) for p in method.params if p.kind == "body" and p.name != "body"),
        query_items=tuple((p.wire_name, p.name) for p in method.params if p.kind == "query"),
        header_items=header_items,
        beta_header=beta_header,
        request_kwargs=(f"cast_to={cast_to}", *kwargs) if method.response_kind != "page" else kwargs,
        result_cast=implementation.returns
        if cast_to.startswith("cast(Any, ") and method.response_kind != "sse"
        else None,
        always_streams=method.response_kind == "sse",
        call="request_page" if method.response_kind == "page" else "request",
        timeout_guard=guard,
        route=f"{method.http_method} {method.path}",
        multipart=method.multipart,
    )


def _order(param: Param) -> tuple[int, str]:
    return (0 if param.kind != "header" else 1, param.name)


def _returns(method: Method, speller: Speller, imports: Imports, is_async: bool) -> tuple[str, str, tuple[str, ...]]:
    """(return annotation, cast_to expression, extra request kwargs) for one flavour of client."""
    kind = method.response_kind
    if kind == "none":
        imports.use_runtime("_types", "NoneType")
        return "None", "NoneType", ()
    if kind == "binary":
        name = "AsyncBinaryAPIResponse" if is_async else "BinaryAPIResponse"
        imports.use_runtime("_response", name)
        return name, name, ()
    assert method.response_type is not None
    item = speller.spell(method.response_type, "model", imports)
    cast_item = item
    if not _class_like(method.response_type, speller):
        # A Union, Optional or Literal is not a `Type[T]` to type checkers: pass it as Any, cast the result.
        imports.typing.update(("Any", "cast"))
        cast_item = f"cast(Any, {item})"
    if kind == "sse":
        name = "AsyncStream" if is_async else "Stream"
        imports.use_runtime("_streaming", name)
        return f"{name}[{item}]", cast_item, ("stream=True", f"stream_cls={name}[{item}]")
    if kind == "jsonl":
        name = "AsyncJSONLDecoder" if is_async else "JSONLDecoder"
        imports.use_runtime("_decoders.jsonl", name)
        return f"{name}[{item}]", f"{name}[{item}]", ()
    if kind == "page":
        scheme = "Page" if method.page_scheme == "Page" else "PageCursor"
        page = f"{'Async' if is_async else 'Sync'}{scheme}[{item}]"
        imports.use_runtime("pagination", page.split("[")[0])
        if is_async:
            imports.use_runtime("pagination", "AsyncPaginator")
            return f"AsyncPaginator[{item}, {page}]", "", (f"page={page}",)
        return page, "", (f"page={page}",)
    return item, cast_item, ()


def _class_like(t: TypeExpr, speller: Speller) -> bool:
    """Whether type checkers accept the spelled type where `Type[T]` is expected (classes, List/Dict aliases)."""
    if isinstance(t, Prim):
        return t.name != "None"
    if isinstance(t, (ListOf, MapOf)):
        return True
    if isinstance(t, Named):
        definition = speller.definitions.get((t.module, t.name))
        if isinstance(definition, AliasDef):
            return _class_like(definition.target, speller)
        return True
    return False


def _docstring(method: Method) -> str | None:
    lines: list[str] = []
    if method.doc:
        lines.append(method.doc)
    documented = [p for p in method.params if p.doc]
    if documented:
        lines.append("")
        lines.append("Args:")
        for p in documented:
            text = (p.doc or "").replace("\n", "\n      ")
            lines.append(f"  {p.name}: {text}")
    if not lines:
        return None
    return "\n".join(lines).replace('"""', '\\"\\"\\"')


__all__ = ["resource_module", "type_module"]

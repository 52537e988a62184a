"""Build the IR from a loaded spec and sdk.yaml.

This is the only module that reads OpenAPI dictionaries. It walks the
operations named by sdk.yaml, turns each reachable schema into a definition on
the side(s) it is used (response model / request TypedDict), names inline
schemas after their parent and property, and reports every problem with its
location. Collisions between Python names are errors found here, before any
file is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote

from . import naming
from .config import MethodConfig, ResourceConfig, SdkConfig
from .diagnostics import Diagnostics, Location
from .ir import (
    AliasDef,
    Api,
    Definition,
    Field,
    ListOf,
    Lit,
    MapOf,
    Method,
    Named,
    Nullable,
    ObjectDef,
    Param,
    Prim,
    Resource,
    ResponseKind,
    Side,
    TypeExpr,
    UnionOf,
)
from .load import Document
from .samples import SampleMaker

JSON_TYPES = ("application/json",)
SSE_TYPES = ("text/event-stream",)
JSONL_TYPES = ("application/x-jsonl", "application/jsonl", "application/x-ndjson")
BINARY_TYPES = ("application/octet-stream", "application/pdf", "*/*")
KNOWN_EXTENSIONS = ("x-stainless-",)
# Module-level names of a generated resource module (runtime, typing and httpx imports): a resource
# class may not take one.
RESOURCE_MODULE_NAMES = frozenset(
    {
        "SyncAPIResource",
        "AsyncAPIResource",
        "APIResponse",
        "AsyncAPIResponse",
        "BinaryAPIResponse",
        "AsyncBinaryAPIResponse",
        "JSONLDecoder",
        "AsyncJSONLDecoder",
        "SyncPage",
        "AsyncPage",
        "SyncPageCursor",
        "AsyncPageCursor",
        "AsyncPaginator",
        "Stream",
        "AsyncStream",
    }
    | naming.RESERVED_ARGUMENTS
)
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


@dataclass
class _Pending:
    """A definition whose name and module are fixed but whose body is built later (recursion-safe)."""

    named: Named
    side: Side
    node: Any
    location: Location
    parent_hint: str


@dataclass
class Builder:
    document: Document
    config: SdkConfig
    diagnostics: Diagnostics
    definitions: dict[tuple[str, str], Definition] = field(default_factory=dict)
    _by_schema: dict[tuple[str, Side], Named] = field(default_factory=dict)
    _queue: list[_Pending] = field(default_factory=list)
    _owners: dict[tuple[str, str], Location] = field(default_factory=dict)
    _body_params: dict[str, Named] = field(default_factory=dict)
    _warned_extensions: set[str] = field(default_factory=set)
    _schema_owner: dict[tuple[str, str], str] = field(default_factory=dict)
    _known_type_names: set[str] | None = None
    _aliases_in_progress: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.samples = SampleMaker(self.document)

    # ---- entry point ---------------------------------------------------------------------------

    @property
    def _openapi_version(self) -> str:
        return str(self.document.root.get("openapi", ""))

    def _warn_null_type(self, loc: Location) -> None:
        if self._openapi_version.startswith("3.0"):
            self.diagnostics.warning(loc, "type 'null' is not valid in OpenAPI 3.0", "use nullable: true")

    @property
    def _schemas(self) -> dict[str, Any]:
        return (self.document.root.get("components") or {}).get("schemas") or {}

    def build(self) -> Api:
        operations = self._index_operations()
        self._reserve_body_params(operations)
        resources = tuple(self._resource(r, (), operations) for r in self.config.resources)
        self._check_unmapped(operations)
        self._emit_remaining_schemas()
        self._drain()
        self._break_alias_loops()
        resources = self._name_resource_classes(resources)
        count = sum(1 for r in _walk(resources) for _ in r.methods)
        return Api(
            package=self.config.package_name,
            version=self.config.version,
            resources=resources,
            definitions=tuple(sorted(self.definitions.values(), key=lambda d: (d.module, d.name))),
            endpoint_count=count,
            skipped=dict(self.config.skip),
        )

    def _break_alias_loops(self) -> None:
        """`A = Optional[A]` (an alias that is itself with no list, map or model in between) has no values:
        such a reference becomes `object`, with a warning. Recursion through containers stays as it is."""
        aliases = {key: d for key, d in self.definitions.items() if isinstance(d, AliasDef)}

        def bare(t: TypeExpr) -> set[tuple[str, str]]:
            if isinstance(t, Named):
                return {(t.module, t.name)} if (t.module, t.name) in aliases else set()
            if isinstance(t, Nullable):
                return bare(t.inner)
            if isinstance(t, UnionOf):
                return set().union(*(bare(m) for m in t.items))
            return set()

        def reaches(start: tuple[str, str], goal: tuple[str, str]) -> bool:
            seen: set[tuple[str, str]] = set()
            stack = [start]
            while stack:
                key = stack.pop()
                if key == goal:
                    return True
                if key not in seen:
                    seen.add(key)
                    stack.extend(bare(aliases[key].target))
            return False

        def replace_refs(t: TypeExpr, loop: set[tuple[str, str]]) -> TypeExpr:
            if isinstance(t, Named) and (t.module, t.name) in loop:
                return Prim("object")
            if isinstance(t, Nullable):
                return _nullable(replace_refs(t.inner, loop))
            if isinstance(t, UnionOf):
                members = _dedupe([replace_refs(m, loop) for m in t.items])
                return members[0] if len(members) == 1 else UnionOf(tuple(members), t.discriminator)
            return t

        for key in sorted(aliases):
            alias = aliases[key]
            loop = {ref for ref in bare(alias.target) if reaches(ref, key)}
            if not loop:
                continue
            self.diagnostics.warning(
                alias.location,
                f"{alias.name} is a union or alias of itself with no list, map or object in between; "
                "that reference is typed as object",
            )
            fixed = replace(alias, target=replace_refs(alias.target, loop))
            aliases[key] = self.definitions[key] = fixed

    def _name_resource_classes(self, resources: tuple[Resource, ...]) -> tuple[Resource, ...]:
        """`Pets` for `pets`, or `PetsResource` when a type, a runtime name or the client has that name."""
        taken = {d.name for d in self.definitions.values()} | RESOURCE_MODULE_NAMES
        taken |= {self.config.client.sync_name, self.config.client.async_name, *self.config.client.aliases}
        for resource in _walk(resources):
            if resource.mixin:
                taken |= {resource.mixin[0].rpartition(":")[2], resource.mixin[1].rpartition(":")[2]}

        def rename(resource: Resource) -> Resource:
            base = resource.class_name
            variants = {
                f"{p}{base}{s}" for p in ("", "Async") for s in ("", "WithRawResponse", "WithStreamingResponse")
            }
            class_name = base + "Resource" if variants & taken else base
            children = tuple(rename(child) for child in resource.children)
            return replace(resource, class_name=class_name, children=children)

        return tuple(rename(r) for r in resources)

    def _check_resource_names(
        self, config: ResourceConfig, path: tuple[str, ...], methods: list[Method]
    ) -> list[Method]:
        """Attribute names of a resource: identifiers, not taken by the client or the resource classes, unique."""
        reserved = naming.RESERVED_CLIENT_ATTRIBUTES if len(path) == 1 else naming.RESERVED_RESOURCE_ATTRIBUTES
        if len(path) == 1:
            reserved = reserved | {a.param for a in self.config.client.auth}
        if not config.name.isidentifier() or naming.keyword.iskeyword(config.name) or config.name in reserved:
            where = "the client" if len(path) == 1 else "a resource"
            self.diagnostics.error(
                config.location,
                f"resource name {config.name!r} is not a Python identifier or is taken by {where}",
                "rename the resource in sdk.yaml",
            )
        if len(path) > 1 and path[-1] == path[-2]:
            self.diagnostics.error(
                config.location, f"resource {config.name!r} has the name of its parent", "rename it in sdk.yaml"
            )
        children = {child.name for child in config.resources}
        kept: list[Method] = []
        seen: dict[str, Method] = {}
        for method in methods:
            if method.name in children or method.name in naming.RESERVED_RESOURCE_ATTRIBUTES:
                self.diagnostics.error(
                    method.location,
                    f"method {'.'.join(path)}.{method.name} has the name of a sub-resource or a resource attribute",
                    "rename the method or the sub-resource in sdk.yaml",
                )
                continue
            if method.name in seen:
                self.diagnostics.error(
                    method.location,
                    f"operations {seen[method.name].http_method} {seen[method.name].path!r} and "
                    f"{method.http_method} {method.path!r} both become method {'.'.join(path)}.{method.name}",
                    "rename one of them in sdk.yaml",
                )
                continue
            seen[method.name] = method
            kept.append(method)
        return kept

    def _argument(self, name: str) -> str:
        """A method argument name that shadows nothing the generated method uses (`timeout` -> `timeout_`)."""
        if name in naming.RESERVED_ARGUMENTS or name in self._type_names:
            return name + "_"
        return name

    @property
    def _type_names(self) -> set[str]:
        if self._known_type_names is None:
            names = {naming.type_name(str(key)) for key in self._schemas}
            names |= {naming.param_type_name(n) for n in names} | set(self.config.type_names.values())
            self._known_type_names = names
        return self._known_type_names

    # ---- operations ----------------------------------------------------------------------------

    def _index_operations(self) -> dict[str, tuple[Any, Location]]:
        root = self.document.root
        loc = self.document.root_location
        if not isinstance(root, dict) or not isinstance(root.get("paths"), dict):
            self.diagnostics.error(loc.child("paths"), "the document has no 'paths' mapping")
            return {}
        self._check_document(root, loc)
        operations: dict[str, tuple[Any, Location]] = {}
        seen_ids: dict[str, Location] = {}
        for path, item in root["paths"].items():
            item_loc = loc.child("paths", path)
            resolved = self.document.resolve(item, item_loc)
            if not isinstance(resolved.node, dict):
                self.diagnostics.error(item_loc, "a path item must be a mapping")
                continue
            for method in ("get", "post", "put", "patch", "delete", "head", "options"):
                op = resolved.node.get(method)
                if op is None:
                    continue
                op_loc = resolved.location.child(method)
                if not isinstance(op, dict):
                    self.diagnostics.error(op_loc, "an operation must be a mapping")
                    continue
                shared = resolved.node.get("parameters") or []
                operations[f"{method} {path}"] = ({**op, "_shared_parameters": shared}, op_loc)
                op_id = op.get("operationId")
                if isinstance(op_id, str):
                    if op_id in seen_ids:
                        self.diagnostics.warning(
                            op_loc.child("operationId"),
                            f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})",
                            "operationIds should be unique; the SDK names methods from sdk.yaml",
                        )
                    seen_ids[op_id] = op_loc
        return operations

    def _check_document(self, root: dict[str, Any], loc: Location) -> None:
        version = str(root.get("openapi", ""))
        if not version.startswith("3."):
            self.diagnostics.error(loc.child("openapi"), f"unsupported OpenAPI version {version!r}", "use 3.0 or 3.1")

    def _reserve_body_params(self, operations: dict[str, tuple[Any, Location]]) -> None:
        """Name each method's params TypedDict up front, so a body schema referenced elsewhere maps to it."""
        for resource, path in _walk_config(self.config.resources):
            package = _params_package(path)
            for method in resource.methods:
                found = operations.get(method.op_key)
                if found is None:
                    continue
                op, op_loc = found
                name = method.params_name or naming.params_type_name(resource.singular, method.name)
                named = Named(f"{package}.{naming.module_name(name)}", name)
                found_body = self._request_body(op, op_loc, report=False)
                body = (found_body[0], found_body[1]) if found_body else None
                if (
                    body is not None
                    and isinstance(body[0], dict)
                    and isinstance(body[0].get("$ref"), str)
                    and self._object_body(body[0], op_loc)
                ):
                    key = unquote(body[0]["$ref"].rsplit("/", 1)[-1]).replace("~1", "/").replace("~0", "~")
                    target = Named(named.module, name + "NonStreaming") if method.stream else named
                    self._body_params.setdefault(key, target)

    def _object_body(self, schema: Any, loc: Location) -> bool:
        """Whether a body schema's properties become the method's keyword arguments (see `_body_params_of`).

        Looked at quietly: problems in it are reported once, where the body is built.
        """
        reporting, self.document.diagnostics = self.document.diagnostics, Diagnostics()
        saved, self.diagnostics = self.diagnostics, Diagnostics()
        try:
            resolved = self.document.resolve(schema, loc)
            node = self._merge_all_of(resolved.node, resolved.location)
        finally:
            self.document.diagnostics, self.diagnostics = reporting, saved
        return isinstance(node, dict) and node.get("type", "object") == "object" and "properties" in node

    def _resource(
        self, config: ResourceConfig, parent: tuple[str, ...], operations: dict[str, tuple[Any, Location]]
    ) -> Resource:
        path = (*parent, config.name)
        methods: list[Method] = []
        for method in config.methods:
            found = operations.get(method.op_key)
            if found is None:
                self.diagnostics.error(
                    method.location.child("op"),
                    f"operation {method.op_key!r} is not in the spec",
                    "check the method and path against the spec's 'paths' keys",
                )
                continue
            if method.page is not None and method.page not in self.config.pagination:
                known = ", ".join(sorted(self.config.pagination)) or "none defined"
                self.diagnostics.error(
                    method.location.child("page"),
                    f"unknown pagination scheme {method.page!r}",
                    f"define it under 'pagination' (known: {known})",
                )
                continue
            built = self._method(config, path, method, *found)
            if built is not None:
                methods.append(built)
        methods = self._check_resource_names(config, path, methods)
        children = tuple(self._resource(child, path, operations) for child in config.resources)
        mixin = self.config.overlays.mixins.get(".".join(path))
        return Resource(
            name=config.name,
            class_name=naming.resource_class_name(config.name),
            path=path,
            methods=tuple(methods),
            children=children,
            mixin=(mixin.sync, mixin.async_) if mixin else None,
        )

    def _check_unmapped(self, operations: dict[str, tuple[Any, Location]]) -> None:
        mapped = {m.op_key for r, _ in _walk_config(self.config.resources) for m in r.methods}
        for key, (_, loc) in operations.items():
            if key not in mapped and key not in self.config.skip:
                self.diagnostics.warning(
                    loc, f"operation {key!r} is not mapped by sdk.yaml", "map it under 'resources' or list it in 'skip'"
                )
        for key in self.config.skip:
            if key not in operations:
                self.diagnostics.error(
                    self.config.location.child("skip", key), f"skipped operation {key!r} is not in the spec"
                )

    def _method(
        self, resource: ResourceConfig, path: tuple[str, ...], config: MethodConfig, op: dict[str, Any], loc: Location
    ) -> Method | None:
        params: list[Param] = []
        hint = naming.pascal(resource.singular) + naming.pascal(config.name)
        params_name = config.params_name or naming.params_type_name(resource.singular, config.name)
        self._current_package = _params_package(path)
        self._current_module = f"{self._current_package}.{naming.module_name(params_name)}"
        try:
            return self._method_body(resource, path, config, op, loc, params, hint)
        finally:
            self._current_module = None
            self._current_package = "types"

    def _method_body(
        self,
        resource: ResourceConfig,
        path: tuple[str, ...],
        config: MethodConfig,
        op: dict[str, Any],
        loc: Location,
        params: list[Param],
        hint: str,
    ) -> Method | None:
        for raw, where in self._declared_parameters(op, loc):
            param = self._parameter(raw, where, hint)
            if param is not None:
                params.append(param)
        multipart = False
        body = self._request_body(op, loc, report=True)
        if body is not None:
            schema, media, body_loc = body
            multipart = media.split(";")[0].strip() == "multipart/form-data"
            params.extend(self._body_params_of(schema, body_loc.child(media, "schema"), hint))
        params[:] = _resolve_param_collisions(params, loc, self.diagnostics)
        self._current_module = None  # inline response types get modules of their own
        response_kind, response_type, stream_event = self._response(op, loc, hint, config)
        if config.stream and stream_event is None:
            self.diagnostics.error(
                config.location.child("stream"),
                "method is marked 'stream' but its 200 response has no text/event-stream content",
            )
        params_type = self._params_typedict(resource, path, config, params, loc) if _has_params(params) else None
        return Method(
            name=naming.identifier(config.name),
            http_method=config.http_method,
            path=config.path,
            params=tuple(params),
            response_kind=response_kind,
            response_type=response_type,
            stream_event=stream_event,
            page_scheme=config.page,
            params_type=params_type,
            multipart=multipart,
            long_request_guard=config.long_request_guard,
            fixed_betas=_fixed_betas(self.config.resources, path) + config.fixed_betas,
            summary=_text(op.get("summary")),
            doc=_text(op.get("description")) or _text(op.get("summary")),
            location=loc,
            accept=_accept(op, response_kind),
            response_sample=self._jsonl_sample(op, loc) if response_kind == "jsonl" else None,
        )

    def _request_body(self, op: dict[str, Any], loc: Location, *, report: bool) -> tuple[Any, str, Location] | None:
        """(schema, media type, location of `content`) of the body the SDK sends: JSON (or a `+json` vendor
        type, or a form, sent as JSON for now), else multipart; None when there is none it can send."""
        raw = op.get("requestBody")
        if raw is None:
            return None
        resolved = self.document.resolve(raw, loc.child("requestBody"))
        node = resolved.node
        content = node.get("content") if isinstance(node, dict) else None
        content_loc = resolved.location.child("content")
        if not isinstance(content, dict) or not content:
            return None
        multipart: str | None = None
        for media, entry in content.items():
            base = str(media).split(";")[0].strip().lower()
            schema = entry.get("schema", {}) if isinstance(entry, dict) else {}
            if base in JSON_TYPES or base.endswith("+json"):
                return schema, str(media), content_loc
            if base == "application/x-www-form-urlencoded":
                if report:
                    self.diagnostics.warning(
                        content_loc.child(str(media)),
                        "form-urlencoded bodies are sent as JSON: the runtime has no form encoding yet",
                        "add a JSON media type to the operation if the API accepts one",
                    )
                return schema, str(media), content_loc
            if base == "multipart/form-data" and multipart is None:
                multipart = str(media)
        if multipart is not None:
            entry = content[multipart]
            return (entry.get("schema", {}) if isinstance(entry, dict) else {}), multipart, content_loc
        if report:
            kinds = ", ".join(str(m) for m in content)
            self.diagnostics.warning(
                content_loc, f"request body of type {kinds} is not supported; the method takes no body argument"
            )
        return None

    def _declared_parameters(self, op: dict[str, Any], loc: Location) -> list[tuple[Any, Location]]:
        """The path item's parameters, then the operation's; an operation's own (in, name) replaces the path's."""
        item_loc = Location(loc.file, loc.pointer.rsplit("/", 1)[0])
        entries: list[tuple[Any, Location]] = []
        for holder, where in ((op.get("_shared_parameters"), item_loc), (op.get("parameters"), loc)):
            if holder is None:
                continue
            if not isinstance(holder, list):
                self.diagnostics.error(where.child("parameters"), "'parameters' must be a list")
                continue
            entries.extend((raw, where.child("parameters", i)) for i, raw in enumerate(holder))
        keyed: dict[Any, tuple[Any, Location]] = {}
        for index, (raw, where) in enumerate(entries):
            node = self.document.resolve(raw, where).node
            key = (node.get("in"), node.get("name")) if isinstance(node, dict) else index
            keyed.pop(key, None)
            keyed[key] = (raw, where)
        return list(keyed.values())

    def _jsonl_sample(self, op: dict[str, Any], loc: Location) -> Any:
        for code, response in (op.get("responses") or {}).items():
            content = (response or {}).get("content") or {} if str(code).startswith("2") else {}
            for media, entry in content.items():
                if media.split(";")[0].strip() in JSONL_TYPES:
                    schema_loc = loc.child("responses", code, "content", media, "schema")
                    return self.samples.sample((entry or {}).get("schema", {}), schema_loc, full=False)
        return None

    def _parameter(self, raw: Any, loc: Location, hint: str) -> Param | None:
        resolved = self.document.resolve(raw, loc)
        node, loc = resolved.node, resolved.location
        if not isinstance(node, dict) or "name" not in node or "in" not in node:
            self.diagnostics.error(loc, "a parameter needs 'name' and 'in'")
            return None
        where = node["in"]
        wire = str(node["name"])
        if where == "cookie":
            self.diagnostics.warning(loc, f"cookie parameter {wire!r} is not supported and is left out")
            return None
        if where == "header":
            lowered = wire.lower()
            if lowered in self.config.header_params:
                name = self.config.header_params[lowered]
            elif lowered in {h.lower() for h in self.config.client.default_headers} or lowered in {
                a.header.lower() for a in self.config.client.auth
            }:
                return None  # the client sets it
            else:
                name = self._argument(naming.identifier(naming.snake(wire)))
        else:
            name = self._argument(naming.identifier(wire))
        schema = node.get("schema", {})
        schema_loc = loc.child("schema")
        override = schema.get("x-stainless-override-schema") if isinstance(schema, dict) else None
        if isinstance(override, dict):
            # Real specs describe some headers as strings and put their SDK shape here (e.g. a list of betas).
            schema, schema_loc = override, schema_loc.child("x-stainless-override-schema")
        type_ = self.type_of(schema, schema_loc, "request", hint + naming.pascal(wire))
        if where not in ("path", "query", "header"):
            self.diagnostics.error(loc.child("in"), f"unknown parameter location {where!r}")
            return None
        return Param(
            name=name,
            wire_name=wire,
            kind=where,
            type=type_,
            required=bool(node.get("required", False)) or where == "path",
            doc=_text(node.get("description")),
            sample=self.samples.sample(schema, schema_loc, full=False),
            sample_full=self.samples.sample(schema, schema_loc, full=True),
        )

    def _body_params_of(self, schema: Any, loc: Location, hint: str) -> list[Param]:
        resolved = self.document.resolve(schema, loc)
        node = self._merge_all_of(resolved.node, resolved.location)
        if not isinstance(node, dict) or node.get("type", "object") != "object" or "properties" not in node:
            type_ = self.type_of(schema, loc, "request", hint + "Body")
            return [Param(name="body", wire_name="", kind="body", type=type_, required=True)]
        required = set(node.get("required") or [])
        params: list[Param] = []
        owner = self._body_params.get(resolved.name or "")
        parent = owner.name if owner else hint + "Params"
        for prop, prop_schema in (node.get("properties") or {}).items():
            prop_loc = resolved.location.child("properties", prop)
            type_ = self.type_of(prop_schema, prop_loc, "request", parent + naming.pascal(prop))
            params.append(
                Param(
                    name=self._argument(naming.identifier(prop)),
                    wire_name=str(prop),
                    kind="body",
                    type=type_,
                    required=prop in required,
                    doc=_text(prop_schema.get("description")) if isinstance(prop_schema, dict) else None,
                    sample=self.samples.sample(prop_schema, prop_loc, full=False),
                    sample_full=self.samples.sample(prop_schema, prop_loc, full=True),
                )
            )
        return params

    def _response(
        self, op: dict[str, Any], loc: Location, hint: str, config: MethodConfig
    ) -> tuple[ResponseKind, TypeExpr | None, TypeExpr | None]:
        responses = op.get("responses") or {}
        if not isinstance(responses, dict):
            self.diagnostics.error(loc.child("responses"), "'responses' must be a mapping of status codes")
            return "none", None, None
        success = _success_code(responses)
        if success is None:
            self.diagnostics.warning(loc.child("responses"), "no 2XX or default response; the method returns None")
            return "none", None, None
        resolved = self.document.resolve(responses[success], loc.child("responses", str(success)))
        content = resolved.node.get("content") if isinstance(resolved.node, dict) else None
        content_loc = resolved.location.child("content")
        if not content:
            return "none", None, None
        if not isinstance(content, dict):
            self.diagnostics.error(content_loc, "'content' must be a mapping of media types")
            return "none", None, None
        stream_event = None
        for media, entry in content.items():
            if str(media).split(";")[0].strip() in SSE_TYPES:
                schema = entry.get("schema", {}) if isinstance(entry, dict) else {}
                stream_event = self.type_of(schema, content_loc.child(media, "schema"), "response", hint + "Event")
                break
        # Only a method marked `stream` has the stream=True overloads; without JSON it always streams.
        overloads = stream_event if config.stream else None
        for media, entry in content.items():
            base = str(media).split(";")[0].strip()
            schema = (entry or {}).get("schema", {}) if isinstance(entry, dict) else {}
            schema_loc = content_loc.child(media, "schema")
            if base in JSON_TYPES or base.endswith("+json"):
                if config.page:
                    return "page", self._page_item(schema, schema_loc, hint), overloads
                return "json", self.type_of(schema, schema_loc, "response", hint + "Response"), overloads
            if base in JSONL_TYPES:
                return "jsonl", self.type_of(schema, schema_loc, "response", hint + "Response"), overloads
        if any(str(m).split(";")[0].strip() in BINARY_TYPES for m in content):
            return "binary", None, overloads
        if stream_event is not None:
            if config.stream:
                return "json", stream_event, stream_event
            return "sse", stream_event, None
        return "binary", None, None

    def _page_item(self, schema: Any, loc: Location, hint: str) -> TypeExpr:
        resolved = self.document.resolve(schema, loc)
        node = resolved.node
        data = node.get("properties", {}).get("data") if isinstance(node, dict) else None
        if not isinstance(data, dict):
            self.diagnostics.error(loc, "a paginated response must have a 'data' array property")
            return Prim("object")
        data_loc = resolved.location.child("properties", "data")
        data = self.document.resolve(data, data_loc)
        items = data.node.get("items", {}) if isinstance(data.node, dict) else {}
        return self.type_of(items, data.location.child("items"), "response", hint + "Item")

    def _params_typedict(
        self, resource: ResourceConfig, path: tuple[str, ...], config: MethodConfig, params: list[Param], loc: Location
    ) -> Named:
        name = config.params_name or naming.params_type_name(resource.singular, config.name)
        module = f"{_params_package(path)}.{naming.module_name(name)}"
        # Header arguments are keyed by their Python name (`betas`), as the method takes them; so is a query
        # parameter whose wire name a body property also has (its argument is `query_<name>`).
        body_wires = {p.wire_name for p in params if p.kind == "body"}
        fields = tuple(
            Field(
                p.name,
                p.name if p.kind == "header" or (p.kind == "query" and p.wire_name in body_wires) else p.wire_name,
                p.type,
                p.required,
                p.doc,
            )
            for p in params
            if p.kind != "path" and p.name != "body"
        )
        if config.stream:
            base = [f for f in fields if f.name != "stream"]
            self._define(ObjectDef(name + "Base", module, "request", tuple(base), None, loc))
            self._define(
                ObjectDef(
                    name + "NonStreaming",
                    module,
                    "request",
                    (Field("stream", "stream", Lit((False,)), False),),
                    None,
                    loc,
                    bases=(name + "Base",),
                )
            )
            self._define(
                ObjectDef(
                    name + "Streaming",
                    module,
                    "request",
                    (Field("stream", "stream", Lit((True,)), True),),
                    None,
                    loc,
                    bases=(name + "Base",),
                )
            )
            target = UnionOf((Named(module, name + "NonStreaming"), Named(module, name + "Streaming")))
            self._define(AliasDef(name, module, "request", target, None, loc))
        else:
            self._define(ObjectDef(name, module, "request", fields, None, loc))
        return Named(module, name)

    # ---- schemas -------------------------------------------------------------------------------

    def type_of(self, schema: Any, loc: Location, side: Side, hint: str) -> TypeExpr:
        """The type expression for a schema used on one side; named schemas become definitions."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            resolved = self.document.resolve(schema, loc)
            if resolved.name is not None:
                return self._named_schema(resolved.name, resolved.node, resolved.location, side)
            return self.type_of(resolved.node, resolved.location, side, hint)
        if schema is True or schema == {}:
            return Prim("object")
        if not isinstance(schema, dict):
            self.diagnostics.error(loc, f"a schema must be a mapping, got {type(schema).__name__}")
            return Prim("object")
        self._check_extensions(schema, loc)
        if schema.get("nullable") is True:
            if self._openapi_version.startswith("3.1"):
                self.diagnostics.warning(
                    loc.child("nullable"),
                    "'nullable' is not part of OpenAPI 3.1",
                    "use type: [X, 'null'] or anyOf with null",
                )
            not_null = {k: v for k, v in schema.items() if k != "nullable"}
            return _nullable(self.type_of(not_null, loc, side, hint))
        if isinstance(schema.get("allOf"), list):
            parts = schema["allOf"]
            substantive = [i for i, part in enumerate(parts) if _substantive(part)]
            single_ref = (
                len(substantive) == 1 and isinstance(parts[substantive[0]], dict) and "$ref" in parts[substantive[0]]
            )
            if single_ref and not _substantive({k: v for k, v in schema.items() if k != "allOf"}):
                # `allOf: [{$ref: X}]` plus annotations is X itself (nullable when an annotation says so)
                index = substantive[0]
                referenced = self.type_of(parts[index], loc.child("allOf", index), side, hint)
                nullable = schema.get("nullable") is True or any(
                    isinstance(p, dict) and p.get("nullable") is True for p in parts
                )
                return _nullable(referenced) if nullable else referenced
            merged = self._merge_all_of(schema, loc)
            if "allOf" not in merged:
                return self.type_of(merged, loc, side, hint)
        if "const" in schema:
            return self._literal([schema["const"]], schema, "const", loc, side, hint)
        if "enum" in schema and isinstance(schema["enum"], list) and schema["enum"]:
            return self._literal(schema["enum"], schema, "enum", loc, side, hint)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._union(schema, key, loc, side, hint)
        type_ = schema.get("type")
        if isinstance(type_, list):
            non_null = [t for t in type_ if t != "null"]
            base = {**schema, "type": non_null[0]} if len(non_null) == 1 else None
            if base is not None:
                inner = self.type_of(base, loc, side, hint)
            else:
                inner = UnionOf(tuple(self.type_of({**schema, "type": t}, loc, side, hint) for t in non_null))
            if "null" in type_:
                self._warn_null_type(loc.child("type"))
                return _nullable(inner)
            return inner
        if type_ == "null":
            self._warn_null_type(loc.child("type"))
            return Prim("None")
        if type_ == "array":
            return ListOf(self.type_of(schema.get("items", {}), loc.child("items"), side, naming.singular(hint)))
        if type_ == "string" and schema.get("format") == "binary":
            return Prim("FileTypes") if side == "request" else Prim("bytes")
        if type_ in _SCALARS:
            return Prim(_SCALARS[type_])
        if type_ == "object" or "properties" in schema:
            if not schema.get("properties"):
                extra = schema.get("additionalProperties")
                if isinstance(extra, dict) and extra:
                    return MapOf(self.type_of(extra, loc.child("additionalProperties"), side, hint + "Value"))
                return MapOf(Prim("object"))
            return self._inline_object(schema, loc, side, hint)
        if type_ is not None:
            self.diagnostics.error(loc.child("type"), f"unknown schema type {type_!r}")
        return Prim("object")

    def _literal(
        self, values: list[Any], schema: dict[str, Any], key: str, loc: Location, side: Side, hint: str
    ) -> TypeExpr:
        """`Literal[...]` for str/int/bool values (None makes it Optional); other values keep the schema's type."""
        if not all(v is None or isinstance(v, (str, int, bool)) for v in values):
            rest = {k: v for k, v in schema.items() if k not in ("enum", "const")}
            return self.type_of(rest, loc, side, hint) if rest.get("type") else Prim("object")
        unique: list[Any] = []
        for value in values:
            if value is not None and not any(type(u) is type(value) and u == value for u in unique):
                unique.append(value)
        if not unique:
            return Prim("None")
        lit = Lit(tuple(unique))
        return Nullable(lit) if None in values else lit

    def _union(self, schema: dict[str, Any], key: str, loc: Location, side: Side, hint: str) -> TypeExpr:
        variants = schema[key]
        if not isinstance(variants, list) or not variants:
            self.diagnostics.error(loc.child(key), f"'{key}' must be a non-empty list")
            return Prim("object")
        members: list[TypeExpr] = []
        nullable = False
        disc_spec = schema.get("discriminator")
        tag = disc_spec.get("propertyName") if isinstance(disc_spec, dict) else None
        hints = self._variant_hints(variants, tag if isinstance(tag, str) else None)
        for i, variant in enumerate(variants):
            if isinstance(variant, dict) and variant.get("type") == "null":
                self._warn_null_type(loc.child(key, i, "type"))
                nullable = True
                continue
            members.append(self.type_of(variant, loc.child(key, i), side, hint + hints[i]))
        members = _dedupe(members)
        discriminator = None
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            discriminator = disc["propertyName"]
            if not all(isinstance(m, Named) for m in members):
                discriminator = None
        result: TypeExpr = members[0] if len(members) == 1 else UnionOf(tuple(members), discriminator)
        return _nullable(result) if nullable else result

    def _variant_hints(self, variants: list[Any], tag: str | None) -> list[str]:
        """Name suffixes of a union's inline members: their `type` (or discriminator) const, or their title;
        members left with the same suffix are told apart by the properties only they have (`WithColor`)."""
        first = [self._variant_hint(v, tag) for v in variants]
        hints = list(first)
        inline = [i for i, v in enumerate(variants) if isinstance(v, dict) and "$ref" not in v and _properties(v)]
        for i in inline:
            same = [j for j in inline if j != i and first[j] == first[i]]
            if not same:
                continue
            others: set[str] = set()
            for j in same:
                others |= set(_properties(variants[j]))
            own = [str(p) for p in _properties(variants[i]) if p not in others]
            if own:
                hints[i] = first[i] + "With" + "".join(naming.pascal(p) for p in own[:2])
        return hints

    def _variant_hint(self, variant: Any, tag: str | None) -> str:
        """An inline union member is named after its `type` const, its discriminator const, or its title."""
        if not isinstance(variant, dict) or "$ref" in variant:
            return ""
        properties = variant.get("properties") if isinstance(variant.get("properties"), dict) else {}
        for name in ("type", tag):
            prop = (properties or {}).get(name) if name else None
            if isinstance(prop, dict) and isinstance(prop.get("const"), str):
                return naming.pascal(prop["const"])
        if isinstance(variant.get("title"), str):
            return naming.pascal(variant["title"])
        return ""

    def _by_schema_name(self, key: str) -> str | None:
        found = self._by_schema.get((key, "response")) or self._by_schema.get((key, "request"))
        return found.name if found else None

    def _named_schema(self, key: str, node: Any, loc: Location, side: Side) -> TypeExpr:
        if side == "request" and key in self._body_params:
            return self._body_params[key]
        if side == "request" and naming.param_type_name(key) != key and naming.param_type_name(key) in self._schemas:
            # `TextBlock` next to a `TextBlockParam` schema is a response shape accepted back as input
            side = "response"
        existing = self._by_schema.get((key, side))
        if existing is not None:
            return existing
        if not _defines_type(node) and not (isinstance(node, dict) and "$ref" in node):
            # A named alias of a scalar: inline it rather than adding a module.
            return self.type_of(node, loc, side, key)
        name = self.config.type_names.get(key) or naming.type_name(key)
        name = naming.param_type_name(name) if side == "request" else name
        package = self.config.package_for_type(key)
        named = Named(f"{package}.{naming.module_name(name)}", name)
        owner = self._schema_owner.setdefault((named.module.lower(), named.name.lower()), key)
        # A `$ref`-only schema spelled like its target (`InputJsonDelta` -> `InputJSONDelta`) is a deliberate alias.
        spelling_alias = (
            isinstance(node, dict)
            and set(node) <= {"$ref", "description"}
            and named.name != self._by_schema_name(owner)
        )
        if owner != key and not spelling_alias:
            self.diagnostics.error(
                loc,
                f"schema keys {owner!r} and {key!r} both become the type name {named.name!r}",
                "rename one schema, or set a name in sdk.yaml 'type_names'",
            )
        self._by_schema[(key, side)] = named
        self._queue.append(_Pending(named, side, node, loc, key))
        return named

    def _inline_object(self, schema: dict[str, Any], loc: Location, side: Side, hint: str) -> TypeExpr:
        override = self.config.type_names.get(loc.pointer.lstrip("/")) or self.config.type_names.get(str(loc))
        name = override or (schema["title"] if _usable_title(schema.get("title")) and not hint else hint)
        if not name:
            self.diagnostics.error(loc, "cannot name this inline object", "give it a title or move it to components")
            return MapOf(Prim("object"))
        name = naming.safe_type_name(naming.pascal(name)) if not override else name
        module = self._current_module or f"{self._current_package}.{naming.module_name(name)}"
        if (module, name) in self._aliases_in_progress:
            name += "Item"
        named = Named(module, name)
        self._object(named, side, schema, loc)
        return named

    _current_module: str | None = None
    _current_package: str = "types"

    def _drain(self) -> None:
        while self._queue:
            pending = self._queue.pop(0)
            node = self._merge_all_of(pending.node, pending.location)
            previous = self._current_module
            self._current_module = pending.named.module
            try:
                if (
                    isinstance(node, dict)
                    and (node.get("type") == "object" or "properties" in node)
                    and node.get("properties")
                ):
                    self._object(pending.named, pending.side, node, pending.location)
                else:
                    # inline objects inside the alias (a list's items) may not take the alias's own name
                    self._aliases_in_progress.add((pending.named.module, pending.named.name))
                    target = self.type_of(node, pending.location, pending.side, pending.named.name)
                    self._aliases_in_progress.discard((pending.named.module, pending.named.name))
                    doc = _text(node.get("description")) if isinstance(node, dict) else None
                    self._define(
                        AliasDef(pending.named.name, pending.named.module, pending.side, target, doc, pending.location)
                    )
            finally:
                self._current_module = previous

    def _object(self, named: Named, side: Side, schema: dict[str, Any], loc: Location) -> None:
        existing = self.definitions.get((named.module, named.name))
        if existing is not None:
            if existing.location != loc:
                self.diagnostics.error(
                    loc,
                    f"type name {named.name!r} in module {named.module!r} is also produced by {existing.location}",
                    "give this inline schema a title, move it to components/schemas, or rename the other one",
                )
            return
        required = set(schema.get("required") or [])
        fields: list[Field] = []
        placeholder = ObjectDef(named.name, named.module, side, (), None, loc)
        self.definitions[(named.module, named.name)] = placeholder  # recursion guard
        previous = self._current_module
        self._current_module = named.module
        try:
            seen: dict[str, str] = {}
            for prop, prop_schema in (schema.get("properties") or {}).items():
                prop_loc = loc.child("properties", prop)
                name = naming.identifier(str(prop))
                if side == "response" and name in naming.RESERVED_MODEL_ATTRIBUTES:
                    name += "_"
                if name in seen:
                    self.diagnostics.error(
                        prop_loc,
                        f"property {prop!r} and {seen[name]!r} both become the Python name {name!r}",
                        "rename one of them in the spec",
                    )
                    continue
                seen[name] = str(prop)
                type_ = self.type_of(prop_schema, prop_loc, side, named.name + naming.pascal(str(prop)))
                doc = _text(prop_schema.get("description")) if isinstance(prop_schema, dict) else None
                fields.append(Field(name, str(prop), type_, prop in required, doc))
        finally:
            self._current_module = previous
        del self.definitions[(named.module, named.name)]
        self._define(ObjectDef(named.name, named.module, side, tuple(fields), _text(schema.get("description")), loc))

    def _define(self, definition: Definition) -> None:
        key = (definition.module, definition.name)
        existing = self.definitions.get(key)
        if existing is not None:
            if existing != definition and existing.location != definition.location:
                self.diagnostics.error(
                    definition.location,
                    f"type name {definition.name!r} in module {definition.module!r} is also produced by "
                    f"{existing.location}",
                    "rename one schema, or set a name in sdk.yaml 'type_names'",
                )
            return
        lowered = (definition.module.lower(), definition.name.lower())
        # A spelling alias of a type in its own module (`InputJsonDelta` for `InputJSONDelta`) is deliberate.
        spelling_alias = isinstance(definition, AliasDef) and isinstance(definition.target, Named)
        if lowered in self._owners and self._owners[lowered] != definition.location and not spelling_alias:
            self.diagnostics.error(
                definition.location,
                f"type name {definition.name!r} in module {definition.module!r} is also produced by {self._owners[lowered]}",
                "rename one schema, or set a name in sdk.yaml 'type_names'",
            )
            return
        self._owners[lowered] = definition.location
        module_key = definition.module
        for other_module, other_name in self.definitions:
            if (
                other_name == definition.name
                and other_module != module_key
                and other_module.rsplit(".", 1)[0] == module_key.rsplit(".", 1)[0]
            ):
                self.diagnostics.error(
                    definition.location,
                    f"type name {definition.name!r} is produced twice in package {module_key.rsplit('.', 1)[0]!r}",
                    "rename one schema, or set a name in sdk.yaml 'type_names'",
                )
                return
        self.definitions[key] = definition

    def _merge_all_of(self, schema: Any, loc: Location, seen: frozenset[str] = frozenset()) -> Any:
        """`allOf` of objects becomes one object with the union of properties and required lists.

        Parts that only annotate (description, nullable, ...) are folded in; any other non-object part
        leaves the schema as it is, for the union/alias path.
        """
        if not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
            return schema
        here = str(loc)
        if here in seen:
            self.diagnostics.error(loc.child("allOf"), "allOf includes itself", "break the cycle with a $ref property")
            return {k: v for k, v in schema.items() if k != "allOf"}
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for i, part in enumerate(schema["allOf"]):
            resolved = self.document.resolve(part, loc.child("allOf", i))
            node = self._merge_all_of(resolved.node, resolved.location, seen | {here})
            if isinstance(node, dict) and not _substantive(node):
                if node.get("nullable") is True:
                    merged["nullable"] = True
                for key in ("description", "title"):
                    if key in node:
                        merged.setdefault(key, node[key])
                continue
            if not isinstance(node, dict) or not (node.get("type") == "object" or "properties" in node):
                return schema  # not an object composition: leave it to the union/alias path
            properties.update(node.get("properties") or {})
            required.extend(r for r in node.get("required") or [] if r not in required)
            for key in ("description", "title"):
                merged.setdefault(key, node.get(key))
        merged.update(type="object", properties=properties, required=required)
        return merged

    def _emit_remaining_schemas(self) -> None:
        """Schemas no operation reaches are still public types (errors, stream event aliases)."""
        schemas = (self.document.root.get("components") or {}).get("schemas") or {}
        loc = self.document.root_location.child("components", "schemas")
        page_envelopes = self._page_envelopes()
        for key, node in schemas.items():
            if key in self._body_params or key in page_envelopes:
                continue
            if any((key, side) in self._by_schema for side in ("response", "request")):
                continue
            if not _defines_type(node) and not (isinstance(node, dict) and "$ref" in node):
                continue
            side: Side = "response"
            if isinstance(node, dict) and "$ref" in node:
                # A named alias of another schema takes the side its target is used on.
                target = self.document.resolve(node, loc.child(key)).name
                if target and (target, "request") in self._by_schema and (target, "response") not in self._by_schema:
                    side = "request"
            self._named_schema(key, node, loc.child(key), side)
            self._drain()

    def _page_envelopes(self) -> set[str]:
        names: set[str] = set()
        ops = {m.op_key for r, _ in _walk_config(self.config.resources) for m in r.methods if m.page}
        for key in ops:
            method, _, path = key.partition(" ")
            op = ((self.document.root.get("paths") or {}).get(path) or {}).get(method) or {}
            for code, response in (op.get("responses") or {}).items():
                if not str(code).startswith("2"):
                    continue
                for entry in ((response or {}).get("content") or {}).values():
                    ref = ((entry or {}).get("schema") or {}).get("$ref")
                    if isinstance(ref, str):
                        names.add(ref.rsplit("/", 1)[-1])
        return names

    def _check_extensions(self, schema: dict[str, Any], loc: Location) -> None:
        for key in schema:
            unknown = isinstance(key, str) and key.startswith("x-") and not key.startswith(KNOWN_EXTENSIONS)
            if unknown and key not in self._warned_extensions:
                self._warned_extensions.add(key)
                self.diagnostics.warning(loc.child(key), f"unknown extension {key!r} is ignored")


# ---- helpers -----------------------------------------------------------------------------------


def _walk(resources: tuple[Resource, ...]) -> list[Resource]:
    found: list[Resource] = []
    for resource in resources:
        found.append(resource)
        found.extend(_walk(resource.children))
    return found


def _walk_config(
    resources: tuple[ResourceConfig, ...], parent: tuple[str, ...] = ()
) -> list[tuple[ResourceConfig, tuple[str, ...]]]:
    found: list[tuple[ResourceConfig, tuple[str, ...]]] = []
    for resource in resources:
        path = (*parent, resource.name)
        found.append((resource, path))
        found.extend(_walk_config(resource.resources, path))
    return found


def _fixed_betas(resources: tuple[ResourceConfig, ...], path: tuple[str, ...]) -> tuple[str, ...]:
    betas: list[str] = []
    level = resources
    for name in path:
        match = next((r for r in level if r.name == name), None)
        if match is None:
            break
        betas.extend(b for b in match.fixed_betas if b not in betas)
        level = match.resources
    return tuple(betas)


def _params_package(path: tuple[str, ...]) -> str:
    """Params of `beta.messages.batches` live in `types.beta.messages`, as in the official SDK."""
    return ".".join(("types", *path[:-1]))


def _accept(op: dict[str, Any], kind: str) -> str | None:
    """The media type to request for binary and JSONL responses (the client asks for JSON otherwise)."""
    if kind not in ("binary", "jsonl"):
        return None
    for code, response in (op.get("responses") or {}).items():
        if str(code).startswith("2") and isinstance(response, dict):
            for media in response.get("content") or {}:
                return str(media)
    return None


def _has_params(params: list[Param]) -> bool:
    """A params TypedDict is emitted for methods with query or body arguments (headers alone do not count)."""
    return any(p.kind in ("query", "body") and p.name != "body" for p in params)


_KIND_PRIORITY = {"body": 0, "path": 1, "query": 2, "header": 3}


def _resolve_param_collisions(params: list[Param], loc: Location, diagnostics: Diagnostics) -> list[Param]:
    """Parameters of different kinds with one Python name: the body one keeps it (it mirrors the params
    TypedDict), then path, query, header; the others take their kind as prefix (`path_username`)."""
    by_name: dict[str, list[Param]] = {}
    for param in params:
        by_name.setdefault(param.name, []).append(param)
    renamed: dict[int, str] = {}
    for name, group in by_name.items():
        kinds = {p.kind for p in group}
        if len(group) < 2 or len(kinds) < 2:
            continue
        keeper = min(group, key=lambda p: _KIND_PRIORITY.get(p.kind, 9))
        for param in group:
            if param is not keeper and param.kind != keeper.kind:
                renamed[id(param)] = f"{param.kind}_{name}"
    result = [replace(p, name=renamed[id(p)]) if id(p) in renamed else p for p in params]
    _check_param_collisions(result, loc, diagnostics)
    return result


def _check_param_collisions(params: list[Param], loc: Location, diagnostics: Diagnostics) -> None:
    seen: dict[str, Param] = {}
    for param in params:
        other = seen.get(param.name)
        if other is not None:
            diagnostics.error(
                loc,
                f"{param.kind} parameter {param.wire_name!r} and {other.kind} parameter {other.wire_name!r} "
                f"both become the argument {param.name!r}",
                "rename one in the spec",
            )
        seen[param.name] = param


def _success_code(responses: dict[Any, Any]) -> Any:
    """The response the method returns: the lowest 2XX code (200 before 201 ...), else `2XX`, else `default`."""
    codes = sorted((str(code), code) for code in responses if re.fullmatch(r"2\d\d", str(code)))
    if codes:
        return codes[0][1]
    for code in responses:
        if str(code).upper() == "2XX":
            return code
    return next((code for code in responses if str(code) == "default"), None)


def _nullable(inner: TypeExpr) -> TypeExpr:
    return inner if isinstance(inner, Nullable) else Nullable(inner)


def _dedupe(items: list[TypeExpr]) -> list[TypeExpr]:
    unique: list[TypeExpr] = []
    for item in items:
        if item not in unique:
            unique.append(item)
    return unique


def _defines_type(node: Any) -> bool:
    """Whether a named schema deserves its own definition (objects, unions, enums, consts)."""
    if not isinstance(node, dict):
        return False
    if node.get("properties") or any(k in node for k in ("oneOf", "anyOf", "enum", "const", "allOf")):
        return True
    return node.get("type") in ("object", "array")


# Keywords that only describe a schema; a schema (or allOf part) made of these alone adds no shape.
_ANNOTATION_KEYS = {
    "description",
    "title",
    "nullable",
    "default",
    "example",
    "examples",
    "readOnly",
    "writeOnly",
    "deprecated",
    "externalDocs",
    "xml",
    "$comment",
    "discriminator",
}


def _substantive(node: Any) -> bool:
    """Whether a schema says something about the shape of values (not only annotations)."""
    if not isinstance(node, dict):
        return node is not True
    return any(k not in _ANNOTATION_KEYS and not str(k).startswith("x-") for k in node)


def _properties(schema: Any) -> dict[str, Any]:
    """An inline schema's properties (an array's items' for an array)."""
    if isinstance(schema, dict) and schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        schema = schema["items"]
    properties = schema.get("properties") if isinstance(schema, dict) else None
    return properties if isinstance(properties, dict) else {}


def _usable_title(title: Any) -> bool:
    return isinstance(title, str) and bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9 _-]*", title))


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def build_api(document: Document, config: SdkConfig, diagnostics: Diagnostics) -> Api:
    return Builder(document, config, diagnostics).build()

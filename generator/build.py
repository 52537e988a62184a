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
from dataclasses import dataclass, field
from typing import Any

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
        count = sum(1 for r in _walk(resources) for _ in r.methods)
        return Api(
            package=self.config.package_name,
            version=self.config.version,
            resources=resources,
            definitions=tuple(sorted(self.definitions.values(), key=lambda d: (d.module, d.name))),
            endpoint_count=count,
            skipped=dict(self.config.skip),
        )

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
                body = _json_body(op) or _multipart_body(op)
                if body is not None and isinstance(body[0], dict) and isinstance(body[0].get("$ref"), str):
                    key = body[0]["$ref"].rsplit("/", 1)[-1]
                    target = Named(named.module, name + "NonStreaming") if method.stream else named
                    self._body_params.setdefault(key, target)

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
        for i, raw in enumerate([*op.get("_shared_parameters", []), *(op.get("parameters") or [])]):
            param = self._parameter(raw, loc.child("parameters", i), hint)
            if param is not None:
                params.append(param)
        multipart = False
        body = _json_body(op)
        body_loc = loc.child("requestBody", "content")
        if body is None and _content(op.get("requestBody"), "multipart/form-data") is not None:
            body = (_content(op.get("requestBody"), "multipart/form-data"), "multipart/form-data")
            multipart = True
        if body is not None:
            schema, media = body
            params.extend(self._body_params_of(schema, body_loc.child(media, "schema"), hint))
        _check_param_collisions(params, loc, self.diagnostics)
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
                name = naming.identifier(naming.snake(wire))
        else:
            name = naming.identifier(wire)
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
                    name=naming.identifier(prop),
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
        success = next((str(code) for code in responses if str(code) in ("200", "201", "202", "2XX")), None)
        if success is None:
            if not any(str(code) == "204" for code in responses):
                self.diagnostics.warning(loc.child("responses"), "no 2XX response; the method returns None")
            return "none", None, None
        resolved = self.document.resolve(responses[success], loc.child("responses", success))
        content = resolved.node.get("content") if isinstance(resolved.node, dict) else None
        content_loc = resolved.location.child("content")
        if not content:
            return "none", None, None
        stream_event = None
        for media in SSE_TYPES:
            if media in content:
                stream_event = self.type_of(
                    content[media].get("schema", {}), content_loc.child(media, "schema"), "response", hint + "Event"
                )
        for media, entry in content.items():
            base = media.split(";")[0].strip()
            schema = (entry or {}).get("schema", {})
            schema_loc = content_loc.child(media, "schema")
            if base in JSON_TYPES or base.endswith("+json"):
                if config.page:
                    return "page", self._page_item(schema, schema_loc, hint), stream_event
                return "json", self.type_of(schema, schema_loc, "response", hint + "Response"), stream_event
            if base in JSONL_TYPES:
                return "jsonl", self.type_of(schema, schema_loc, "response", hint + "Response"), stream_event
        if any(m.split(";")[0].strip() in BINARY_TYPES for m in content):
            return "binary", None, stream_event
        if stream_event is not None:
            return "json", stream_event, stream_event
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
        # Header arguments are keyed by their Python name (`betas`), as the method takes them.
        fields = tuple(
            Field(p.name, p.name if p.kind == "header" else p.wire_name, p.type, p.required, p.doc)
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
            inner = {k: v for k, v in schema.items() if k != "nullable"}
            return _nullable(self.type_of(inner, loc, side, hint))
        if "allOf" in schema:
            merged = self._merge_all_of(schema, loc)
            if "allOf" not in merged:
                return self.type_of(merged, loc, side, hint)
        if "const" in schema:
            return Lit((schema["const"],))
        if "enum" in schema and isinstance(schema["enum"], list):
            values = tuple(schema["enum"])
            has_null = None in values
            lit = Lit(tuple(v for v in values if v is not None))
            return Nullable(lit) if has_null else lit
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

    def _union(self, schema: dict[str, Any], key: str, loc: Location, side: Side, hint: str) -> TypeExpr:
        variants = schema[key]
        if not isinstance(variants, list) or not variants:
            self.diagnostics.error(loc.child(key), f"'{key}' must be a non-empty list")
            return Prim("object")
        members: list[TypeExpr] = []
        nullable = False
        for i, variant in enumerate(variants):
            if isinstance(variant, dict) and variant.get("type") == "null":
                self._warn_null_type(loc.child(key, i, "type"))
                nullable = True
                continue
            members.append(self.type_of(variant, loc.child(key, i), side, hint + self._variant_hint(variant, loc)))
        members = _dedupe(members)
        discriminator = None
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            discriminator = disc["propertyName"]
            if not all(isinstance(m, Named) for m in members):
                discriminator = None
        result: TypeExpr = members[0] if len(members) == 1 else UnionOf(tuple(members), discriminator)
        return _nullable(result) if nullable else result

    def _variant_hint(self, variant: Any, loc: Location) -> str:
        """An inline union member is named after its discriminator const, or its title."""
        if not isinstance(variant, dict) or "$ref" in variant:
            return ""
        type_prop = (variant.get("properties") or {}).get("type")
        if isinstance(type_prop, dict) and isinstance(type_prop.get("const"), str):
            return naming.pascal(type_prop["const"])
        if isinstance(variant.get("title"), str):
            return naming.pascal(variant["title"])
        return ""

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
        name = self.config.type_names.get(key, key)
        name = naming.param_type_name(name) if side == "request" else name
        package = self.config.package_for_type(key)
        named = Named(f"{package}.{naming.module_name(name)}", name)
        self._by_schema[(key, side)] = named
        self._queue.append(_Pending(named, side, node, loc, key))
        return named

    def _inline_object(self, schema: dict[str, Any], loc: Location, side: Side, hint: str) -> TypeExpr:
        override = self.config.type_names.get(loc.pointer.lstrip("/")) or self.config.type_names.get(str(loc))
        name = override or (schema["title"] if _usable_title(schema.get("title")) and not hint else hint)
        if not name:
            self.diagnostics.error(loc, "cannot name this inline object", "give it a title or move it to components")
            return MapOf(Prim("object"))
        name = naming.pascal(name) if not override else name
        module = self._current_module or f"{self._current_package}.{naming.module_name(name)}"
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
                    target = self.type_of(node, pending.location, pending.side, pending.named.name)
                    doc = _text(node.get("description")) if isinstance(node, dict) else None
                    self._define(
                        AliasDef(pending.named.name, pending.named.module, pending.side, target, doc, pending.location)
                    )
            finally:
                self._current_module = previous

    def _object(self, named: Named, side: Side, schema: dict[str, Any], loc: Location) -> None:
        if (named.module, named.name) in self.definitions:
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
        if key in self.definitions:
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

    def _merge_all_of(self, schema: Any, loc: Location) -> Any:
        """`allOf` of objects becomes one object with the union of properties and required lists."""
        if not isinstance(schema, dict) or "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for i, part in enumerate(schema["allOf"]):
            resolved = self.document.resolve(part, loc.child("allOf", i))
            node = self._merge_all_of(resolved.node, resolved.location)
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


def _content(body: Any, media: str) -> Any:
    if not isinstance(body, dict):
        return None
    content = body.get("content") or {}
    entry = content.get(media)
    return entry.get("schema") if isinstance(entry, dict) else None


def _json_body(op: dict[str, Any]) -> tuple[Any, str] | None:
    body = op.get("requestBody")
    if not isinstance(body, dict):
        return None
    for media in body.get("content") or {}:
        base = media.split(";")[0].strip()
        if base in JSON_TYPES or base.endswith("+json") or base == "application/x-www-form-urlencoded":
            return _content(body, media), media
    return None


def _accept(op: dict[str, Any], kind: str) -> str | None:
    """The media type to request for binary and JSONL responses (the client asks for JSON otherwise)."""
    if kind not in ("binary", "jsonl"):
        return None
    for code, response in (op.get("responses") or {}).items():
        if str(code).startswith("2") and isinstance(response, dict):
            for media in response.get("content") or {}:
                return str(media)
    return None


def _multipart_body(op: dict[str, Any]) -> tuple[Any, str] | None:
    schema = _content(op.get("requestBody"), "multipart/form-data")
    return (schema, "multipart/form-data") if schema is not None else None


def _has_params(params: list[Param]) -> bool:
    """A params TypedDict is emitted for methods with query or body arguments (headers alone do not count)."""
    return any(p.kind in ("query", "body") and p.name != "body" for p in params)


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


def _usable_title(title: Any) -> bool:
    return isinstance(title, str) and bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9 _-]*", title))


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def build_api(document: Document, config: SdkConfig, diagnostics: Diagnostics) -> Api:
    return Builder(document, config, diagnostics).build()

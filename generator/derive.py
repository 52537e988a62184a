"""Derive the SDK's shape (an sdk.yaml document) from an OpenAPI description alone.

Used when there is no sdk.yaml (`--config none`, or none next to the spec) and for
every top-level section a minimal sdk.yaml leaves out (`package`, `client`,
`header_params`, `resources`, `exports_from`). The result is an ordinary sdk.yaml
mapping, so `python -m generator init` can print it as a starting point.

The rules, in order:

* **package and client names** come from `info.title`: its words without the
  generic ones (`API`, `OpenAPI`, `Swagger`, `REST`, `service`, versions), so
  "Swagger Petstore - OpenAPI 3.0" gives package `petstore` and clients
  `Petstore` / `AsyncPetstore`. A name that would shadow a standard-library or
  runtime-dependency module gets a `_sdk` suffix. The package version is
  `info.version` when it is a plain dotted number, else `0.0.0`.
* **base URL**: the first `servers` entry (variables replaced by their
  defaults; a relative URL is resolved against `http://localhost`), env var
  `<PACKAGE>_BASE_URL`.
* **auth** from `components.securitySchemes`, the ones the root `security`
  lists first: http bearer, oauth2 and openIdConnect send `Authorization:
  Bearer <token>`; apiKey in a header sends that header; http basic sends
  `Authorization: Basic <credentials>` where `<credentials>` is the already
  base64-encoded `user:password` (the runtime has no username/password scheme
  yet); apiKey in a query string or cookie cannot be expressed by the runtime's
  AuthScheme and is reported as a warning. Parameters are named by kind
  (`api_key`, `bearer_token`, `access_token`, `basic_credentials`), by the scheme
  key when two schemes share a kind; env vars are `<PACKAGE>_<PARAM>`. A spec
  without security schemes whose operations take a credential-looking header
  (`x-api-key`, `api-key`, `authorization`, `*-token`) gets that header as an
  API-key scheme, so it is not a method argument.
* **header_params**: header parameters that carry `x-stainless-param` (in their
  schema or its `x-stainless-override-schema`) keep that argument name.
* **resources** from paths: leading `api`, version (`v1`, `v2beta`) and numeric
  segments are dropped; the remaining static segments are nested resources
  (`/v1/pets/{pet_id}/photos` -> `pets.photos`). A path key with a fixed query
  (`/v1/messages?beta=true`) puts its resources under a namespace named after
  the query key (`beta.messages`). A path without static segments uses its
  operation's first tag, else `root`. A trailing static segment that is the
  only operation on its path and has nothing below it is an *action* of the
  resource above it (`POST /batches/{id}/cancel` -> `batches.cancel`), unless it
  is one plural noun right after a static segment (`POST /chat/completions` ->
  `chat.completions.create`).
* **method names**: the list/create/retrieve/update/delete conventions for
  operations on a collection or an item (a collection GET that does not
  return a list is `retrieve`); otherwise, and wherever two operations of one
  resource would get the same name, the operationId without the words the
  resource path already says (`findPetsByStatus` on `pet` -> `find_by_status`,
  FastAPI's `list_files_v1_files_get` -> `list`; one that says no more than
  the HTTP verb is ignored), then `update` for a POST on an item, else the
  HTTP verb plus the action segment. An operation that still shares its name with another is
  left out (listed under `skip`) with a warning naming both; write an sdk.yaml
  for that API. Operations the sdk.yaml lists under `skip` are left out too.
* **pagination**: a list whose response has `data` (array), `has_more` and
  `last_id` and whose query takes `after_id` uses `Page`; `data`, `has_more`,
  `next_page` with a `page` query uses `PageCursor` (the runtime's two schemes).
* **streaming**: a JSON operation that can also answer `text/event-stream` and
  whose body has a boolean `stream` property gets `stream: true`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import Any, Collection
from urllib.parse import parse_qsl, urljoin

import yaml

from . import naming
from .config import HTTP_METHODS
from .diagnostics import Diagnostic, Location
from .load import Document

# Sections of sdk.yaml that derivation can fill in when the file leaves them out.
DERIVED_SECTIONS = ("package", "client", "header_params", "resources", "exports_from")
# Sections derived together with `resources` (merged with the file's own, which wins).
COMPANION_SECTIONS = {"resources": ("skip",)}

_PREFIX_SEGMENT = re.compile(r"^(api|rest|v\d+[a-z0-9]*|\d+([._-]\d+)*)$", re.IGNORECASE)
_GENERIC_TITLE_WORDS = {
    "api",
    "apis",
    "openapi",
    "swagger",
    "rest",
    "restful",
    "http",
    "https",
    "json",
    "service",
    "services",
    "spec",
    "specification",
    "the",
    "sdk",
    "client",
    "server",
    "definition",
    "documentation",
    "docs",
}
_VERSION_WORD = re.compile(r"^v?\d+([._-]?\w*)*$", re.IGNORECASE)
# Modules a generated package must not shadow (it is imported as a top-level name).
_TAKEN_MODULES = set(sys.stdlib_module_names) | {
    "anyio",
    "distro",
    "httpx",
    "jiter",
    "pydantic",
    "pydantic_core",
    "sniffio",
    "typing_extensions",
    "docstring_parser",
    "generator",
    "tests",
}
_LIST_PROPERTIES = {"data", "items", "results", "entries", "records", "values", "elements", "list"}
_CREDENTIAL_HEADER = re.compile(r"^(x-)?(api[-_]?key|auth[-_]?token|access[-_]?token|authorization|token)$", re.I)
_COLLECTION_VERBS = {"get": "list", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
_ITEM_VERBS = {"get": "retrieve", "put": "update", "patch": "update", "delete": "delete"}


@dataclass(frozen=True)
class DerivedConfig:
    """An sdk.yaml mapping derived from the spec, where it came from, and the warnings of each section."""

    data: dict[str, Any]
    location: Location
    notes: dict[str, list[Diagnostic]]

    def yaml_text(self, sections: tuple[str, ...] = DERIVED_SECTIONS) -> str:
        chosen = {key: self.data[key] for key in sections if key in self.data}
        return yaml.safe_dump(chosen, sort_keys=False, allow_unicode=True, width=120)


@dataclass
class _Op:
    verb: str
    key: str  # the path key as written in the spec
    node: dict[str, Any]
    location: Location
    namespace: tuple[str, ...]
    statics: tuple[str, ...]  # resource names of the static segments, in order
    raw_tail: str | None  # the last segment's text when it is static
    item: bool  # the path ends in a parameter
    action: bool = False
    chain: tuple[str, ...] = ()
    name: str = ""

    @property
    def op_string(self) -> str:
        return f"{self.verb} {self.key}"


@dataclass
class _Resource:
    name: str
    methods: dict[str, dict[str, Any] | str] = field(default_factory=dict)
    children: dict[str, _Resource] = field(default_factory=dict)
    singular: str = ""


def derive_config(document: Document, skip: Collection[str] = ()) -> DerivedConfig:
    """The whole derived sdk.yaml; operations named in `skip` ("get /v1/x") are left out of the resources."""
    return _Deriver(document, set(skip)).derive()


class _Deriver:
    def __init__(self, document: Document, skip: set[str]) -> None:
        self.document = document
        self.skip = skip
        self.skipped: dict[str, str] = {}
        self.auth_params: set[str] = set()
        self.root: dict[str, Any] = document.root if isinstance(document.root, dict) else {}
        self.loc = document.root_location
        self.notes: dict[str, list[Diagnostic]] = {section: [] for section in DERIVED_SECTIONS}

    def _note(self, section: str, location: Location | None, message: str, hint: str | None = None) -> None:
        self.notes[section].append(Diagnostic(location, message, "warning", hint))

    def derive(self) -> DerivedConfig:
        package = self._package_name()
        ops = self._operations()
        client = self._client(package, ops)
        data: dict[str, Any] = {
            "package": {"name": package, "version": self._version()},
            "client": client,
            "header_params": self._header_params(ops),
            "resources": self._resources([op for op in ops if op.op_string not in self.skip]),
            "exports_from": ["_types", "_exceptions"],
        }
        if self.skipped:
            data["skip"] = dict(self.skipped)
        location = Location(f"{self.loc.file} (derived sdk.yaml)")
        return DerivedConfig(data, location, self.notes)

    # ---- package and client --------------------------------------------------------------------

    def _info(self) -> dict[str, Any]:
        info = self.root.get("info")
        return info if isinstance(info, dict) else {}

    def _package_name(self) -> str:
        title = self._info().get("title")
        kept: list[str] = []
        for raw in re.split(r"[^0-9A-Za-z]+", naming.ascii_fold(title) if isinstance(title, str) else ""):
            if not raw or raw.lower() in _GENERIC_TITLE_WORDS or _VERSION_WORD.match(raw):
                continue
            kept += [w for w in naming.snake(raw).split("_") if w and w not in _GENERIC_TITLE_WORDS]
        name = ""
        for word in kept:  # at most ~32 characters, whole words
            if name and len(name) + len(word) + 1 > 32:
                break
            name = f"{name}_{word}" if name else word
        if not name:
            name = "api_client"
        if name[0].isdigit():
            name = "api_" + name
        if name in _TAKEN_MODULES or naming.keyword.iskeyword(name):
            name += "_sdk"
        return name

    def _version(self) -> str:
        version = self._info().get("version")
        text = str(version) if isinstance(version, (str, int, float)) else ""
        return text if re.fullmatch(r"\d+(\.\d+)*", text) else "0.0.0"

    def _client(self, package: str, ops: list[_Op]) -> dict[str, Any]:
        name = naming.pascal(package)
        env_prefix = package.upper()
        auth = self._auth(env_prefix, ops)
        self.auth_params = {entry["param"] for entry in auth}
        return {
            "sync_name": name,
            "async_name": "Async" + name,
            "base_url": {"default": self._base_url(), "env": f"{env_prefix}_BASE_URL"},
            "auth": auth,
        }

    def _base_url(self) -> str:
        servers = self.root.get("servers")
        server = servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], dict) else {}
        url = server.get("url")
        if not isinstance(url, str) or not url.strip():
            return "http://localhost"
        variables = server.get("variables") if isinstance(server.get("variables"), dict) else {}
        for key, spec in (variables or {}).items():
            default = spec.get("default") if isinstance(spec, dict) else None
            url = url.replace("{" + str(key) + "}", str(default) if default is not None else "")
        url = url.strip()
        if "://" not in url:
            url = urljoin("http://localhost/", url.lstrip("/"))
        return url

    def _security_order(self, schemes: dict[str, Any]) -> list[str]:
        ordered: list[str] = []
        for requirement in self.root.get("security") or []:
            if isinstance(requirement, dict):
                ordered.extend(str(k) for k in requirement if k in schemes and k not in ordered)
        ordered.extend(str(k) for k in schemes if k not in ordered)
        return ordered

    def _auth(self, env_prefix: str, ops: list[_Op]) -> list[dict[str, str]]:
        components = self.root.get("components") if isinstance(self.root.get("components"), dict) else {}
        schemes = (components or {}).get("securitySchemes")
        schemes_loc = self.loc.child("components", "securitySchemes")
        if not isinstance(schemes, dict) or not schemes:
            return self._credential_headers(env_prefix, ops)
        candidates: list[tuple[str, str, str, str]] = []  # (kind, key, header, prefix)
        for key in self._security_order(schemes):
            resolved = self.document.resolve(schemes[key], schemes_loc.child(key))
            scheme, where = resolved.node, resolved.location
            if not isinstance(scheme, dict):
                continue
            kind = str(scheme.get("type", ""))
            http_scheme = str(scheme.get("scheme", "")).lower()
            if kind == "http" and http_scheme == "bearer" or kind in ("oauth2", "openIdConnect"):
                param = "bearer_token" if kind == "http" else "access_token"
                candidates.append((param, key, "Authorization", "Bearer "))
            elif kind == "http" and http_scheme == "basic":
                candidates.append(("basic_credentials", key, "Authorization", "Basic "))
                self._note(
                    "client",
                    where,
                    f"http basic auth {key!r}: the client sends 'Authorization: Basic <basic_credentials>'",
                    "pass base64('user:password') as basic_credentials; the runtime has no username/password scheme",
                )
            elif kind == "apiKey" and scheme.get("in") == "header" and isinstance(scheme.get("name"), str):
                candidates.append(("api_key", key, str(scheme["name"]), ""))
            elif kind == "apiKey":
                where_text = scheme.get("in")
                self._note(
                    "client",
                    where.child("in"),
                    f"apiKey in {where_text} ({key!r}) is not supported by the runtime's auth schemes and is left out",
                    f"pass it yourself, e.g. default_query={{{scheme.get('name')!r}: ...}}"
                    if where_text == "query"
                    else None,
                )
            else:
                self._note("client", where, f"security scheme {key!r} of type {kind!r} is not supported; left out")
        auth: list[dict[str, str]] = []
        seen_headers: set[tuple[str, str]] = set()
        kinds = [c[0] for c in candidates]
        for param, key, header, prefix in candidates:
            if (header.lower(), prefix) in seen_headers:
                continue
            seen_headers.add((header.lower(), prefix))
            name = param if kinds.count(param) == 1 else naming.identifier(naming.snake(key))
            if name in {a["param"] for a in auth} or name in _CLIENT_KEYWORDS:
                name = naming.identifier(naming.snake(key)) + "_credential"
            entry = {"param": name, "env": f"{env_prefix}_{name.upper()}", "header": header}
            if prefix:
                entry["prefix"] = prefix
            auth.append(entry)
        return auth

    def _credential_headers(self, env_prefix: str, ops: list[_Op]) -> list[dict[str, str]]:
        """No security schemes: a credential-looking header parameter most operations take is the client's."""
        counts: dict[str, tuple[int, str]] = {}
        for op in ops:
            for declared in self._parameters(op):
                name = declared.get("name")
                if declared.get("in") == "header" and isinstance(name, str) and _CREDENTIAL_HEADER.match(name):
                    count, _ = counts.get(name.lower(), (0, name))
                    counts[name.lower()] = (count + 1, name)
        auth: list[dict[str, str]] = []
        for lowered, (count, name) in sorted(counts.items()):
            if count * 2 < len(ops):
                continue
            bearer = lowered == "authorization"
            param = (
                "bearer_token" if bearer else "api_key" if "key" in lowered else naming.identifier(naming.snake(name))
            )
            if param in {a["param"] for a in auth}:
                continue
            entry = {"param": param, "env": f"{env_prefix}_{param.upper()}", "header": name}
            if bearer:
                entry["prefix"] = "Bearer "
            auth.append(entry)
        return auth

    # ---- operations ----------------------------------------------------------------------------

    def _operations(self) -> list[_Op]:
        paths = self.root.get("paths")
        if not isinstance(paths, dict):
            return []
        ops: list[_Op] = []
        for key, item in paths.items():
            key = str(key)
            item_loc = self.loc.child("paths", key)
            resolved = self.document.resolve(item, item_loc)
            if not isinstance(resolved.node, dict):
                continue
            raw_path, _, query = key.partition("?")
            namespace: tuple[str, ...] = ()
            extra_tail: str | None = None
            pairs = parse_qsl(query, keep_blank_values=True)
            if pairs:
                q_key, q_value = pairs[0]
                if q_value.lower() in ("", "true", "1", "yes"):
                    namespace = (self._resource_word(q_key),)
                else:
                    extra_tail = q_value
            segments = [s for s in raw_path.split("/") if s]
            while len(segments) > 1 and _PREFIX_SEGMENT.match(segments[0]):
                segments.pop(0)
            if len(segments) == 1 and _PREFIX_SEGMENT.match(segments[0]):
                segments = []
            if extra_tail is not None:
                segments.append(extra_tail)
            statics = tuple(self._resource_word(s) for s in segments if not _is_param(s))
            item = bool(segments) and _is_param(segments[-1])
            raw_tail = segments[-1] if segments and not item else None
            for verb in HTTP_METHODS:
                node = resolved.node.get(verb)
                if not isinstance(node, dict):
                    continue
                if not statics:
                    tags = node.get("tags")
                    tag = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else None
                    op_statics: tuple[str, ...] = (self._resource_word(tag),) if tag else ("root",)
                else:
                    op_statics = statics
                ops.append(
                    _Op(
                        verb=verb,
                        key=key,
                        node={**node, "_shared_parameters": resolved.node.get("parameters") or []},
                        location=resolved.location.child(verb),
                        namespace=namespace,
                        statics=op_statics,
                        raw_tail=raw_tail if statics else None,
                        item=item,
                    )
                )
        self._mark_actions(ops)
        return ops

    @staticmethod
    def _resource_word(text: str) -> str:
        return naming.identifier(naming.snake(text))

    def _mark_actions(self, ops: list[_Op]) -> None:
        per_path: dict[tuple[tuple[str, ...], str], int] = {}
        for op in ops:
            per_path[(op.namespace, op.key.partition("?")[0])] = (
                per_path.get((op.namespace, op.key.partition("?")[0]), 0) + 1
            )
        for op in ops:
            full = (*op.namespace, *op.statics)
            op.chain = full
            if op.item or op.raw_tail is None or len(op.statics) < 2:
                continue
            if per_path[(op.namespace, op.key.partition("?")[0])] != 1:
                continue
            deeper = any(other is not op and (*other.namespace, *other.statics)[: len(full)] == full for other in ops)
            # `/chat/completions` (one plural noun right after a static segment) is a collection, not an action
            segments = [s for s in op.key.partition("?")[0].split("/") if s]
            after_static = len(segments) >= 2 and not _is_param(segments[-2])
            tail = naming.snake(op.raw_tail)
            if after_static and "_" not in tail and naming.singular(tail) != tail:
                continue
            if not deeper:
                op.action = True
                op.chain = full[:-1]

    def _parameters(self, op: _Op) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for i, raw in enumerate([*op.node.get("_shared_parameters", []), *(op.node.get("parameters") or [])]):
            resolved = self.document.resolve(raw, op.location.child("parameters", i))
            if isinstance(resolved.node, dict):
                found.append(resolved.node)
        return found

    def _header_params(self, ops: list[_Op]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for op in ops:
            for param in self._parameters(op):
                if param.get("in") != "header" or not isinstance(param.get("name"), str):
                    continue
                schema = param.get("schema") if isinstance(param.get("schema"), dict) else {}
                override = (schema or {}).get("x-stainless-override-schema")
                for holder in (override, schema):
                    name = holder.get("x-stainless-param") if isinstance(holder, dict) else None
                    if isinstance(name, str) and name.isidentifier():
                        found.setdefault(param["name"], {"name": name})
                        break
        return found

    # ---- resources and methods -----------------------------------------------------------------

    def _resources(self, ops: list[_Op]) -> dict[str, Any]:
        by_chain: dict[tuple[str, ...], list[_Op]] = {}
        for op in ops:
            by_chain.setdefault(op.chain, []).append(op)
        root = _Resource("")
        for chain in by_chain:
            node = root
            for depth, part in enumerate(chain):
                name = self._attribute(part, depth)
                node = node.children.setdefault(name, _Resource(name))
        for chain, chain_ops in by_chain.items():
            node = root
            for depth, part in enumerate(chain):
                node = node.children[self._attribute(part, depth)]
            self._name_methods(node, chain, chain_ops)
        self._assign_singulars(root, ())
        return {name: _dump(child) for name, child in root.children.items()}

    def _attribute(self, part: str, depth: int) -> str:
        reserved = (
            naming.RESERVED_CLIENT_ATTRIBUTES | self.auth_params if depth == 0 else naming.RESERVED_RESOURCE_ATTRIBUTES
        )
        return part + "_" if part in reserved else part

    def _name_methods(self, resource: _Resource, chain: tuple[str, ...], ops: list[_Op]) -> None:
        words = set()
        for part in chain:
            words |= {part, naming.singular(part), part + "s"}
            words |= set(naming.snake(part).split("_"))
        for op in ops:
            op.name = (
                self._conventional(op)
                or self._from_operation_id(op, words)
                or ("update" if op.item and op.verb == "post" else None)
                or self._from_verb(op)
            )
        # Names taken twice: the operationId (then the verb) decides for those operations.
        for _ in range(2):
            groups: dict[str, list[_Op]] = {}
            for op in ops:
                groups.setdefault(op.name, []).append(op)
            for name, group in groups.items():
                if len(group) < 2:
                    continue
                for op in group:
                    better = self._from_operation_id(op, words) or self._from_verb(op)
                    if better == name:
                        better = self._from_verb(op)
                    op.name = better
        taken: set[str] = set(resource.children) | naming.RESERVED_RESOURCE_ATTRIBUTES
        for op in ops:
            name = op.name
            if name in taken:
                name = f"{op.verb}_{name}"
            if name in resource.methods:
                other = resource.methods[name]
                other_op = other if isinstance(other, str) else other["op"]
                self._note(
                    "resources",
                    op.location,
                    f"operations {other_op!r} and {op.op_string!r} both become method {'.'.join(chain)}.{name};"
                    f" {op.op_string!r} is left out",
                    "give them distinct operationIds, or write an sdk.yaml that names them",
                )
                self.skipped[op.op_string] = f"its method name {name!r} is taken by {other_op!r}"
                continue
            entry: dict[str, Any] = {"op": op.op_string}
            page = self._page(op) if name == "list" else None
            if page:
                entry["page"] = page
            if self._streams(op):
                entry["stream"] = True
            resource.methods[name] = entry if len(entry) > 1 else op.op_string

    def _conventional(self, op: _Op) -> str | None:
        if op.action:
            return None
        if op.item:
            return _ITEM_VERBS.get(op.verb)
        name = _COLLECTION_VERBS.get(op.verb)
        if name == "list" and not self._returns_list(op):
            return "retrieve"
        return name

    def _from_operation_id(self, op: _Op, resource_words: set[str]) -> str | None:
        op_id = op.node.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            return naming.identifier(naming.snake(op.raw_tail)) if op.action and op.raw_tail else None
        words = naming.snake(op_id).split("_")
        path_words = naming.snake(op.key.partition("?")[0]).split("_")
        # FastAPI: `<function>_<path>_<verb>` (list_files_v1_files_get)
        suffix = [*path_words, op.verb]
        if len(words) > len(suffix) and words[-len(suffix) :] == suffix:
            words = words[: -len(suffix)]
        if len(words) > 1 and words[-1] == op.verb:
            words = words[:-1]
        if len(words) > 1 and op.namespace and words[0] == op.namespace[0]:
            words = words[1:]
        kept = [w for w in words if w not in resource_words]
        if not kept:
            kept = [w for w in words if w not in resource_words or w in _COLLECTION_VERBS] or words
        name = naming.identifier("_".join(kept))
        # `PostCustomersCustomer` says no more than the verb: leave it to the conventions
        return None if name in HTTP_METHODS else name

    def _from_verb(self, op: _Op) -> str:
        parts = [op.verb]
        if op.raw_tail and op.action:
            parts.append(naming.snake(op.raw_tail))
        elif op.item:
            parts.append("item")
        return naming.identifier("_".join(parts))

    def _success_schema(self, op: _Op) -> tuple[Any, set[str]]:
        responses = op.node.get("responses")
        if not isinstance(responses, dict):
            return None, set()
        for code in ("200", "201", "202", "2XX"):
            if code in responses:
                resolved = self.document.resolve(responses[code], op.location.child("responses", code))
                content = resolved.node.get("content") if isinstance(resolved.node, dict) else None
                if not isinstance(content, dict):
                    return None, set()
                media = {str(m).split(";")[0].strip() for m in content}
                for key, entry in content.items():
                    base = str(key).split(";")[0].strip()
                    if (base == "application/json" or base.endswith("+json")) and isinstance(entry, dict):
                        return entry.get("schema"), media
                return None, media
        return None, set()

    def _schema_node(self, schema: Any, loc: Location) -> dict[str, Any]:
        resolved = self.document.resolve(schema, loc)
        node = resolved.node
        return node if isinstance(node, dict) else {}

    def _returns_list(self, op: _Op) -> bool:
        schema, _ = self._success_schema(op)
        node = self._schema_node(schema, op.location)
        if node.get("type") == "array" or "array" in (node.get("type") or []) or "items" in node:
            return True
        properties = node.get("properties") if isinstance(node.get("properties"), dict) else {}
        for name, prop in (properties or {}).items():
            listed = name in _LIST_PROPERTIES or name in op.chain[-1:]
            if listed and self._schema_node(prop, op.location).get("type") == "array":
                return True
        return False

    def _page(self, op: _Op) -> str | None:
        schema, _ = self._success_schema(op)
        node = self._schema_node(schema, op.location)
        properties = node.get("properties") if isinstance(node.get("properties"), dict) else {}
        if not properties or self._schema_node(properties.get("data"), op.location).get("type") != "array":
            return None
        query = {p.get("name") for p in self._parameters(op) if p.get("in") == "query"}
        if {"has_more", "last_id"} <= set(properties) and "after_id" in query:
            return "Page"
        if {"has_more", "next_page"} <= set(properties) and "page" in query:
            return "PageCursor"
        return None

    def _streams(self, op: _Op) -> bool:
        _, media = self._success_schema(op)
        if "text/event-stream" not in media or not any(m == "application/json" or m.endswith("+json") for m in media):
            return False
        body = op.node.get("requestBody")
        body = self._schema_node(body, op.location) if body is not None else {}
        for key, entry in (body.get("content") or {}).items():
            if isinstance(entry, dict) and str(key).split(";")[0].strip().endswith("json"):
                schema = self._schema_node(entry.get("schema"), op.location)
                stream = self._schema_node((schema.get("properties") or {}).get("stream"), op.location)
                return stream.get("type") == "boolean"
        return False

    def _assign_singulars(self, resource: _Resource, chain: tuple[str, ...]) -> None:
        """Each resource's singular (`BatchCreateParams`) is unique within the package of its params."""
        seen: dict[tuple[tuple[str, ...], str], tuple[str, ...]] = {}

        def visit(node: _Resource, path: tuple[str, ...]) -> None:
            for name, child in node.children.items():
                child_path = (*path, name)
                package = path  # params of a.b.c live in types.a.b
                candidates = [
                    naming.pascal(naming.singular(name)),
                    naming.pascal(name),
                    naming.pascal("_".join(child_path)),
                ]
                for candidate in candidates:
                    if (package, candidate) not in seen:
                        child.singular = candidate
                        seen[(package, candidate)] = child_path
                        break
                else:
                    child.singular = candidates[-1]
                visit(child, child_path)

        visit(resource, chain)


_CLIENT_KEYWORDS = {"base_url", "timeout", "max_retries", "default_headers", "default_query", "http_client"}


def _is_param(segment: str) -> bool:
    return "{" in segment and "}" in segment


def _dump(resource: _Resource) -> dict[str, Any]:
    data: dict[str, Any] = {"singular": resource.singular}
    if resource.methods:
        data["methods"] = dict(resource.methods)
    if resource.children:
        data["resources"] = {name: _dump(child) for name, child in resource.children.items()}
    return data

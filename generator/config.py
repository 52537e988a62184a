"""sdk.yaml: how the SDK presents the API (names, client options, resource tree, overlays).

The spec says what the API is; this file says how the SDK shows it. Parsing
turns the YAML into frozen dataclasses and reports every problem with its
`FILE:#/POINTER`, all at once.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import naming
from .diagnostics import Diagnostics, Location, single_error
from .load import Document, display_path, parse_file

HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
# The page classes the runtime core ships (pagination.py), used when sdk.yaml names none.
DEFAULT_PAGINATION = {"Page": ("SyncPage", "AsyncPage"), "PageCursor": ("SyncPageCursor", "AsyncPageCursor")}


@dataclass(frozen=True)
class AuthConfig:
    param: str
    env: str
    header: str
    prefix: str = ""


@dataclass(frozen=True)
class ClientConfig:
    sync_name: str
    async_name: str
    aliases: dict[str, str]
    base_url: str
    base_url_env: str | None
    auth: tuple[AuthConfig, ...]
    default_headers: dict[str, str]
    max_retries: int
    timeout: float
    user_agent: str | None


@dataclass(frozen=True)
class MethodConfig:
    name: str
    http_method: str
    path: str
    location: Location
    stream: bool = False
    page: str | None = None
    long_request_guard: bool = False
    params_name: str | None = None
    fixed_betas: tuple[str, ...] = ()

    @property
    def op_key(self) -> str:
        return f"{self.http_method} {self.path}"


@dataclass(frozen=True)
class ResourceConfig:
    name: str
    singular: str
    location: Location
    methods: tuple[MethodConfig, ...]
    resources: tuple[ResourceConfig, ...]
    fixed_betas: tuple[str, ...] = ()


@dataclass(frozen=True)
class TypePackageRule:
    package: str
    names: tuple[str, ...]
    location: Location

    def matches(self, name: str) -> bool:
        return any(_glob(pattern, name) for pattern in self.names)


@dataclass(frozen=True)
class MixinConfig:
    sync: str
    async_: str
    location: Location


@dataclass(frozen=True)
class OverlayConfig:
    mixins: dict[str, MixinConfig] = field(default_factory=dict)
    exports: dict[str, str] = field(default_factory=dict)
    location: Location | None = None


@dataclass(frozen=True)
class SdkConfig:
    path: Path | None  # None: derived from the spec
    package_name: str
    version: str
    client: ClientConfig
    header_params: dict[str, str]
    pagination: dict[str, tuple[str, str]]
    resources: tuple[ResourceConfig, ...]
    type_packages: tuple[TypePackageRule, ...]
    type_names: dict[str, str]
    skip: dict[str, str]
    exports_from: tuple[str, ...]
    overlays: OverlayConfig
    location: Location
    derived: tuple[str, ...] = ()  # top-level sections derived from the spec (see derive.py)
    derived_text: str = ""  # those sections as YAML (provenance, `init`)

    def package_for_type(self, name: str) -> str:
        for rule in self.type_packages:
            if rule.matches(name):
                return rule.package
        return "types"


def _glob(pattern: str, name: str) -> bool:
    return fnmatch.fnmatchcase(name, pattern)


class _Reader:
    """Typed access to a YAML mapping that records a diagnostic for each bad value."""

    def __init__(self, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics

    def mapping(self, value: Any, location: Location, what: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.diagnostics.error(location, f"{what} must be a mapping, got {type(value).__name__}")
            return {}
        return value

    def string(self, data: dict[str, Any], key: str, location: Location, default: str | None = None) -> str:
        value = data.get(key, default)
        if not isinstance(value, str) or not value:
            self.diagnostics.error(location.child(key), f"'{key}' must be a non-empty string")
            return default or ""
        return value

    def optional_string(self, data: dict[str, Any], key: str, location: Location) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            self.diagnostics.error(location.child(key), f"'{key}' must be a string")
            return None
        return value

    def strings(self, data: dict[str, Any], key: str, location: Location) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.diagnostics.error(location.child(key), f"'{key}' must be a list of strings")
            return ()
        return tuple(value)

    def unknown_keys(self, data: dict[str, Any], allowed: set[str], location: Location) -> None:
        for key in data:
            if key not in allowed:
                self.diagnostics.error(
                    location.child(key), f"unknown key '{key}'", f"expected one of: {', '.join(sorted(allowed))}"
                )


CONFIG_KEYS = {
    "package",
    "client",
    "header_params",
    "pagination",
    "resources",
    "type_packages",
    "type_names",
    "skip",
    "exports_from",
    "overlays",
}


def load_config(path: Path | None, diagnostics: Diagnostics, document: Document | None = None) -> SdkConfig:
    """sdk.yaml at `path`, its missing sections derived from `document`; with no path, all of it derived.

    See generator/derive.py for what is derived and how.
    """
    from .derive import COMPANION_SECTIONS, DERIVED_SECTIONS, derive_config

    data: dict[str, Any]
    if path is not None:
        parsed = parse_file(path)
        file_root = Location(display_path(path))
        if not isinstance(parsed, dict):
            raise single_error(file_root, "sdk.yaml must be a mapping at the top level")
        data = dict(parsed)
    else:
        data, file_root = {}, Location("sdk.yaml")
    missing = tuple(key for key in DERIVED_SECTIONS if key not in data)
    roots: dict[str, Location] = {}
    derived_text = ""
    if missing and document is not None:
        user_skip = data.get("skip") if isinstance(data.get("skip"), dict) else {}
        derived = derive_config(document, skip=[str(k) for k in user_skip or {}])
        for key in missing:
            data[key] = derived.data[key]
            roots[key] = derived.location
            for note in derived.notes.get(key, []):
                diagnostics.warning(note.location, note.message, note.hint)
            for companion in COMPANION_SECTIONS.get(key, ()):
                if companion in derived.data:
                    data[companion] = {**derived.data[companion], **(data.get(companion) or {})}
        derived_text = derived.yaml_text(missing)
        if path is None:
            file_root = derived.location
    return parse_config(
        data, path, file_root, diagnostics, roots, missing if document is not None else (), derived_text
    )


def parse_config(
    data: dict[str, Any],
    path: Path | None,
    root: Location,
    diagnostics: Diagnostics,
    roots: dict[str, Location] | None = None,
    derived: tuple[str, ...] = (),
    derived_text: str = "",
) -> SdkConfig:
    """An sdk.yaml mapping as a typed SdkConfig; `roots` says where derived sections came from."""
    roots = roots or {}

    def at(key: str) -> Location:
        return roots.get(key, root).child(key)

    r = _Reader(diagnostics)
    r.unknown_keys(data, CONFIG_KEYS, root)
    package = r.mapping(data.get("package"), at("package"), "package")
    return SdkConfig(
        path=path,
        package_name=r.string(package, "name", at("package"), "anthropic"),
        version=str(package.get("version", "0.0.0")),
        client=_client(r, r.mapping(data.get("client"), at("client"), "client"), at("client")),
        header_params=_header_params(r, data.get("header_params"), at("header_params")),
        pagination=_pagination(r, data.get("pagination"), at("pagination")) or dict(DEFAULT_PAGINATION),
        resources=_resources(r, data.get("resources"), at("resources")),
        type_packages=_type_packages(r, data.get("type_packages"), at("type_packages")),
        type_names={
            str(k): str(v) for k, v in r.mapping(data.get("type_names"), at("type_names"), "type_names").items()
        },
        skip={str(k): str(v) for k, v in r.mapping(data.get("skip"), at("skip"), "skip").items()},
        exports_from=r.strings(data, "exports_from", roots.get("exports_from", root)),
        overlays=_overlays(r, data.get("overlays"), at("overlays")),
        location=root,
        derived=derived,
        derived_text=derived_text,
    )


def _client(r: _Reader, data: dict[str, Any], loc: Location) -> ClientConfig:
    base_url = r.mapping(data.get("base_url"), loc.child("base_url"), "base_url")
    auth: list[AuthConfig] = []
    for i, item in enumerate(data.get("auth") or []):
        item_loc = loc.child("auth", i)
        item = r.mapping(item, item_loc, "auth entry")
        r.unknown_keys(item, {"param", "env", "header", "prefix"}, item_loc)
        auth.append(
            AuthConfig(
                param=r.string(item, "param", item_loc),
                env=r.string(item, "env", item_loc),
                header=r.string(item, "header", item_loc),
                prefix=str(item.get("prefix", "")),
            )
        )
    headers = r.mapping(data.get("default_headers"), loc.child("default_headers"), "default_headers")
    aliases = r.mapping(data.get("aliases"), loc.child("aliases"), "aliases")
    return ClientConfig(
        sync_name=r.string(data, "sync_name", loc, "Client"),
        async_name=r.string(data, "async_name", loc, "AsyncClient"),
        aliases={str(k): str(v) for k, v in aliases.items()},
        base_url=r.string(base_url, "default", loc.child("base_url"), "http://localhost"),
        base_url_env=r.optional_string(base_url, "env", loc.child("base_url")),
        auth=tuple(auth),
        default_headers={str(k): str(v) for k, v in headers.items()},
        max_retries=int(data.get("max_retries", 2)),
        timeout=float(data.get("timeout", 600)),
        user_agent=r.optional_string(data, "user_agent", loc),
    )


def _header_params(r: _Reader, value: Any, loc: Location) -> dict[str, str]:
    result: dict[str, str] = {}
    for header, spec in r.mapping(value, loc, "header_params").items():
        spec = r.mapping(spec, loc.child(header), "header param")
        result[header.lower()] = r.string(spec, "name", loc.child(header))
    return result


def _pagination(r: _Reader, value: Any, loc: Location) -> dict[str, tuple[str, str]]:
    result: dict[str, tuple[str, str]] = {}
    for scheme, spec in r.mapping(value, loc, "pagination").items():
        spec = r.mapping(spec, loc.child(scheme), "pagination scheme")
        result[scheme] = (r.string(spec, "sync", loc.child(scheme)), r.string(spec, "async", loc.child(scheme)))
    return result


def _resources(r: _Reader, value: Any, loc: Location) -> tuple[ResourceConfig, ...]:
    resources: list[ResourceConfig] = []
    for name, spec in r.mapping(value, loc, "resources").items():
        res_loc = loc.child(name)
        spec = r.mapping(spec, res_loc, "resource")
        r.unknown_keys(spec, {"singular", "methods", "resources", "fixed_betas"}, res_loc)
        methods = [
            _method(r, method_name, method_spec, res_loc.child("methods", method_name))
            for method_name, method_spec in r.mapping(spec.get("methods"), res_loc.child("methods"), "methods").items()
        ]
        resources.append(
            ResourceConfig(
                name=str(name),
                singular=r.string(spec, "singular", res_loc, naming.pascal(naming.singular(str(name)))),
                location=res_loc,
                methods=tuple(m for m in methods if m is not None),
                resources=_resources(r, spec.get("resources"), res_loc.child("resources")),
                fixed_betas=r.strings(spec, "fixed_betas", res_loc),
            )
        )
    return tuple(resources)


def _method(r: _Reader, name: str, spec: Any, loc: Location) -> MethodConfig | None:
    if isinstance(spec, str):
        spec = {"op": spec}
    spec = r.mapping(spec, loc, "method")
    r.unknown_keys(spec, {"op", "stream", "page", "long_request_guard", "params_name", "fixed_betas"}, loc)
    op = r.string(spec, "op", loc)
    http_method, _, path = op.partition(" ")
    if http_method.lower() not in HTTP_METHODS or not path.startswith("/"):
        r.diagnostics.error(loc.child("op"), f"'op' must look like 'post /v1/path', got {op!r}")
        return None
    return MethodConfig(
        name=str(name),
        http_method=http_method.lower(),
        path=path,
        location=loc,
        stream=bool(spec.get("stream", False)),
        page=r.optional_string(spec, "page", loc),
        long_request_guard=bool(spec.get("long_request_guard", False)),
        params_name=r.optional_string(spec, "params_name", loc),
        fixed_betas=r.strings(spec, "fixed_betas", loc),
    )


def _type_packages(r: _Reader, value: Any, loc: Location) -> tuple[TypePackageRule, ...]:
    rules: list[TypePackageRule] = []
    if value is None:
        return ()
    if not isinstance(value, list):
        r.diagnostics.error(loc, "type_packages must be a list of {package, names}")
        return ()
    for i, item in enumerate(value):
        item_loc = loc.child(i)
        item = r.mapping(item, item_loc, "type package rule")
        rules.append(TypePackageRule(r.string(item, "package", item_loc), r.strings(item, "names", item_loc), item_loc))
    return tuple(rules)


def _overlays(r: _Reader, value: Any, loc: Location) -> OverlayConfig:
    data = r.mapping(value, loc, "overlays")
    r.unknown_keys(data, {"mixins", "exports"}, loc)
    mixins: dict[str, MixinConfig] = {}
    for resource, spec in r.mapping(data.get("mixins"), loc.child("mixins"), "mixins").items():
        mixin_loc = loc.child("mixins", resource)
        spec = r.mapping(spec, mixin_loc, "mixin")
        mixins[str(resource)] = MixinConfig(
            r.string(spec, "sync", mixin_loc), r.string(spec, "async", mixin_loc), mixin_loc
        )
    exports = {str(k): str(v) for k, v in r.mapping(data.get("exports"), loc.child("exports"), "exports").items()}
    return OverlayConfig(mixins=mixins, exports=exports, location=loc)

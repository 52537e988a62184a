"""The intermediate representation: what the SDK contains, with every name decided.

OpenAPI dictionaries stop at `build`; templates only see these frozen
dataclasses (and the strings `render` derives from them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Union

from .diagnostics import Location

Side = Literal["response", "request"]


# ---- type expressions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Prim:
    """A builtin: str, int, float, bool, object (any JSON), None, bytes, or the upload type FileTypes."""

    name: str


@dataclass(frozen=True)
class Lit:
    values: tuple[Union[str, int, bool, None], ...]


@dataclass(frozen=True)
class Named:
    """A reference to a generated definition, by its qualified id (module + name)."""

    module: str
    name: str


@dataclass(frozen=True)
class ListOf:
    item: TypeExpr


@dataclass(frozen=True)
class MapOf:
    value: TypeExpr


@dataclass(frozen=True)
class UnionOf:
    items: tuple[TypeExpr, ...]
    discriminator: str | None = None


@dataclass(frozen=True)
class Nullable:
    inner: TypeExpr


TypeExpr = Union[Prim, Lit, Named, ListOf, MapOf, UnionOf, Nullable]


# ---- definitions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str  # python identifier
    wire_name: str
    type: TypeExpr
    required: bool
    doc: str | None = None


@dataclass(frozen=True)
class ObjectDef:
    """A response model (side=response) or a request TypedDict (side=request)."""

    name: str
    module: str
    side: Side
    fields: tuple[Field, ...]
    doc: str | None
    location: Location
    bases: tuple[str, ...] = ()  # other ObjectDefs of the same module this one extends
    total: bool = False


@dataclass(frozen=True)
class AliasDef:
    name: str
    module: str
    side: Side
    target: TypeExpr
    doc: str | None
    location: Location


Definition = Union[ObjectDef, AliasDef]


# ---- operations and resources -----------------------------------------------------------------


ParamKind = Literal["path", "query", "header", "body"]


@dataclass(frozen=True)
class Param:
    name: str  # python keyword
    wire_name: str
    kind: ParamKind
    type: TypeExpr
    required: bool
    doc: str | None = None
    sample: Any = None  # a valid value with only required parts (for generated tests)
    sample_full: Any = None  # a valid value with optional parts filled too


ResponseKind = Literal["json", "none", "binary", "jsonl", "page", "sse"]  # sse: always a stream of events


@dataclass(frozen=True)
class Method:
    name: str
    http_method: str
    path: str
    params: tuple[Param, ...]
    response_kind: ResponseKind
    response_type: TypeExpr | None  # model / item type
    stream_event: TypeExpr | None
    page_scheme: str | None
    params_type: Named | None
    multipart: bool
    long_request_guard: bool
    fixed_betas: tuple[str, ...]
    summary: str | None
    doc: str | None
    location: Location
    accept: str | None = None  # media type to ask for when the success response is not JSON
    response_sample: Any = None  # a valid response item, for mock servers that cannot make one (JSONL)

    @property
    def positional(self) -> Param | None:
        """The last path parameter is positional, as in the official SDK; the rest are keyword-only."""
        path_params = [p for p in self.params if p.kind == "path"]
        return path_params[-1] if path_params else None


@dataclass(frozen=True)
class Resource:
    name: str  # attribute name on the parent
    class_name: str
    path: tuple[str, ...]  # e.g. ("beta", "messages", "batches")
    methods: tuple[Method, ...]
    children: tuple[Resource, ...]
    mixin: tuple[str, str] | None = None  # (sync "module:Class", async "module:Class")

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


@dataclass(frozen=True)
class Api:
    package: str
    version: str
    resources: tuple[Resource, ...]
    definitions: tuple[Definition, ...]
    endpoint_count: int
    skipped: dict[str, str] = field(default_factory=dict)

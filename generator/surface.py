"""The SDK's public surface as plain JSON: what `diff` compares and generated/SURFACE.json stores.

One entry per method (`messages.batches.create`: route, parameters, return)
and per public type (`anthropic.types.Message`: model / TypedDict fields, or an
alias's type). Type expressions are small JSON trees:

    "str" | "int" | "float" | "bool" | "object" | "None" | "bytes" | "FileTypes"
    {"literal": [values]}   {"ref": "anthropic.types.Pet"}   {"list": T}   {"map": T}
    {"union": [T, ...], "discriminator": "type"}   {"nullable": T}

Everything is keyed and sorted, so the JSON text is stable run to run.
"""

from __future__ import annotations

import json
from typing import Any

from .ir import AliasDef, Api, ListOf, Lit, MapOf, Method, Named, Nullable, ObjectDef, Prim, Resource, TypeExpr, UnionOf

FORMAT = 1

Surface = dict[str, Any]


def public_name(package: str, named: Named) -> str:
    """`types.messages.message_batch` + `MessageBatch` -> `anthropic.types.messages.MessageBatch` (its import path)."""
    return f"{package}.{named.module.rsplit('.', 1)[0]}.{named.name}"


def type_json(t: TypeExpr, package: str) -> Any:
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, Lit):
        return {"literal": list(t.values)}
    if isinstance(t, Named):
        return {"ref": public_name(package, t)}
    if isinstance(t, ListOf):
        return {"list": type_json(t.item, package)}
    if isinstance(t, MapOf):
        return {"map": type_json(t.value, package)}
    if isinstance(t, Nullable):
        return {"nullable": type_json(t.inner, package)}
    if isinstance(t, UnionOf):
        out: dict[str, Any] = {"union": [type_json(m, package) for m in t.items]}
        if t.discriminator:
            out["discriminator"] = t.discriminator
        return out
    raise TypeError(f"unknown type expression {t!r}")


def _method(method: Method, package: str) -> dict[str, Any]:
    positional = method.positional
    params = {
        p.name: {
            "kind": p.kind,
            "wire": p.wire_name,
            "required": p.required,
            "positional": p is positional,
            "type": type_json(p.type, package),
        }
        for p in method.params
    }
    returns: dict[str, Any] = {"kind": method.response_kind}
    if method.response_type is not None:
        returns["type"] = type_json(method.response_type, package)
    if method.stream_event is not None:
        returns["stream"] = type_json(method.stream_event, package)
    if method.page_scheme:
        returns["page"] = method.page_scheme
    return {"route": f"{method.http_method.upper()} {method.path}", "params": params, "returns": returns}


def _walk(resources: tuple[Resource, ...]) -> list[Resource]:
    found: list[Resource] = []
    for resource in resources:
        found.append(resource)
        found.extend(_walk(resource.children))
    return found


def surface_of(api: Api, client_names: tuple[str, str]) -> Surface:
    package = api.package
    methods = {f"{r.dotted}.{m.name}": _method(m, package) for r in _walk(api.resources) for m in r.methods}
    types: dict[str, Any] = {}
    for d in api.definitions:
        key = public_name(package, Named(d.module, d.name))
        if isinstance(d, AliasDef):
            types[key] = {"side": d.side, "kind": "alias", "type": type_json(d.target, package)}
        elif isinstance(d, ObjectDef):
            fields = {
                f.name: {"wire": f.wire_name, "required": f.required, "type": type_json(f.type, package)}
                for f in d.fields
            }
            kind = "model" if d.side == "response" else "typeddict"
            entry: dict[str, Any] = {"side": d.side, "kind": kind, "fields": fields}
            if d.bases:
                entry["bases"] = list(d.bases)
            types[key] = entry
    return {
        "format": FORMAT,
        "package": package,
        "client": {"sync": client_names[0], "async": client_names[1]},
        "resources": sorted(r.dotted for r in _walk(api.resources)),
        "methods": methods,
        "types": types,
    }


def dumps(surface: Surface) -> str:
    """Stable, reviewable text: sorted keys; one line per parameter, field and return value."""
    return _dump(surface, 0, "") + "\n"


def _dump(value: Any, depth: int, key: str) -> str:
    # root > methods|types > name > params|fields|returns|... > one entry
    compact = depth >= 4 or (depth == 3 and key not in ("params", "fields"))
    if not isinstance(value, dict) or compact or not value:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    pad = " " * (depth + 1)
    items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {_dump(v, depth + 1, k)}" for k, v in sorted(value.items())]
    return "{\n" + ",\n".join(items) + "\n" + " " * depth + "}"


def loads(text: str) -> Surface | None:
    """A stored surface, or None when it is missing, unreadable or of another format."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data

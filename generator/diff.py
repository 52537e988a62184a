"""`diff`: what changed in the SDK's public surface between two versions of the API.

Both versions are built to the IR (each with its sdk.yaml, or a derived one)
and reduced to their surface (generator/surface.py); this module compares two
surfaces. Each change is *breaking* when code written against the old SDK can
stop working (fail at import, at call time, or under a type checker) with the
new one. The rules:

Methods (`client.pets.list`)
  * added: not breaking. removed: breaking.
  * HTTP route changed: not breaking (the SDK hides it).
  * return type: breaking unless every value of the new type is a value of the
    old one (narrowing a response is safe), or the only widening is new enum
    values or new union variants (see responses below). A different return
    kind (JSON, page, binary, JSONL, stream) is breaking.
  * streaming: gaining `stream=True` overloads is not breaking, losing them is.
Parameters (`client.pets.list(species)`)
  * added: breaking when required, not breaking when optional.
  * removed: breaking (callers passing it get a TypeError).
  * made required: breaking. made optional: not breaking.
  * retyped: not breaking when the new type accepts everything the old one
    did (widening, including new enum values); breaking otherwise. An enum
    value removed from a parameter is breaking; one added is not.
  * moved between path / query / header / body, or made (non-)positional:
    breaking only for positional changes (keyword callers do not notice).
Types (`anthropic.types.Pet`)
  * added: not breaking. removed: breaking (imports fail).
  * renamed (a removed and an added type of identical shape, on the same
    side): breaking, reported once as a rename instead of remove + add.
Fields of response models (what the API returns; the SDK decodes leniently)
  * added: not breaking. removed: breaking (attribute access fails).
  * made optional (may be absent or null): breaking (readers get None).
    made required: not breaking.
  * retyped: not breaking when the new type is narrower; breaking when it
    accepts values the old one did not, *except* new enum values and new
    union variants, which are not breaking: the API adds them routinely and
    the SDK already accepts unknown ones at run time (an exhaustive `match`
    may want a new branch). Enum values or variants removed from a response
    are not breaking either (readers see fewer cases).
Fields of request TypedDicts (what callers send)
  * added: breaking when required, not breaking when optional.
  * removed: breaking. made required: breaking. made optional: not breaking.
  * retyped: the parameter rule (widening is safe, narrowing is breaking).
Aliases (enums, unions) follow the field rule of their side.

Exit status of `python -m generator diff`: 0, or 1 with `--fail-on-breaking`
when any change is breaking; 2 when either spec or config has errors.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .surface import Surface

Side = str  # "request" | "response"


@dataclass(frozen=True)
class Change:
    kind: str  # method_added, param_required, field_retyped, enum_value_removed, type_renamed, ...
    subject: str  # client.pets.list(species), anthropic.types.Pet.name, ...
    breaking: bool
    detail: str  # one readable line

    def line(self) -> str:
        return f"{self.subject}: {self.detail}"


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def other(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)

    def to_json(self, old: str = "", new: str = "") -> str:
        record = {
            "old": old,
            "new": new,
            "breaking": bool(self.breaking),
            "counts": {"breaking": len(self.breaking), "other": len(self.other)},
            "changes": [asdict(c) for c in self.changes],
        }
        return json.dumps(record, indent=2, ensure_ascii=False) + "\n"

    def to_text(self, old: str = "", new: str = "") -> str:
        between = f" between {old} and {new}" if old and new else ""
        if not self.changes:
            return f"no changes to the SDK's public surface{between}\n"
        lines = [f"{len(self.breaking)} breaking, {len(self.other)} other change(s){between}"]
        if self.breaking:
            lines += ["", "Breaking:"] + [f"  - {c.line()}" for c in self.breaking]
        if self.other:
            lines += ["", "Other:"] + [f"  + {c.line()}" for c in self.other]
        return "\n".join(lines) + "\n"

    def to_markdown(self) -> str:
        lines: list[str] = []
        if self.breaking:
            lines += ["Breaking:", ""] + [f"- `{c.subject}`: {c.detail}" for c in self.breaking] + [""]
        if self.other:
            lines += ["Other changes:", ""] + [f"- `{c.subject}`: {c.detail}" for c in self.other] + [""]
        return "\n".join(lines)


# ---- type expressions ---------------------------------------------------------------------------


def render_type(t: Any) -> str:
    """A type tree as Python-like text: `Optional[List[anthropic.types.Pet]]`."""
    if isinstance(t, str):
        return t
    if "literal" in t:
        return "Literal[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in t["literal"]) + "]"
    if "ref" in t:
        return str(t["ref"]).rsplit(".", 1)[-1]
    if "list" in t:
        return f"List[{render_type(t['list'])}]"
    if "map" in t:
        return f"Dict[str, {render_type(t['map'])}]"
    if "nullable" in t:
        return f"Optional[{render_type(t['nullable'])}]"
    if "union" in t:
        return "Union[" + ", ".join(render_type(m) for m in t["union"]) + "]"
    return json.dumps(t, sort_keys=True)


def _rename(t: Any, renames: dict[str, str]) -> Any:
    """The old type tree with renamed references replaced by their new names."""
    if isinstance(t, str) or not renames:
        return t
    if "ref" in t:
        return {"ref": renames.get(t["ref"], t["ref"])}
    out = dict(t)
    for key in ("list", "map", "nullable"):
        if key in t:
            out[key] = _rename(t[key], renames)
    if "union" in t:
        out["union"] = [_rename(m, renames) for m in t["union"]]
    return out


def _members(t: Any) -> tuple[list[Any], bool]:
    """A type's alternatives (unions and literal sets flattened, one entry per literal value) and nullability."""
    nullable = False
    found: list[Any] = []

    def visit(node: Any) -> None:
        nonlocal nullable
        if node == "None":
            nullable = True
        elif isinstance(node, dict) and "nullable" in node:
            nullable = True
            visit(node["nullable"])
        elif isinstance(node, dict) and "union" in node:
            for member in node["union"]:
                visit(member)
        elif isinstance(node, dict) and "literal" in node:
            for value in node["literal"]:
                if value is None:
                    nullable = True
                else:
                    found.append({"literal": [value]})
        else:
            found.append(node)

    visit(t)
    return found, nullable


def _same(a: Any, b: Any) -> bool:
    """Equality of type trees that tells `True` from `1` (as JSON does)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def accepts(wide: Any, narrow: Any) -> bool:
    """Whether every value of type `narrow` is also a value of type `wide` (references compared by name)."""
    if _same(wide, narrow) or wide == "object":
        return True
    wide_members, wide_null = _members(wide)
    narrow_members, narrow_null = _members(narrow)
    if narrow_null and not wide_null:
        return False
    return all(any(_accepts_one(w, n) for w in wide_members) for n in narrow_members)


def _accepts_one(wide: Any, narrow: Any) -> bool:
    if _same(wide, narrow) or wide == "object":
        return True
    if isinstance(narrow, dict) and "literal" in narrow:
        value = narrow["literal"][0]
        if isinstance(wide, dict) and "literal" in wide:
            return any(_same(value, v) for v in wide["literal"])
        if isinstance(value, bool):
            return wide == "bool"
        if isinstance(value, int):
            return wide in ("int", "float")
        if isinstance(value, str):
            return wide == "str"
        return False
    if wide == "float" and narrow == "int":
        return True
    if isinstance(wide, dict) and isinstance(narrow, dict):
        for key in ("list", "map"):
            if key in wide and key in narrow:
                return accepts(wide[key], narrow[key])
    return False


def _contains(members: list[Any], member: Any) -> bool:
    return any(_same(m, member) for m in members)


def _variants(t: Any) -> tuple[list[str], list[Any], bool]:
    """(literal values as JSON text, other members, nullable) of a type."""
    members, nullable = _members(t)
    literals = [
        json.dumps(m["literal"][0], ensure_ascii=False) for m in members if isinstance(m, dict) and "literal" in m
    ]
    others = [m for m in members if not (isinstance(m, dict) and "literal" in m)]
    return literals, others, nullable


def _type_changes(subject: str, old: Any, new: Any, side: Side, what: str) -> list[Change]:
    """Changes of one typed slot (a parameter, a field, an alias, a return value)."""
    if _same(old, new):
        return []
    for wrapper in ("nullable", "list", "map"):  # the same wrapper on both sides: compare what it wraps
        if isinstance(old, dict) and isinstance(new, dict) and wrapper in old and wrapper in new:
            return _type_changes(subject, old[wrapper], new[wrapper], side, what)
    old_literals, old_others, old_null = _variants(old)
    new_literals, new_others, new_null = _variants(new)
    overlap = bool(set(old_literals) & set(new_literals)) or any(_contains(new_others, m) for m in old_others)
    several = len(old_literals) + len(old_others) > 1 or len(new_literals) + len(new_others) > 1
    if old_null == new_null and overlap and several:
        request = side == "request"
        changes: list[Change] = []
        for value in new_literals:
            if value not in old_literals:
                changes.append(Change("enum_value_added", subject, False, f"{what} enum value {value} added"))
        for value in old_literals:
            if value not in new_literals:
                changes.append(Change("enum_value_removed", subject, request, f"{what} enum value {value} removed"))
        for member in new_others:
            if not _contains(old_others, member):
                text = f"{what} union variant {render_type(member)} added"
                changes.append(Change("variant_added", subject, False, text))
        for member in old_others:
            if not _contains(new_others, member):
                text = f"{what} union variant {render_type(member)} removed"
                changes.append(Change("variant_removed", subject, request, text))
        return changes
    safe = accepts(new, old) if side == "request" else accepts(old, new)
    return [Change(f"{what}_retyped", subject, not safe, f"{what} type {render_type(old)} -> {render_type(new)}")]


# ---- surfaces -----------------------------------------------------------------------------------


def compare(old: Surface, new: Surface) -> Report:
    renames = _renames(old["types"], new["types"])
    changes: list[Change] = []
    changes += _compare_methods(old["methods"], new["methods"], renames)
    changes += _compare_types(old["types"], new["types"], renames)
    return Report(tuple(changes))


def _shape(entry: dict[str, Any], renames: dict[str, str]) -> str:
    if entry["kind"] == "alias":
        body: Any = _rename(entry["type"], renames)
    else:
        body = {name: {**f, "type": _rename(f["type"], renames)} for name, f in entry["fields"].items()}
    return json.dumps([entry["side"], entry["kind"], body], sort_keys=True)


def _renames(old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    """Old name -> new name for removed types whose shape equals exactly one added type's shape."""
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    renames: dict[str, str] = {}
    for _ in range(3):  # renamed types that refer to each other are found on a later pass
        by_shape: dict[str, list[str]] = {}
        for name in added:
            if name not in renames.values():
                by_shape.setdefault(_shape(new[name], {}), []).append(name)
        found = False
        for name in removed:
            if name in renames:
                continue
            candidates = by_shape.get(_shape(old[name], renames), [])
            if len(candidates) == 1:
                renames[name] = candidates[0]
                by_shape[_shape(old[name], renames)] = []
                found = True
        if not found:
            break
    return renames


def _call(method: str) -> str:
    return f"client.{method}"


def _compare_methods(old: dict[str, Any], new: dict[str, Any], renames: dict[str, str]) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(set(old) | set(new)):
        subject = _call(name)
        if name not in new:
            changes.append(Change("method_removed", subject, True, f"method removed ({old[name]['route']})"))
            continue
        if name not in old:
            changes.append(Change("method_added", subject, False, f"method added ({new[name]['route']})"))
            continue
        before, after = old[name], new[name]
        if before["route"] != after["route"]:
            changes.append(
                Change("method_route_changed", subject, False, f"route {before['route']} -> {after['route']}")
            )
        changes += _compare_params(subject, before["params"], after["params"], renames)
        changes += _compare_returns(subject, before["returns"], after["returns"], renames)
    return changes


def _compare_params(subject: str, old: dict[str, Any], new: dict[str, Any], renames: dict[str, str]) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(set(old) | set(new)):
        where = f"{subject}({name})"
        if name not in new:
            changes.append(Change("param_removed", where, True, "parameter removed"))
            continue
        if name not in old:
            required = new[name]["required"]
            text = "required parameter added" if required else "optional parameter added"
            changes.append(Change("param_added", where, required, text))
            continue
        before, after = old[name], new[name]
        if before["required"] != after["required"]:
            if after["required"]:
                changes.append(Change("param_required", where, True, "parameter made required"))
            else:
                changes.append(Change("param_optional", where, False, "parameter made optional"))
        if before["positional"] != after["positional"]:
            text = "now positional" if after["positional"] else "no longer positional (keyword only)"
            changes.append(Change("param_positional_changed", where, True, f"parameter {text}"))
        changes += _type_changes(where, _rename(before["type"], renames), after["type"], "request", "param")
    return changes


def _compare_returns(subject: str, old: dict[str, Any], new: dict[str, Any], renames: dict[str, str]) -> list[Change]:
    changes: list[Change] = []
    if old["kind"] != new["kind"] or old.get("page") != new.get("page"):
        before = old["kind"] + (f" ({old['page']})" if old.get("page") else "")
        after = new["kind"] + (f" ({new['page']})" if new.get("page") else "")
        return [Change("return_kind_changed", subject, True, f"returns {before} -> {after}")]
    if "type" in old and "type" in new:
        changes += _type_changes(subject, _rename(old["type"], renames), new["type"], "response", "return")
    if "stream" in old and "stream" not in new:
        changes.append(Change("streaming_removed", subject, True, "no longer streams (stream=True removed)"))
    elif "stream" in new and "stream" not in old:
        changes.append(Change("streaming_added", subject, False, "can stream (stream=True)"))
    elif "stream" in old:
        changes += _type_changes(subject, _rename(old["stream"], renames), new["stream"], "response", "stream event")
    return changes


def _compare_types(old: dict[str, Any], new: dict[str, Any], renames: dict[str, str]) -> list[Change]:
    changes: list[Change] = []
    new_names = set(renames.values())
    for name in sorted(set(old) | set(new)):
        if name in renames:
            changes.append(Change("type_renamed", name, True, f"type renamed to {renames[name]} (same shape)"))
            continue
        if name not in new:
            changes.append(Change("type_removed", name, True, "type removed"))
            continue
        if name not in old:
            if name not in new_names:
                changes.append(Change("type_added", name, False, f"type added ({new[name]['kind']})"))
            continue
        changes += _compare_type(name, old[name], new[name], renames)
    return changes


def _compare_type(name: str, old: dict[str, Any], new: dict[str, Any], renames: dict[str, str]) -> list[Change]:
    side = new["side"]
    if old["kind"] != new["kind"] or old["side"] != new["side"]:
        return [Change("type_kind_changed", name, True, f"{old['kind']} -> {new['kind']}")]
    if new["kind"] == "alias":
        return _type_changes(name, _rename(old["type"], renames), new["type"], side, "alias")
    changes: list[Change] = []
    request = side == "request"
    for field_name in sorted(set(old["fields"]) | set(new["fields"])):
        where = f"{name}.{field_name}"
        if field_name not in new["fields"]:
            changes.append(Change("field_removed", where, True, "field removed"))
            continue
        if field_name not in old["fields"]:
            required = new["fields"][field_name]["required"]
            text = "required field added" if required else "optional field added"
            changes.append(Change("field_added", where, request and required, text))
            continue
        before, after = old["fields"][field_name], new["fields"][field_name]
        if before["required"] != after["required"]:
            if after["required"]:
                changes.append(Change("field_required", where, request, "field made required"))
            else:
                changes.append(Change("field_optional", where, not request, "field made optional"))
        if before["wire"] != after["wire"]:
            changes.append(
                Change("field_wire_name_changed", where, request, f"wire name {before['wire']} -> {after['wire']}")
            )
        changes += _type_changes(where, _rename(before["type"], renames), after["type"], side, "field")
    return changes

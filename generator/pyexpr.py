"""Spell IR type expressions as Python annotations, collecting the imports they need.

The same type is written differently by context: a response model field
(`List[X]`), a request TypedDict key or method argument (`Iterable[X]`,
`SequenceNotStr[str]`). Imports between generated modules are relative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Literal

from .ir import Definition, ListOf, Lit, MapOf, Named, Nullable, ObjectDef, Prim, TypeExpr, UnionOf
from .naming import python_string

Flavor = Literal["model", "param"]

_PRIMS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "object": "object", "None": "None"}


def relative_import(from_module: str, to_module: str) -> str:
    """The `from X` part that reaches `to_module` from inside `from_module` (both dotted, package-relative)."""
    here = from_module.split(".")[:-1]
    there = to_module.split(".")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    dots = "." * (len(here) - common + 1)
    return dots + ".".join(there[common:])


@dataclass
class Imports:
    """Imports one generated module needs, rendered in a stable order."""

    module: str
    typing: set[str] = field(default_factory=set)
    typing_extensions: set[str] = field(default_factory=set)
    external: dict[str, set[str]] = field(default_factory=dict)  # third-party module -> names
    runtime: dict[str, set[str]] = field(default_factory=dict)  # runtime module (package-relative) -> names
    named: dict[str, set[str]] = field(default_factory=dict)  # generated module -> names
    deferred: set[str] = field(default_factory=set)  # generated modules imported at the bottom (cycles)
    absolute: str | None = None  # for code outside the package: import as `from <absolute>.<module> import X`

    def use_external(self, module: str, name: str) -> None:
        self.external.setdefault(module, set()).add(name)

    def use_runtime(self, module: str, name: str) -> None:
        self.runtime.setdefault(module, set()).add(name)

    def use_named(self, named: Named) -> None:
        if named.module != self.module:
            self.named.setdefault(named.module, set()).add(named.name)

    def _source(self, module: str) -> str:
        return f"{self.absolute}.{module}" if self.absolute else relative_import(self.module, module)

    def lines(self, deferred: bool = False) -> list[str]:
        out: list[str] = []
        if not deferred:
            if self.typing:
                out.append(f"from typing import {', '.join(sorted(self.typing))}")
            if self.typing_extensions:
                out.append(f"from typing_extensions import {', '.join(sorted(self.typing_extensions))}")
            for module in sorted(self.external):
                out.append(f"from {module} import {', '.join(sorted(self.external[module]))}")
            for module in sorted(self.runtime):
                names = ", ".join(sorted(self.runtime[module]))
                out.append(f"from {self._source(module)} import {names}")
        for module in sorted(self.named):
            if (module in self.deferred) != deferred:
                continue
            names = ", ".join(sorted(self.named[module]))
            out.append(f"from {self._source(module)} import {names}")
        return out


Forward = Callable[[Named], bool]


@dataclass
class Speller:
    definitions: dict[tuple[str, str], Definition]
    forwarded: bool = False  # set when a spelling used a forward reference

    def spell(
        self, t: TypeExpr, flavor: Flavor, imports: Imports, forward: Forward | None = None, runtime: bool = False
    ) -> str:
        """`t` as Python text. Names for which `forward` is true are not bound yet where the text is evaluated
        (defined later in the module, or imported at its end): they are spelled `"Name"` for type checkers,
        or with `runtime`, `ForwardRef("Name", module=__name__)`, which pydantic resolves in this module."""
        if isinstance(t, Named) and forward is not None and forward(t):
            imports.use_named(t)
            self.forwarded = True
            if runtime:
                imports.typing.add("ForwardRef")
                return f'ForwardRef("{t.name}", module=__name__)'
            return f'"{t.name}"'
        if forward is not None and not isinstance(t, (Prim, Lit, Named)):
            return self._spell_nested(t, flavor, imports, forward, runtime)
        if isinstance(t, Prim):
            if t.name == "FileTypes":
                imports.use_runtime("_types", "FileTypes")
                return "FileTypes"
            if t.name == "bytes":
                return "bytes"
            return _PRIMS[t.name]
        if isinstance(t, Lit):
            imports.typing_extensions.add("Literal")
            return f"Literal[{', '.join(_literal(v) for v in t.values)}]"
        if isinstance(t, Named):
            imports.use_named(t)
            return t.name
        if isinstance(t, ListOf):
            item = self.spell(t.item, flavor, imports)
            if flavor == "model":
                imports.typing.add("List")
                return f"List[{item}]"
            if item == "str":
                imports.use_runtime("_types", "SequenceNotStr")
                return "SequenceNotStr[str]"
            imports.typing.add("Iterable")
            return f"Iterable[{item}]"
        if isinstance(t, MapOf):
            imports.typing.add("Dict")
            return f"Dict[str, {self.spell(t.value, flavor, imports)}]"
        if isinstance(t, Nullable):
            imports.typing.add("Optional")
            return f"Optional[{self.spell(t.inner, flavor, imports)}]"
        if isinstance(t, UnionOf):
            members = ", ".join(self.spell(m, flavor, imports) for m in t.items)
            imports.typing.add("Union")
            tag = self._discriminator_field(t) if flavor == "model" else None
            if tag is not None:
                imports.typing_extensions.add("Annotated")
                imports.use_external("pydantic", "Field as FieldInfo")
                return f"Annotated[Union[{members}], FieldInfo(discriminator={python_string(tag)})]"
            return f"Union[{members}]"
        raise TypeError(f"unknown type expression {t!r}")

    def _spell_nested(self, t: TypeExpr, flavor: Flavor, imports: Imports, forward: Forward, runtime: bool) -> str:
        """Containers whose members may be forward references (the same spelling as `spell` otherwise)."""

        def inner(member: TypeExpr) -> str:
            return self.spell(member, flavor, imports, forward, runtime)

        if isinstance(t, ListOf):
            item = inner(t.item)
            if flavor == "model":
                imports.typing.add("List")
                return f"List[{item}]"
            if item == "str":
                imports.use_runtime("_types", "SequenceNotStr")
                return "SequenceNotStr[str]"
            imports.typing.add("Iterable")
            return f"Iterable[{item}]"
        if isinstance(t, MapOf):
            imports.typing.add("Dict")
            return f"Dict[str, {inner(t.value)}]"
        if isinstance(t, Nullable):
            imports.typing.add("Optional")
            return f"Optional[{inner(t.inner)}]"
        if isinstance(t, UnionOf):
            members = ", ".join(inner(m) for m in t.items)
            imports.typing.add("Union")
            tag = self._discriminator_field(t) if flavor == "model" else None
            if tag is not None:
                imports.typing_extensions.add("Annotated")
                imports.use_external("pydantic", "Field as FieldInfo")
                return f"Annotated[Union[{members}], FieldInfo(discriminator={python_string(tag)})]"
            return f"Union[{members}]"
        raise TypeError(f"unknown type expression {t!r}")

    def _discriminator_field(self, t: UnionOf) -> str | None:
        """The Python name of the tag field pydantic dispatches on, when every member is a model with a
        required literal tag under the same Python name, each tag value used once; else None (plain Union)."""
        if not t.discriminator:
            return None
        names: set[str] = set()
        values: list[object] = []
        for member in t.items:
            if not isinstance(member, Named):
                return None
            definition = self.definitions.get((member.module, member.name))
            if not isinstance(definition, ObjectDef) or definition.side != "response":
                return None
            tag = next((f for f in definition.fields if f.wire_name == t.discriminator), None)
            if tag is None or not isinstance(tag.type, Lit) or not tag.required:
                return None
            names.add(tag.name)
            for value in tag.type.values:
                if any(type(v) is type(value) and v == value for v in values):
                    return None
                values.append(value)
        return names.pop() if len(names) == 1 else None

    def named_modules(self, t: TypeExpr) -> set[str]:
        """Modules a type expression refers to (for the import graph)."""
        if isinstance(t, Named):
            return {t.module}
        if isinstance(t, (ListOf,)):
            return self.named_modules(t.item)
        if isinstance(t, MapOf):
            return self.named_modules(t.value)
        if isinstance(t, Nullable):
            return self.named_modules(t.inner)
        if isinstance(t, UnionOf):
            found: set[str] = set()
            for member in t.items:
                found |= self.named_modules(member)
            return found
        return set()


def _literal(value: object) -> str:
    if isinstance(value, str):
        return python_string(value)
    return repr(value)

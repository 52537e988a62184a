"""generated/api.md: every method with its HTTP route, and every public type by package."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .config import SdkConfig
from .ir import Api, Resource
from .render import environment


@dataclass(frozen=True)
class MethodLine:
    call: str
    route: str
    returns: str


@dataclass(frozen=True)
class Section:
    title: str
    depth: int
    methods: list[MethodLine]


def render_api_md(api: Api, config: SdkConfig, templates: Path) -> str:
    sections: list[Section] = []

    def visit(resource: Resource, depth: int) -> None:
        lines = [
            MethodLine(
                call=f"client.{resource.dotted}.{m.name}()",
                route=f"{m.http_method.upper()} {m.path}",
                returns=m.response_kind,
            )
            for m in resource.methods
        ]
        sections.append(Section(resource.dotted, depth, lines))
        for child in resource.children:
            visit(child, depth + 1)

    for resource in api.resources:
        visit(resource, 2)
    packages: dict[str, list[str]] = defaultdict(list)
    for definition in api.definitions:
        packages[config.package_name + "." + definition.module.rsplit(".", 1)[0]].append(definition.name)
    return (
        environment(templates)
        .get_template("api.md.j2")
        .render(
            api=api,
            client=config.client,
            sections=sections,
            packages=sorted((p, sorted(set(names))) for p, names in packages.items()),
        )
    )

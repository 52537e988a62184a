"""`validate`: openapi-spec-validator over the spec, its findings as diagnostics."""

from __future__ import annotations

from pathlib import Path

from .diagnostics import Diagnostics, Location
from .load import display_path, parse_file


def validate_spec(spec: Path, diagnostics: Diagnostics) -> None:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    document = parse_file(spec)
    shown = display_path(spec)
    version = str(document.get("openapi", "")) if isinstance(document, dict) else ""
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    validator = validator_class(document, base_uri=spec.resolve().as_uri())
    for error in validator.iter_errors():
        pointer = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in error.path)
        diagnostics.error(Location(shown, pointer), error.message.splitlines()[0][:300])

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types.pets`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .photo import Photo as Photo
    from .photo_upload_params import PhotoUploadParams as PhotoUploadParams

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "Photo": ".photo",
    "PhotoUploadParams": ".photo_upload_params",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "Photo",
    "PhotoUploadParams",
]


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still reported

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(__all__)

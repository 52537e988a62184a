# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types.beta.skills`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .version_create_params import VersionCreateParams as VersionCreateParams
    from .version_create_response import VersionCreateResponse as VersionCreateResponse
    from .version_delete_response import VersionDeleteResponse as VersionDeleteResponse
    from .version_list_params import VersionListParams as VersionListParams
    from .version_list_response import VersionListResponse as VersionListResponse
    from .version_retrieve_response import VersionRetrieveResponse as VersionRetrieveResponse

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "VersionCreateParams": ".version_create_params",
    "VersionCreateResponse": ".version_create_response",
    "VersionDeleteResponse": ".version_delete_response",
    "VersionListParams": ".version_list_params",
    "VersionListResponse": ".version_list_response",
    "VersionRetrieveResponse": ".version_retrieve_response",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "VersionCreateParams",
    "VersionCreateResponse",
    "VersionDeleteResponse",
    "VersionListParams",
    "VersionListResponse",
    "VersionRetrieveResponse",
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

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .skills import AsyncSkills as AsyncSkills
    from .skills import AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse
    from .skills import AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse
    from .skills import Skills as Skills
    from .skills import SkillsWithRawResponse as SkillsWithRawResponse
    from .skills import SkillsWithStreamingResponse as SkillsWithStreamingResponse
    from .versions import AsyncVersions as AsyncVersions
    from .versions import AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse
    from .versions import AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse
    from .versions import Versions as Versions
    from .versions import VersionsWithRawResponse as VersionsWithRawResponse
    from .versions import VersionsWithStreamingResponse as VersionsWithStreamingResponse

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "AsyncSkills": ".skills",
    "AsyncSkillsWithRawResponse": ".skills",
    "AsyncSkillsWithStreamingResponse": ".skills",
    "AsyncVersions": ".versions",
    "AsyncVersionsWithRawResponse": ".versions",
    "AsyncVersionsWithStreamingResponse": ".versions",
    "Skills": ".skills",
    "SkillsWithRawResponse": ".skills",
    "SkillsWithStreamingResponse": ".skills",
    "Versions": ".versions",
    "VersionsWithRawResponse": ".versions",
    "VersionsWithStreamingResponse": ".versions",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
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

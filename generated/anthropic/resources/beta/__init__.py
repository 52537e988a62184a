# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta import AsyncBeta as AsyncBeta
    from .beta import AsyncBetaWithRawResponse as AsyncBetaWithRawResponse
    from .beta import AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse
    from .beta import Beta as Beta
    from .beta import BetaWithRawResponse as BetaWithRawResponse
    from .beta import BetaWithStreamingResponse as BetaWithStreamingResponse
    from .files import AsyncFiles as AsyncFiles
    from .files import AsyncFilesWithRawResponse as AsyncFilesWithRawResponse
    from .files import AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse
    from .files import Files as Files
    from .files import FilesWithRawResponse as FilesWithRawResponse
    from .files import FilesWithStreamingResponse as FilesWithStreamingResponse
    from .messages.messages import AsyncMessages as AsyncMessages
    from .messages.messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .messages.messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .messages.messages import Messages as Messages
    from .messages.messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .messages.messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse
    from .models import AsyncModels as AsyncModels
    from .models import AsyncModelsWithRawResponse as AsyncModelsWithRawResponse
    from .models import AsyncModelsWithStreamingResponse as AsyncModelsWithStreamingResponse
    from .models import Models as Models
    from .models import ModelsWithRawResponse as ModelsWithRawResponse
    from .models import ModelsWithStreamingResponse as ModelsWithStreamingResponse
    from .skills.skills import AsyncSkills as AsyncSkills
    from .skills.skills import AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse
    from .skills.skills import AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse
    from .skills.skills import Skills as Skills
    from .skills.skills import SkillsWithRawResponse as SkillsWithRawResponse
    from .skills.skills import SkillsWithStreamingResponse as SkillsWithStreamingResponse

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "AsyncBeta": ".beta",
    "AsyncBetaWithRawResponse": ".beta",
    "AsyncBetaWithStreamingResponse": ".beta",
    "AsyncFiles": ".files",
    "AsyncFilesWithRawResponse": ".files",
    "AsyncFilesWithStreamingResponse": ".files",
    "AsyncMessages": ".messages.messages",
    "AsyncMessagesWithRawResponse": ".messages.messages",
    "AsyncMessagesWithStreamingResponse": ".messages.messages",
    "AsyncModels": ".models",
    "AsyncModelsWithRawResponse": ".models",
    "AsyncModelsWithStreamingResponse": ".models",
    "AsyncSkills": ".skills.skills",
    "AsyncSkillsWithRawResponse": ".skills.skills",
    "AsyncSkillsWithStreamingResponse": ".skills.skills",
    "Beta": ".beta",
    "BetaWithRawResponse": ".beta",
    "BetaWithStreamingResponse": ".beta",
    "Files": ".files",
    "FilesWithRawResponse": ".files",
    "FilesWithStreamingResponse": ".files",
    "Messages": ".messages.messages",
    "MessagesWithRawResponse": ".messages.messages",
    "MessagesWithStreamingResponse": ".messages.messages",
    "Models": ".models",
    "ModelsWithRawResponse": ".models",
    "ModelsWithStreamingResponse": ".models",
    "Skills": ".skills.skills",
    "SkillsWithRawResponse": ".skills.skills",
    "SkillsWithStreamingResponse": ".skills.skills",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
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

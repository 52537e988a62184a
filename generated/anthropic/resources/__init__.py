# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta.beta import AsyncBeta as AsyncBeta
    from .beta.beta import AsyncBetaWithRawResponse as AsyncBetaWithRawResponse
    from .beta.beta import AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse
    from .beta.beta import Beta as Beta
    from .beta.beta import BetaWithRawResponse as BetaWithRawResponse
    from .beta.beta import BetaWithStreamingResponse as BetaWithStreamingResponse
    from .completions import AsyncCompletions as AsyncCompletions
    from .completions import AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse
    from .completions import AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse
    from .completions import Completions as Completions
    from .completions import CompletionsWithRawResponse as CompletionsWithRawResponse
    from .completions import CompletionsWithStreamingResponse as CompletionsWithStreamingResponse
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

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "AsyncBeta": ".beta.beta",
    "AsyncBetaWithRawResponse": ".beta.beta",
    "AsyncBetaWithStreamingResponse": ".beta.beta",
    "AsyncCompletions": ".completions",
    "AsyncCompletionsWithRawResponse": ".completions",
    "AsyncCompletionsWithStreamingResponse": ".completions",
    "AsyncMessages": ".messages.messages",
    "AsyncMessagesWithRawResponse": ".messages.messages",
    "AsyncMessagesWithStreamingResponse": ".messages.messages",
    "AsyncModels": ".models",
    "AsyncModelsWithRawResponse": ".models",
    "AsyncModelsWithStreamingResponse": ".models",
    "Beta": ".beta.beta",
    "BetaWithRawResponse": ".beta.beta",
    "BetaWithStreamingResponse": ".beta.beta",
    "Completions": ".completions",
    "CompletionsWithRawResponse": ".completions",
    "CompletionsWithStreamingResponse": ".completions",
    "Messages": ".messages.messages",
    "MessagesWithRawResponse": ".messages.messages",
    "MessagesWithStreamingResponse": ".messages.messages",
    "Models": ".models",
    "ModelsWithRawResponse": ".models",
    "ModelsWithStreamingResponse": ".models",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
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

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batches import AsyncBatches as AsyncBatches
    from .batches import AsyncBatchesWithRawResponse as AsyncBatchesWithRawResponse
    from .batches import AsyncBatchesWithStreamingResponse as AsyncBatchesWithStreamingResponse
    from .batches import Batches as Batches
    from .batches import BatchesWithRawResponse as BatchesWithRawResponse
    from .batches import BatchesWithStreamingResponse as BatchesWithStreamingResponse
    from .messages import AsyncMessages as AsyncMessages
    from .messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .messages import Messages as Messages
    from .messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "AsyncBatches": ".batches",
    "AsyncBatchesWithRawResponse": ".batches",
    "AsyncBatchesWithStreamingResponse": ".batches",
    "AsyncMessages": ".messages",
    "AsyncMessagesWithRawResponse": ".messages",
    "AsyncMessagesWithStreamingResponse": ".messages",
    "Batches": ".batches",
    "BatchesWithRawResponse": ".batches",
    "BatchesWithStreamingResponse": ".batches",
    "Messages": ".messages",
    "MessagesWithRawResponse": ".messages",
    "MessagesWithStreamingResponse": ".messages",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
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

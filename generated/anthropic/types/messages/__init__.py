# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types.messages`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_create_params import Request as Request
    from .batch_list_params import BatchListParams as BatchListParams
    from .deleted_message_batch import DeletedMessageBatch as DeletedMessageBatch
    from .message_batch import MessageBatch as MessageBatch
    from .message_batch_canceled_result import MessageBatchCanceledResult as MessageBatchCanceledResult
    from .message_batch_errored_result import MessageBatchErroredResult as MessageBatchErroredResult
    from .message_batch_expired_result import MessageBatchExpiredResult as MessageBatchExpiredResult
    from .message_batch_individual_response import MessageBatchIndividualResponse as MessageBatchIndividualResponse
    from .message_batch_request_counts import MessageBatchRequestCounts as MessageBatchRequestCounts
    from .message_batch_result import MessageBatchResult as MessageBatchResult
    from .message_batch_succeeded_result import MessageBatchSucceededResult as MessageBatchSucceededResult

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "BatchCreateParams": ".batch_create_params",
    "BatchListParams": ".batch_list_params",
    "DeletedMessageBatch": ".deleted_message_batch",
    "MessageBatch": ".message_batch",
    "MessageBatchCanceledResult": ".message_batch_canceled_result",
    "MessageBatchErroredResult": ".message_batch_errored_result",
    "MessageBatchExpiredResult": ".message_batch_expired_result",
    "MessageBatchIndividualResponse": ".message_batch_individual_response",
    "MessageBatchRequestCounts": ".message_batch_request_counts",
    "MessageBatchResult": ".message_batch_result",
    "MessageBatchSucceededResult": ".message_batch_succeeded_result",
    "Request": ".batch_create_params",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "DeletedMessageBatch",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchRequestCounts",
    "MessageBatchResult",
    "MessageBatchSucceededResult",
    "Request",
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

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types.beta.messages`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_create_params import Request as Request
    from .batch_list_params import BatchListParams as BatchListParams
    from .beta_deleted_message_batch import BetaDeletedMessageBatch as BetaDeletedMessageBatch
    from .beta_message_batch import BetaMessageBatch as BetaMessageBatch
    from .beta_message_batch_canceled_result import BetaMessageBatchCanceledResult as BetaMessageBatchCanceledResult
    from .beta_message_batch_errored_result import BetaMessageBatchErroredResult as BetaMessageBatchErroredResult
    from .beta_message_batch_expired_result import BetaMessageBatchExpiredResult as BetaMessageBatchExpiredResult
    from .beta_message_batch_individual_response import (
        BetaMessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
    )
    from .beta_message_batch_request_counts import BetaMessageBatchRequestCounts as BetaMessageBatchRequestCounts
    from .beta_message_batch_result import BetaMessageBatchResult as BetaMessageBatchResult
    from .beta_message_batch_succeeded_result import BetaMessageBatchSucceededResult as BetaMessageBatchSucceededResult

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "BatchCreateParams": ".batch_create_params",
    "BatchListParams": ".batch_list_params",
    "BetaDeletedMessageBatch": ".beta_deleted_message_batch",
    "BetaMessageBatch": ".beta_message_batch",
    "BetaMessageBatchCanceledResult": ".beta_message_batch_canceled_result",
    "BetaMessageBatchErroredResult": ".beta_message_batch_errored_result",
    "BetaMessageBatchExpiredResult": ".beta_message_batch_expired_result",
    "BetaMessageBatchIndividualResponse": ".beta_message_batch_individual_response",
    "BetaMessageBatchRequestCounts": ".beta_message_batch_request_counts",
    "BetaMessageBatchResult": ".beta_message_batch_result",
    "BetaMessageBatchSucceededResult": ".beta_message_batch_succeeded_result",
    "Request": ".batch_create_params",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "BetaDeletedMessageBatch",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
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

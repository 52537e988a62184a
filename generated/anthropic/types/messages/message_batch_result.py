# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .message_batch_canceled_result import MessageBatchCanceledResult
from .message_batch_errored_result import MessageBatchErroredResult
from .message_batch_expired_result import MessageBatchExpiredResult
from .message_batch_succeeded_result import MessageBatchSucceededResult

__all__ = [
    "MessageBatchResult",
]

MessageBatchResult: TypeAlias = Annotated[
    Union[
        MessageBatchSucceededResult, MessageBatchErroredResult, MessageBatchCanceledResult, MessageBatchExpiredResult
    ],
    FieldInfo(discriminator="type"),
]

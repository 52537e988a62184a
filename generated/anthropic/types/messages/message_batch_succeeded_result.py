# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ..message import Message

__all__ = [
    "MessageBatchSucceededResult",
]


class MessageBatchSucceededResult(BaseModel):
    message: Message

    type: Literal["succeeded"]

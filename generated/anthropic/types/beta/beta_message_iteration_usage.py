# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_cache_creation import BetaCacheCreation

__all__ = [
    "BetaMessageIterationUsage",
]


class BetaMessageIterationUsage(BaseModel):
    cache_creation: Optional[BetaCacheCreation] = None

    cache_creation_input_tokens: int

    cache_read_input_tokens: int

    input_tokens: int

    output_tokens: int

    type: Literal["message"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CacheCreation",
]


class CacheCreation(BaseModel):
    ephemeral_1h_input_tokens: int

    ephemeral_5m_input_tokens: int

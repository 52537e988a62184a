# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "BetaServerToolUsage",
]


class BetaServerToolUsage(BaseModel):
    web_fetch_requests: int

    web_search_requests: int

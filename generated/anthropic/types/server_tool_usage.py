# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ServerToolUsage",
]


class ServerToolUsage(BaseModel):
    web_search_requests: int

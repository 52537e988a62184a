# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .cache_creation import CacheCreation
from .server_tool_usage import ServerToolUsage

__all__ = [
    "Usage",
]


class Usage(BaseModel):
    """Token accounting for one request."""

    cache_creation: Optional[CacheCreation] = None

    cache_creation_input_tokens: Optional[int] = None

    cache_read_input_tokens: Optional[int] = None

    inference_geo: Optional[str] = None

    input_tokens: int

    output_tokens: int

    server_tool_use: Optional[ServerToolUsage] = None

    service_tier: Optional[Literal["standard", "priority", "batch"]] = None

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_cache_creation import BetaCacheCreation
from .beta_iterations_usage import BetaIterationsUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = [
    "BetaUsage",
]


class BetaUsage(BaseModel):
    cache_creation: Optional[BetaCacheCreation] = None

    cache_creation_input_tokens: Optional[int] = None

    cache_read_input_tokens: Optional[int] = None

    inference_geo: Optional[str] = None

    input_tokens: int

    iterations: Optional[BetaIterationsUsage] = None

    output_tokens: int

    server_tool_use: Optional[BetaServerToolUsage] = None

    service_tier: Optional[Literal["standard", "priority", "batch"]] = None

    speed: Optional[Literal["standard", "fast"]] = None

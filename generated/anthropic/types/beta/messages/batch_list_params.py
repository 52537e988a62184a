# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable

from typing_extensions import TypedDict

from ...anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "BatchListParams",
]


class BatchListParams(TypedDict, total=False):
    before_id: str

    after_id: str

    limit: int

    betas: Iterable[AnthropicBetaParam]

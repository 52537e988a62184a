# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ..anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "SkillListParams",
]


class SkillListParams(TypedDict, total=False):
    page: Optional[str]

    limit: int

    source: Optional[str]
    """Only skills of this source, e.g. "custom" or "anthropic"."""

    betas: Iterable[AnthropicBetaParam]

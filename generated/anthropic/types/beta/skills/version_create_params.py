# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ...._types import FileTypes
from ...anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "VersionCreateParams",
]


class VersionCreateParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]

    files: Optional[Iterable[FileTypes]]
    """The version's files, all under one top-level directory that holds a SKILL.md."""

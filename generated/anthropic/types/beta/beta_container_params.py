# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from .beta_skill_params import BetaSkillParams

__all__ = [
    "BetaContainerParams",
]


class BetaContainerParams(TypedDict, total=False):
    """Container id and/or skills for the request."""

    id: Optional[str]

    skills: Optional[Iterable[BetaSkillParams]]

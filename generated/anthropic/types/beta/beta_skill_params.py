# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaSkillParams",
]


class BetaSkillParams(TypedDict, total=False):
    """Skill reference for a container request."""

    skill_id: Required[str]

    type: Required[Literal["anthropic", "custom"]]

    version: str

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel
from .beta_clear_thinking_20251015_edit_response import BetaClearThinking20251015EditResponse
from .beta_clear_tool_uses_20250919_edit_response import BetaClearToolUses20250919EditResponse

__all__ = [
    "BetaContextManagementResponse",
    "AppliedEdit",
]


class BetaContextManagementResponse(BaseModel):
    applied_edits: List[
        Annotated[
            Union[BetaClearToolUses20250919EditResponse, BetaClearThinking20251015EditResponse],
            FieldInfo(discriminator="type"),
        ]
    ]


AppliedEdit: TypeAlias = Annotated[
    Union[BetaClearToolUses20250919EditResponse, BetaClearThinking20251015EditResponse], FieldInfo(discriminator="type")
]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from .beta_tool_search_tool_result_error import BetaToolSearchToolResultError
from .beta_tool_search_tool_search_result_block import BetaToolSearchToolSearchResultBlock

__all__ = [
    "BetaToolSearchToolResultBlock",
    "Content",
]


class BetaToolSearchToolResultBlock(BaseModel):
    content: Annotated[
        Union[BetaToolSearchToolResultError, BetaToolSearchToolSearchResultBlock], FieldInfo(discriminator="type")
    ]

    tool_use_id: str

    type: Literal["tool_search_tool_result"]


Content: TypeAlias = Annotated[
    Union[BetaToolSearchToolResultError, BetaToolSearchToolSearchResultBlock], FieldInfo(discriminator="type")
]

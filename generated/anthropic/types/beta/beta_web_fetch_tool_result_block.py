# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from .beta_web_fetch_block import BetaWebFetchBlock
from .beta_web_fetch_tool_result_error_block import BetaWebFetchToolResultErrorBlock

__all__ = [
    "BetaWebFetchToolResultBlock",
    "Content",
]


class BetaWebFetchToolResultBlock(BaseModel):
    content: Annotated[Union[BetaWebFetchToolResultErrorBlock, BetaWebFetchBlock], FieldInfo(discriminator="type")]

    tool_use_id: str

    type: Literal["web_fetch_tool_result"]


Content: TypeAlias = Annotated[
    Union[BetaWebFetchToolResultErrorBlock, BetaWebFetchBlock], FieldInfo(discriminator="type")
]

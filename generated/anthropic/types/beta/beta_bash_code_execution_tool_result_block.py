# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from .beta_bash_code_execution_result_block import BetaBashCodeExecutionResultBlock
from .beta_bash_code_execution_tool_result_error import BetaBashCodeExecutionToolResultError

__all__ = [
    "BetaBashCodeExecutionToolResultBlock",
    "Content",
]


class BetaBashCodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[BetaBashCodeExecutionToolResultError, BetaBashCodeExecutionResultBlock], FieldInfo(discriminator="type")
    ]

    tool_use_id: str

    type: Literal["bash_code_execution_tool_result"]


Content: TypeAlias = Annotated[
    Union[BetaBashCodeExecutionToolResultError, BetaBashCodeExecutionResultBlock], FieldInfo(discriminator="type")
]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .beta_code_execution_result_block import BetaCodeExecutionResultBlock
from .beta_code_execution_tool_result_error import BetaCodeExecutionToolResultError

__all__ = [
    "BetaCodeExecutionToolResultBlockContent",
]

BetaCodeExecutionToolResultBlockContent: TypeAlias = Annotated[
    Union[BetaCodeExecutionToolResultError, BetaCodeExecutionResultBlock], FieldInfo(discriminator="type")
]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_bash_code_execution_result_block_param import BetaBashCodeExecutionResultBlockParam
from .beta_bash_code_execution_tool_result_error_param import BetaBashCodeExecutionToolResultErrorParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaBashCodeExecutionToolResultBlockParam",
    "Content",
]


class BetaBashCodeExecutionToolResultBlockParam(TypedDict, total=False):
    content: Required[Union[BetaBashCodeExecutionToolResultErrorParam, BetaBashCodeExecutionResultBlockParam]]

    tool_use_id: Required[str]

    type: Required[Literal["bash_code_execution_tool_result"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]


Content: TypeAlias = Union[BetaBashCodeExecutionToolResultErrorParam, BetaBashCodeExecutionResultBlockParam]

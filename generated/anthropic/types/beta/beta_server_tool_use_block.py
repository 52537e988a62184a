# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller

__all__ = [
    "BetaServerToolUseBlock",
    "Caller",
]


class BetaServerToolUseBlock(BaseModel):
    """A call the model made to a tool that the API runs itself."""

    id: str

    input: Dict[str, object]

    name: Literal[
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
    ]

    type: Literal["server_tool_use"]

    caller: Optional[Annotated[Union[BetaDirectCaller, BetaServerToolCaller], FieldInfo(discriminator="type")]] = None


Caller: TypeAlias = Annotated[Union[BetaDirectCaller, BetaServerToolCaller], FieldInfo(discriminator="type")]

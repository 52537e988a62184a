# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller

__all__ = [
    "BetaToolUseBlock",
    "Caller",
]


class BetaToolUseBlock(BaseModel):
    id: str

    input: Dict[str, object]

    name: str

    type: Literal["tool_use"]

    caller: Optional[Annotated[Union[BetaDirectCaller, BetaServerToolCaller], FieldInfo(discriminator="type")]] = None


Caller: TypeAlias = Annotated[Union[BetaDirectCaller, BetaServerToolCaller], FieldInfo(discriminator="type")]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .beta_memory_tool_20250818_create_command import BetaMemoryTool20250818CreateCommand
from .beta_memory_tool_20250818_delete_command import BetaMemoryTool20250818DeleteCommand
from .beta_memory_tool_20250818_insert_command import BetaMemoryTool20250818InsertCommand
from .beta_memory_tool_20250818_rename_command import BetaMemoryTool20250818RenameCommand
from .beta_memory_tool_20250818_str_replace_command import BetaMemoryTool20250818StrReplaceCommand
from .beta_memory_tool_20250818_view_command import BetaMemoryTool20250818ViewCommand

__all__ = [
    "BetaMemoryTool20250818Command",
]

BetaMemoryTool20250818Command: TypeAlias = Annotated[
    Union[
        BetaMemoryTool20250818ViewCommand,
        BetaMemoryTool20250818CreateCommand,
        BetaMemoryTool20250818StrReplaceCommand,
        BetaMemoryTool20250818InsertCommand,
        BetaMemoryTool20250818DeleteCommand,
        BetaMemoryTool20250818RenameCommand,
    ],
    FieldInfo(discriminator="command"),
]

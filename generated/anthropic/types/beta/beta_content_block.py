# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .beta_bash_code_execution_tool_result_block import BetaBashCodeExecutionToolResultBlock
from .beta_code_execution_tool_result_block import BetaCodeExecutionToolResultBlock
from .beta_compaction_block import BetaCompactionBlock
from .beta_container_upload_block import BetaContainerUploadBlock
from .beta_mcp_tool_result_block import BetaMCPToolResultBlock
from .beta_mcp_tool_use_block import BetaMCPToolUseBlock
from .beta_redacted_thinking_block import BetaRedactedThinkingBlock
from .beta_server_tool_use_block import BetaServerToolUseBlock
from .beta_text_block import BetaTextBlock
from .beta_text_editor_code_execution_tool_result_block import BetaTextEditorCodeExecutionToolResultBlock
from .beta_thinking_block import BetaThinkingBlock
from .beta_tool_search_tool_result_block import BetaToolSearchToolResultBlock
from .beta_tool_use_block import BetaToolUseBlock
from .beta_web_fetch_tool_result_block import BetaWebFetchToolResultBlock
from .beta_web_search_tool_result_block import BetaWebSearchToolResultBlock

__all__ = [
    "BetaContentBlock",
]

BetaContentBlock: TypeAlias = Annotated[
    Union[
        BetaTextBlock,
        BetaThinkingBlock,
        BetaRedactedThinkingBlock,
        BetaToolUseBlock,
        BetaServerToolUseBlock,
        BetaWebSearchToolResultBlock,
        BetaWebFetchToolResultBlock,
        BetaCodeExecutionToolResultBlock,
        BetaBashCodeExecutionToolResultBlock,
        BetaTextEditorCodeExecutionToolResultBlock,
        BetaToolSearchToolResultBlock,
        BetaMCPToolUseBlock,
        BetaMCPToolResultBlock,
        BetaContainerUploadBlock,
        BetaCompactionBlock,
    ],
    FieldInfo(discriminator="type"),
]

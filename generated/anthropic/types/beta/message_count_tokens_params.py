# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..anthropic_beta_param import AnthropicBetaParam
from ..model_param import ModelParam
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_message_param import BetaMessageParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tool_union_param import BetaToolUnionParam

__all__ = [
    "MessageCountTokensParams",
    "System",
]


class MessageCountTokensParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]

    messages: Required[Iterable[BetaMessageParam]]

    model: Required[ModelParam]

    context_management: Optional[BetaContextManagementConfigParam]

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]

    output_config: BetaOutputConfigParam

    output_format: Optional[BetaJSONOutputFormatParam]
    """Superseded by output_config.format."""

    speed: Optional[Literal["standard", "fast"]]

    system: Union[str, Iterable[BetaTextBlockParam]]

    thinking: BetaThinkingConfigParam

    tool_choice: BetaToolChoiceParam

    tools: Iterable[BetaToolUnionParam]


System: TypeAlias = Union[str, Iterable[BetaTextBlockParam]]

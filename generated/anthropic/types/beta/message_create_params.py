# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..anthropic_beta_param import AnthropicBetaParam
from ..model_param import ModelParam
from .beta_container_params import BetaContainerParams
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_message_param import BetaMessageParam
from .beta_metadata_param import BetaMetadataParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tool_union_param import BetaToolUnionParam

__all__ = [
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "MessageCreateParams",
    "Container",
    "System",
]


class MessageCreateParamsBase(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]

    max_tokens: Required[int]
    """Output token limit."""

    messages: Required[Iterable[BetaMessageParam]]

    model: Required[ModelParam]

    container: Optional[Union[BetaContainerParams, str]]
    """A container id to reuse, or container parameters with skills."""

    context_management: Optional[BetaContextManagementConfigParam]

    inference_geo: Optional[str]
    """Inference region."""

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]

    metadata: BetaMetadataParam

    output_config: BetaOutputConfigParam

    output_format: Optional[BetaJSONOutputFormatParam]
    """Superseded by output_config.format."""

    service_tier: Literal["auto", "standard_only"]

    speed: Optional[Literal["standard", "fast"]]

    stop_sequences: SequenceNotStr[str]

    system: Union[str, Iterable[BetaTextBlockParam]]

    temperature: float

    thinking: BetaThinkingConfigParam

    tool_choice: BetaToolChoiceParam

    tools: Iterable[BetaToolUnionParam]

    top_k: int

    top_p: float


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Literal[False]


class MessageCreateParamsStreaming(MessageCreateParamsBase, total=False):
    stream: Required[Literal[True]]


MessageCreateParams: TypeAlias = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]


Container: TypeAlias = Union[BetaContainerParams, str]


System: TypeAlias = Union[str, Iterable[BetaTextBlockParam]]

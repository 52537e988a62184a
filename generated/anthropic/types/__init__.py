# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import beta as beta
    from . import messages as messages
    from . import shared as shared
    from .anthropic_beta_param import AnthropicBetaParam as AnthropicBetaParam
    from .base64_image_source_param import Base64ImageSourceParam as Base64ImageSourceParam
    from .base64_pdf_source_param import Base64PDFSourceParam as Base64PDFSourceParam
    from .beta_api_error import BetaAPIError as BetaAPIError
    from .beta_authentication_error import BetaAuthenticationError as BetaAuthenticationError
    from .beta_billing_error import BetaBillingError as BetaBillingError
    from .beta_error import BetaError as BetaError
    from .beta_error_response import BetaErrorResponse as BetaErrorResponse
    from .beta_gateway_timeout_error import BetaGatewayTimeoutError as BetaGatewayTimeoutError
    from .beta_invalid_request_error import BetaInvalidRequestError as BetaInvalidRequestError
    from .beta_not_found_error import BetaNotFoundError as BetaNotFoundError
    from .beta_overloaded_error import BetaOverloadedError as BetaOverloadedError
    from .beta_permission_error import BetaPermissionError as BetaPermissionError
    from .beta_rate_limit_error import BetaRateLimitError as BetaRateLimitError
    from .cache_control_ephemeral_param import CacheControlEphemeralParam as CacheControlEphemeralParam
    from .cache_creation import CacheCreation as CacheCreation
    from .citation_char_location import CitationCharLocation as CitationCharLocation
    from .citation_char_location_param import CitationCharLocationParam as CitationCharLocationParam
    from .citation_content_block_location import CitationContentBlockLocation as CitationContentBlockLocation
    from .citation_content_block_location_param import (
        CitationContentBlockLocationParam as CitationContentBlockLocationParam,
    )
    from .citation_page_location import CitationPageLocation as CitationPageLocation
    from .citation_page_location_param import CitationPageLocationParam as CitationPageLocationParam
    from .citation_search_result_location_param import (
        CitationSearchResultLocationParam as CitationSearchResultLocationParam,
    )
    from .citation_web_search_result_location_param import (
        CitationWebSearchResultLocationParam as CitationWebSearchResultLocationParam,
    )
    from .citations_config_param import CitationsConfigParam as CitationsConfigParam
    from .citations_delta import CitationsDelta as CitationsDelta
    from .citations_search_result_location import CitationsSearchResultLocation as CitationsSearchResultLocation
    from .citations_web_search_result_location import (
        CitationsWebSearchResultLocation as CitationsWebSearchResultLocation,
    )
    from .completion import Completion as Completion
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .completion_create_params import CompletionCreateParamsBase as CompletionCreateParamsBase
    from .completion_create_params import CompletionCreateParamsNonStreaming as CompletionCreateParamsNonStreaming
    from .completion_create_params import CompletionCreateParamsStreaming as CompletionCreateParamsStreaming
    from .content_block import ContentBlock as ContentBlock
    from .content_block_delta_event import ContentBlockDeltaEvent as ContentBlockDeltaEvent
    from .content_block_param import ContentBlockParam as ContentBlockParam
    from .content_block_source_content_param import ContentBlockSourceContentParam as ContentBlockSourceContentParam
    from .content_block_source_param import ContentBlockSourceParam as ContentBlockSourceParam
    from .content_block_start_event import ContentBlockStartEvent as ContentBlockStartEvent
    from .content_block_stop_event import ContentBlockStopEvent as ContentBlockStopEvent
    from .document_block_param import DocumentBlockParam as DocumentBlockParam
    from .image_block_param import ImageBlockParam as ImageBlockParam
    from .input_json_delta import InputJSONDelta as InputJSONDelta
    from .input_json_delta import InputJsonDelta as InputJsonDelta
    from .json_output_format_param import JSONOutputFormatParam as JSONOutputFormatParam
    from .message import Message as Message
    from .message_count_tokens_params import MessageCountTokensParams as MessageCountTokensParams
    from .message_count_tokens_tool_param import MessageCountTokensToolParam as MessageCountTokensToolParam
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_create_params import MessageCreateParamsBase as MessageCreateParamsBase
    from .message_create_params import MessageCreateParamsNonStreaming as MessageCreateParamsNonStreaming
    from .message_create_params import MessageCreateParamsStreaming as MessageCreateParamsStreaming
    from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent
    from .message_delta_usage import MessageDeltaUsage as MessageDeltaUsage
    from .message_param import MessageParam as MessageParam
    from .message_start_event import MessageStartEvent as MessageStartEvent
    from .message_stop_event import MessageStopEvent as MessageStopEvent
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .message_tokens_count import MessageTokensCount as MessageTokensCount
    from .metadata_param import MetadataParam as MetadataParam
    from .model import Model as Model
    from .model_info import ModelInfo as ModelInfo
    from .model_list_params import ModelListParams as ModelListParams
    from .model_param import ModelParam as ModelParam
    from .output_config_param import OutputConfigParam as OutputConfigParam
    from .parsed_message import ParsedContentBlock as ParsedContentBlock
    from .parsed_message import ParsedMessage as ParsedMessage
    from .parsed_message import ParsedTextBlock as ParsedTextBlock
    from .plain_text_source_param import PlainTextSourceParam as PlainTextSourceParam
    from .raw_content_block_delta import RawContentBlockDelta as RawContentBlockDelta
    from .raw_content_block_delta_event import RawContentBlockDeltaEvent as RawContentBlockDeltaEvent
    from .raw_content_block_start_event import RawContentBlockStartEvent as RawContentBlockStartEvent
    from .raw_content_block_stop_event import RawContentBlockStopEvent as RawContentBlockStopEvent
    from .raw_message_delta_event import RawMessageDeltaEvent as RawMessageDeltaEvent
    from .raw_message_delta_event import RawMessageDeltaEventDelta as RawMessageDeltaEventDelta
    from .raw_message_start_event import RawMessageStartEvent as RawMessageStartEvent
    from .raw_message_stop_event import RawMessageStopEvent as RawMessageStopEvent
    from .raw_message_stream_event import RawMessageStreamEvent as RawMessageStreamEvent
    from .redacted_thinking_block import RedactedThinkingBlock as RedactedThinkingBlock
    from .redacted_thinking_block_param import RedactedThinkingBlockParam as RedactedThinkingBlockParam
    from .search_result_block_param import SearchResultBlockParam as SearchResultBlockParam
    from .server_tool_usage import ServerToolUsage as ServerToolUsage
    from .server_tool_use_block import ServerToolUseBlock as ServerToolUseBlock
    from .server_tool_use_block_param import ServerToolUseBlockParam as ServerToolUseBlockParam
    from .shared.api_error_object import APIErrorObject as APIErrorObject
    from .shared.authentication_error import AuthenticationError as AuthenticationError
    from .shared.billing_error import BillingError as BillingError
    from .shared.error_object import ErrorObject as ErrorObject
    from .shared.error_response import ErrorResponse as ErrorResponse
    from .shared.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from .shared.invalid_request_error import InvalidRequestError as InvalidRequestError
    from .shared.not_found_error import NotFoundError as NotFoundError
    from .shared.overloaded_error import OverloadedError as OverloadedError
    from .shared.permission_error import PermissionError as PermissionError
    from .shared.rate_limit_error import RateLimitError as RateLimitError
    from .signature_delta import SignatureDelta as SignatureDelta
    from .stop_reason import StopReason as StopReason
    from .text_block import TextBlock as TextBlock
    from .text_block_param import TextBlockParam as TextBlockParam
    from .text_citation import TextCitation as TextCitation
    from .text_citation_param import TextCitationParam as TextCitationParam
    from .text_delta import TextDelta as TextDelta
    from .thinking_block import ThinkingBlock as ThinkingBlock
    from .thinking_block_param import ThinkingBlockParam as ThinkingBlockParam
    from .thinking_config_adaptive_param import ThinkingConfigAdaptiveParam as ThinkingConfigAdaptiveParam
    from .thinking_config_disabled_param import ThinkingConfigDisabledParam as ThinkingConfigDisabledParam
    from .thinking_config_enabled_param import ThinkingConfigEnabledParam as ThinkingConfigEnabledParam
    from .thinking_config_param import ThinkingConfigParam as ThinkingConfigParam
    from .thinking_delta import ThinkingDelta as ThinkingDelta
    from .tool_bash_20250124_param import ToolBash20250124Param as ToolBash20250124Param
    from .tool_choice_any_param import ToolChoiceAnyParam as ToolChoiceAnyParam
    from .tool_choice_auto_param import ToolChoiceAutoParam as ToolChoiceAutoParam
    from .tool_choice_none_param import ToolChoiceNoneParam as ToolChoiceNoneParam
    from .tool_choice_param import ToolChoiceParam as ToolChoiceParam
    from .tool_choice_tool_param import ToolChoiceToolParam as ToolChoiceToolParam
    from .tool_param import ToolParam as ToolParam
    from .tool_param import ToolParamInputSchemaObject as ToolParamInputSchemaObject
    from .tool_result_block_param import ToolResultBlockParam as ToolResultBlockParam
    from .tool_text_editor_20250124_param import ToolTextEditor20250124Param as ToolTextEditor20250124Param
    from .tool_text_editor_20250429_param import ToolTextEditor20250429Param as ToolTextEditor20250429Param
    from .tool_text_editor_20250728_param import ToolTextEditor20250728Param as ToolTextEditor20250728Param
    from .tool_union_param import ToolUnionParam as ToolUnionParam
    from .tool_use_block import ToolUseBlock as ToolUseBlock
    from .tool_use_block_param import ToolUseBlockParam as ToolUseBlockParam
    from .url_image_source_param import URLImageSourceParam as URLImageSourceParam
    from .url_pdf_source_param import URLPDFSourceParam as URLPDFSourceParam
    from .usage import Usage as Usage
    from .web_search_result_block import WebSearchResultBlock as WebSearchResultBlock
    from .web_search_result_block_param import WebSearchResultBlockParam as WebSearchResultBlockParam
    from .web_search_tool_20250305_param import WebSearchTool20250305Param as WebSearchTool20250305Param
    from .web_search_tool_20250305_param import (
        WebSearchTool20250305ParamUserLocationApproximate as WebSearchTool20250305ParamUserLocationApproximate,
    )
    from .web_search_tool_request_error_param import WebSearchToolRequestErrorParam as WebSearchToolRequestErrorParam
    from .web_search_tool_result_block import WebSearchToolResultBlock as WebSearchToolResultBlock
    from .web_search_tool_result_block_content import WebSearchToolResultBlockContent as WebSearchToolResultBlockContent
    from .web_search_tool_result_block_param import WebSearchToolResultBlockParam as WebSearchToolResultBlockParam
    from .web_search_tool_result_block_param_content_param import (
        WebSearchToolResultBlockParamContentParam as WebSearchToolResultBlockParamContentParam,
    )
    from .web_search_tool_result_error import WebSearchToolResultError as WebSearchToolResultError

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "APIErrorObject": ".shared.api_error_object",
    "AnthropicBetaParam": ".anthropic_beta_param",
    "AuthenticationError": ".shared.authentication_error",
    "Base64ImageSourceParam": ".base64_image_source_param",
    "Base64PDFSourceParam": ".base64_pdf_source_param",
    "BetaAPIError": ".beta_api_error",
    "BetaAuthenticationError": ".beta_authentication_error",
    "BetaBillingError": ".beta_billing_error",
    "BetaError": ".beta_error",
    "BetaErrorResponse": ".beta_error_response",
    "BetaGatewayTimeoutError": ".beta_gateway_timeout_error",
    "BetaInvalidRequestError": ".beta_invalid_request_error",
    "BetaNotFoundError": ".beta_not_found_error",
    "BetaOverloadedError": ".beta_overloaded_error",
    "BetaPermissionError": ".beta_permission_error",
    "BetaRateLimitError": ".beta_rate_limit_error",
    "BillingError": ".shared.billing_error",
    "CacheControlEphemeralParam": ".cache_control_ephemeral_param",
    "CacheCreation": ".cache_creation",
    "CitationCharLocation": ".citation_char_location",
    "CitationCharLocationParam": ".citation_char_location_param",
    "CitationContentBlockLocation": ".citation_content_block_location",
    "CitationContentBlockLocationParam": ".citation_content_block_location_param",
    "CitationPageLocation": ".citation_page_location",
    "CitationPageLocationParam": ".citation_page_location_param",
    "CitationSearchResultLocationParam": ".citation_search_result_location_param",
    "CitationWebSearchResultLocationParam": ".citation_web_search_result_location_param",
    "CitationsConfigParam": ".citations_config_param",
    "CitationsDelta": ".citations_delta",
    "CitationsSearchResultLocation": ".citations_search_result_location",
    "CitationsWebSearchResultLocation": ".citations_web_search_result_location",
    "Completion": ".completion",
    "CompletionCreateParams": ".completion_create_params",
    "CompletionCreateParamsBase": ".completion_create_params",
    "CompletionCreateParamsNonStreaming": ".completion_create_params",
    "CompletionCreateParamsStreaming": ".completion_create_params",
    "ContentBlock": ".content_block",
    "ContentBlockDeltaEvent": ".content_block_delta_event",
    "ContentBlockParam": ".content_block_param",
    "ContentBlockSourceContentParam": ".content_block_source_content_param",
    "ContentBlockSourceParam": ".content_block_source_param",
    "ContentBlockStartEvent": ".content_block_start_event",
    "ContentBlockStopEvent": ".content_block_stop_event",
    "DocumentBlockParam": ".document_block_param",
    "ErrorObject": ".shared.error_object",
    "ErrorResponse": ".shared.error_response",
    "GatewayTimeoutError": ".shared.gateway_timeout_error",
    "ImageBlockParam": ".image_block_param",
    "InputJSONDelta": ".input_json_delta",
    "InputJsonDelta": ".input_json_delta",
    "InvalidRequestError": ".shared.invalid_request_error",
    "JSONOutputFormatParam": ".json_output_format_param",
    "Message": ".message",
    "MessageCountTokensParams": ".message_count_tokens_params",
    "MessageCountTokensToolParam": ".message_count_tokens_tool_param",
    "MessageCreateParams": ".message_create_params",
    "MessageCreateParamsBase": ".message_create_params",
    "MessageCreateParamsNonStreaming": ".message_create_params",
    "MessageCreateParamsStreaming": ".message_create_params",
    "MessageDeltaEvent": ".message_delta_event",
    "MessageDeltaUsage": ".message_delta_usage",
    "MessageParam": ".message_param",
    "MessageStartEvent": ".message_start_event",
    "MessageStopEvent": ".message_stop_event",
    "MessageStreamEvent": ".message_stream_event",
    "MessageTokensCount": ".message_tokens_count",
    "MetadataParam": ".metadata_param",
    "Model": ".model",
    "ModelInfo": ".model_info",
    "ModelListParams": ".model_list_params",
    "ModelParam": ".model_param",
    "NotFoundError": ".shared.not_found_error",
    "OutputConfigParam": ".output_config_param",
    "OverloadedError": ".shared.overloaded_error",
    "ParsedContentBlock": ".parsed_message",
    "ParsedMessage": ".parsed_message",
    "ParsedTextBlock": ".parsed_message",
    "PermissionError": ".shared.permission_error",
    "PlainTextSourceParam": ".plain_text_source_param",
    "RateLimitError": ".shared.rate_limit_error",
    "RawContentBlockDelta": ".raw_content_block_delta",
    "RawContentBlockDeltaEvent": ".raw_content_block_delta_event",
    "RawContentBlockStartEvent": ".raw_content_block_start_event",
    "RawContentBlockStopEvent": ".raw_content_block_stop_event",
    "RawMessageDeltaEvent": ".raw_message_delta_event",
    "RawMessageDeltaEventDelta": ".raw_message_delta_event",
    "RawMessageStartEvent": ".raw_message_start_event",
    "RawMessageStopEvent": ".raw_message_stop_event",
    "RawMessageStreamEvent": ".raw_message_stream_event",
    "RedactedThinkingBlock": ".redacted_thinking_block",
    "RedactedThinkingBlockParam": ".redacted_thinking_block_param",
    "SearchResultBlockParam": ".search_result_block_param",
    "ServerToolUsage": ".server_tool_usage",
    "ServerToolUseBlock": ".server_tool_use_block",
    "ServerToolUseBlockParam": ".server_tool_use_block_param",
    "SignatureDelta": ".signature_delta",
    "StopReason": ".stop_reason",
    "TextBlock": ".text_block",
    "TextBlockParam": ".text_block_param",
    "TextCitation": ".text_citation",
    "TextCitationParam": ".text_citation_param",
    "TextDelta": ".text_delta",
    "ThinkingBlock": ".thinking_block",
    "ThinkingBlockParam": ".thinking_block_param",
    "ThinkingConfigAdaptiveParam": ".thinking_config_adaptive_param",
    "ThinkingConfigDisabledParam": ".thinking_config_disabled_param",
    "ThinkingConfigEnabledParam": ".thinking_config_enabled_param",
    "ThinkingConfigParam": ".thinking_config_param",
    "ThinkingDelta": ".thinking_delta",
    "ToolBash20250124Param": ".tool_bash_20250124_param",
    "ToolChoiceAnyParam": ".tool_choice_any_param",
    "ToolChoiceAutoParam": ".tool_choice_auto_param",
    "ToolChoiceNoneParam": ".tool_choice_none_param",
    "ToolChoiceParam": ".tool_choice_param",
    "ToolChoiceToolParam": ".tool_choice_tool_param",
    "ToolParam": ".tool_param",
    "ToolParamInputSchemaObject": ".tool_param",
    "ToolResultBlockParam": ".tool_result_block_param",
    "ToolTextEditor20250124Param": ".tool_text_editor_20250124_param",
    "ToolTextEditor20250429Param": ".tool_text_editor_20250429_param",
    "ToolTextEditor20250728Param": ".tool_text_editor_20250728_param",
    "ToolUnionParam": ".tool_union_param",
    "ToolUseBlock": ".tool_use_block",
    "ToolUseBlockParam": ".tool_use_block_param",
    "URLImageSourceParam": ".url_image_source_param",
    "URLPDFSourceParam": ".url_pdf_source_param",
    "Usage": ".usage",
    "WebSearchResultBlock": ".web_search_result_block",
    "WebSearchResultBlockParam": ".web_search_result_block_param",
    "WebSearchTool20250305Param": ".web_search_tool_20250305_param",
    "WebSearchTool20250305ParamUserLocationApproximate": ".web_search_tool_20250305_param",
    "WebSearchToolRequestErrorParam": ".web_search_tool_request_error_param",
    "WebSearchToolResultBlock": ".web_search_tool_result_block",
    "WebSearchToolResultBlockContent": ".web_search_tool_result_block_content",
    "WebSearchToolResultBlockParam": ".web_search_tool_result_block_param",
    "WebSearchToolResultBlockParamContentParam": ".web_search_tool_result_block_param_content_param",
    "WebSearchToolResultError": ".web_search_tool_result_error",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "beta",
        "messages",
        "shared",
    }
)

__all__ = [
    "APIErrorObject",
    "AnthropicBetaParam",
    "AuthenticationError",
    "Base64ImageSourceParam",
    "Base64PDFSourceParam",
    "BetaAPIError",
    "BetaAuthenticationError",
    "BetaBillingError",
    "BetaError",
    "BetaErrorResponse",
    "BetaGatewayTimeoutError",
    "BetaInvalidRequestError",
    "BetaNotFoundError",
    "BetaOverloadedError",
    "BetaPermissionError",
    "BetaRateLimitError",
    "BillingError",
    "CacheControlEphemeralParam",
    "CacheCreation",
    "CitationCharLocation",
    "CitationCharLocationParam",
    "CitationContentBlockLocation",
    "CitationContentBlockLocationParam",
    "CitationPageLocation",
    "CitationPageLocationParam",
    "CitationSearchResultLocationParam",
    "CitationWebSearchResultLocationParam",
    "CitationsConfigParam",
    "CitationsDelta",
    "CitationsSearchResultLocation",
    "CitationsWebSearchResultLocation",
    "Completion",
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "ContentBlock",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ContentBlockSourceContentParam",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "DocumentBlockParam",
    "ErrorObject",
    "ErrorResponse",
    "GatewayTimeoutError",
    "ImageBlockParam",
    "InputJSONDelta",
    "InputJsonDelta",
    "InvalidRequestError",
    "JSONOutputFormatParam",
    "Message",
    "MessageCountTokensParams",
    "MessageCountTokensToolParam",
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageTokensCount",
    "MetadataParam",
    "Model",
    "ModelInfo",
    "ModelListParams",
    "ModelParam",
    "NotFoundError",
    "OutputConfigParam",
    "OverloadedError",
    "ParsedContentBlock",
    "ParsedMessage",
    "ParsedTextBlock",
    "PermissionError",
    "PlainTextSourceParam",
    "RateLimitError",
    "RawContentBlockDelta",
    "RawContentBlockDeltaEvent",
    "RawContentBlockStartEvent",
    "RawContentBlockStopEvent",
    "RawMessageDeltaEvent",
    "RawMessageDeltaEventDelta",
    "RawMessageStartEvent",
    "RawMessageStopEvent",
    "RawMessageStreamEvent",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "SearchResultBlockParam",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockParam",
    "SignatureDelta",
    "StopReason",
    "TextBlock",
    "TextBlockParam",
    "TextCitation",
    "TextCitationParam",
    "TextDelta",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ToolBash20250124Param",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceToolParam",
    "ToolParam",
    "ToolParamInputSchemaObject",
    "ToolResultBlockParam",
    "ToolTextEditor20250124Param",
    "ToolTextEditor20250429Param",
    "ToolTextEditor20250728Param",
    "ToolUnionParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "Usage",
    "WebSearchResultBlock",
    "WebSearchResultBlockParam",
    "WebSearchTool20250305Param",
    "WebSearchTool20250305ParamUserLocationApproximate",
    "WebSearchToolRequestErrorParam",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockContent",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultBlockParamContentParam",
    "WebSearchToolResultError",
    "beta",
    "messages",
    "shared",
]


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still reported

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(__all__)

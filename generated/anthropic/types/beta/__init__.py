# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types.beta`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import messages as messages
    from . import skills as skills
    from .beta_all_thinking_turns_param import BetaAllThinkingTurnsParam as BetaAllThinkingTurnsParam
    from .beta_base64_image_source_param import BetaBase64ImageSourceParam as BetaBase64ImageSourceParam
    from .beta_base64_pdf_block_param import BetaBase64PDFBlockParam as BetaBase64PDFBlockParam
    from .beta_base64_pdf_source import BetaBase64PDFSource as BetaBase64PDFSource
    from .beta_base64_pdf_source_param import BetaBase64PDFSourceParam as BetaBase64PDFSourceParam
    from .beta_bash_code_execution_output_block import (
        BetaBashCodeExecutionOutputBlock as BetaBashCodeExecutionOutputBlock,
    )
    from .beta_bash_code_execution_output_block_param import (
        BetaBashCodeExecutionOutputBlockParam as BetaBashCodeExecutionOutputBlockParam,
    )
    from .beta_bash_code_execution_result_block import (
        BetaBashCodeExecutionResultBlock as BetaBashCodeExecutionResultBlock,
    )
    from .beta_bash_code_execution_result_block_param import (
        BetaBashCodeExecutionResultBlockParam as BetaBashCodeExecutionResultBlockParam,
    )
    from .beta_bash_code_execution_tool_result_block import (
        BetaBashCodeExecutionToolResultBlock as BetaBashCodeExecutionToolResultBlock,
    )
    from .beta_bash_code_execution_tool_result_block_param import (
        BetaBashCodeExecutionToolResultBlockParam as BetaBashCodeExecutionToolResultBlockParam,
    )
    from .beta_bash_code_execution_tool_result_error import (
        BetaBashCodeExecutionToolResultError as BetaBashCodeExecutionToolResultError,
    )
    from .beta_bash_code_execution_tool_result_error_param import (
        BetaBashCodeExecutionToolResultErrorParam as BetaBashCodeExecutionToolResultErrorParam,
    )
    from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam as BetaCacheControlEphemeralParam
    from .beta_cache_creation import BetaCacheCreation as BetaCacheCreation
    from .beta_citation_char_location import BetaCitationCharLocation as BetaCitationCharLocation
    from .beta_citation_char_location_param import BetaCitationCharLocationParam as BetaCitationCharLocationParam
    from .beta_citation_config import BetaCitationConfig as BetaCitationConfig
    from .beta_citation_content_block_location import (
        BetaCitationContentBlockLocation as BetaCitationContentBlockLocation,
    )
    from .beta_citation_content_block_location_param import (
        BetaCitationContentBlockLocationParam as BetaCitationContentBlockLocationParam,
    )
    from .beta_citation_page_location import BetaCitationPageLocation as BetaCitationPageLocation
    from .beta_citation_page_location_param import BetaCitationPageLocationParam as BetaCitationPageLocationParam
    from .beta_citation_search_result_location import (
        BetaCitationSearchResultLocation as BetaCitationSearchResultLocation,
    )
    from .beta_citation_search_result_location_param import (
        BetaCitationSearchResultLocationParam as BetaCitationSearchResultLocationParam,
    )
    from .beta_citation_web_search_result_location_param import (
        BetaCitationWebSearchResultLocationParam as BetaCitationWebSearchResultLocationParam,
    )
    from .beta_citations_config_param import BetaCitationsConfigParam as BetaCitationsConfigParam
    from .beta_citations_delta import BetaCitationsDelta as BetaCitationsDelta
    from .beta_citations_web_search_result_location import (
        BetaCitationsWebSearchResultLocation as BetaCitationsWebSearchResultLocation,
    )
    from .beta_clear_thinking_20251015_edit_param import (
        BetaClearThinking20251015EditParam as BetaClearThinking20251015EditParam,
    )
    from .beta_clear_thinking_20251015_edit_response import (
        BetaClearThinking20251015EditResponse as BetaClearThinking20251015EditResponse,
    )
    from .beta_clear_tool_uses_20250919_edit_param import (
        BetaClearToolUses20250919EditParam as BetaClearToolUses20250919EditParam,
    )
    from .beta_clear_tool_uses_20250919_edit_response import (
        BetaClearToolUses20250919EditResponse as BetaClearToolUses20250919EditResponse,
    )
    from .beta_code_execution_output_block import BetaCodeExecutionOutputBlock as BetaCodeExecutionOutputBlock
    from .beta_code_execution_output_block_param import (
        BetaCodeExecutionOutputBlockParam as BetaCodeExecutionOutputBlockParam,
    )
    from .beta_code_execution_result_block import BetaCodeExecutionResultBlock as BetaCodeExecutionResultBlock
    from .beta_code_execution_result_block_param import (
        BetaCodeExecutionResultBlockParam as BetaCodeExecutionResultBlockParam,
    )
    from .beta_code_execution_tool_20250522_param import (
        BetaCodeExecutionTool20250522Param as BetaCodeExecutionTool20250522Param,
    )
    from .beta_code_execution_tool_20250825_param import (
        BetaCodeExecutionTool20250825Param as BetaCodeExecutionTool20250825Param,
    )
    from .beta_code_execution_tool_result_block import (
        BetaCodeExecutionToolResultBlock as BetaCodeExecutionToolResultBlock,
    )
    from .beta_code_execution_tool_result_block_content import (
        BetaCodeExecutionToolResultBlockContent as BetaCodeExecutionToolResultBlockContent,
    )
    from .beta_code_execution_tool_result_block_param import (
        BetaCodeExecutionToolResultBlockParam as BetaCodeExecutionToolResultBlockParam,
    )
    from .beta_code_execution_tool_result_block_param_content_param import (
        BetaCodeExecutionToolResultBlockParamContentParam as BetaCodeExecutionToolResultBlockParamContentParam,
    )
    from .beta_code_execution_tool_result_error import (
        BetaCodeExecutionToolResultError as BetaCodeExecutionToolResultError,
    )
    from .beta_code_execution_tool_result_error_code import (
        BetaCodeExecutionToolResultErrorCode as BetaCodeExecutionToolResultErrorCode,
    )
    from .beta_code_execution_tool_result_error_param import (
        BetaCodeExecutionToolResultErrorParam as BetaCodeExecutionToolResultErrorParam,
    )
    from .beta_compact_20260112_edit_param import BetaCompact20260112EditParam as BetaCompact20260112EditParam
    from .beta_compaction_block import BetaCompactionBlock as BetaCompactionBlock
    from .beta_compaction_block_param import BetaCompactionBlockParam as BetaCompactionBlockParam
    from .beta_compaction_content_block_delta import BetaCompactionContentBlockDelta as BetaCompactionContentBlockDelta
    from .beta_compaction_iteration_usage import BetaCompactionIterationUsage as BetaCompactionIterationUsage
    from .beta_container import BetaContainer as BetaContainer
    from .beta_container_params import BetaContainerParams as BetaContainerParams
    from .beta_container_upload_block import BetaContainerUploadBlock as BetaContainerUploadBlock
    from .beta_container_upload_block_param import BetaContainerUploadBlockParam as BetaContainerUploadBlockParam
    from .beta_content_block import BetaContentBlock as BetaContentBlock
    from .beta_content_block_param import BetaContentBlockParam as BetaContentBlockParam
    from .beta_content_block_source_content_param import (
        BetaContentBlockSourceContentParam as BetaContentBlockSourceContentParam,
    )
    from .beta_content_block_source_param import BetaContentBlockSourceParam as BetaContentBlockSourceParam
    from .beta_context_management_config_param import (
        BetaContextManagementConfigParam as BetaContextManagementConfigParam,
    )
    from .beta_context_management_response import BetaContextManagementResponse as BetaContextManagementResponse
    from .beta_count_tokens_context_management_response import (
        BetaCountTokensContextManagementResponse as BetaCountTokensContextManagementResponse,
    )
    from .beta_direct_caller import BetaDirectCaller as BetaDirectCaller
    from .beta_direct_caller_param import BetaDirectCallerParam as BetaDirectCallerParam
    from .beta_document_block import BetaDocumentBlock as BetaDocumentBlock
    from .beta_file_document_source_param import BetaFileDocumentSourceParam as BetaFileDocumentSourceParam
    from .beta_file_image_source_param import BetaFileImageSourceParam as BetaFileImageSourceParam
    from .beta_image_block_param import BetaImageBlockParam as BetaImageBlockParam
    from .beta_input_json_delta import BetaInputJSONDelta as BetaInputJSONDelta
    from .beta_input_tokens_clear_at_least_param import (
        BetaInputTokensClearAtLeastParam as BetaInputTokensClearAtLeastParam,
    )
    from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam as BetaInputTokensTriggerParam
    from .beta_iterations_usage import BetaIterationsUsage as BetaIterationsUsage
    from .beta_json_output_format_param import BetaJSONOutputFormatParam as BetaJSONOutputFormatParam
    from .beta_mcp_tool_config_param import BetaMCPToolConfigParam as BetaMCPToolConfigParam
    from .beta_mcp_tool_default_config_param import BetaMCPToolDefaultConfigParam as BetaMCPToolDefaultConfigParam
    from .beta_mcp_tool_result_block import BetaMCPToolResultBlock as BetaMCPToolResultBlock
    from .beta_mcp_tool_use_block import BetaMCPToolUseBlock as BetaMCPToolUseBlock
    from .beta_mcp_tool_use_block_param import BetaMCPToolUseBlockParam as BetaMCPToolUseBlockParam
    from .beta_mcp_toolset_param import BetaMCPToolsetParam as BetaMCPToolsetParam
    from .beta_memory_tool_20250818_command import BetaMemoryTool20250818Command as BetaMemoryTool20250818Command
    from .beta_memory_tool_20250818_create_command import (
        BetaMemoryTool20250818CreateCommand as BetaMemoryTool20250818CreateCommand,
    )
    from .beta_memory_tool_20250818_delete_command import (
        BetaMemoryTool20250818DeleteCommand as BetaMemoryTool20250818DeleteCommand,
    )
    from .beta_memory_tool_20250818_insert_command import (
        BetaMemoryTool20250818InsertCommand as BetaMemoryTool20250818InsertCommand,
    )
    from .beta_memory_tool_20250818_param import BetaMemoryTool20250818Param as BetaMemoryTool20250818Param
    from .beta_memory_tool_20250818_rename_command import (
        BetaMemoryTool20250818RenameCommand as BetaMemoryTool20250818RenameCommand,
    )
    from .beta_memory_tool_20250818_str_replace_command import (
        BetaMemoryTool20250818StrReplaceCommand as BetaMemoryTool20250818StrReplaceCommand,
    )
    from .beta_memory_tool_20250818_view_command import (
        BetaMemoryTool20250818ViewCommand as BetaMemoryTool20250818ViewCommand,
    )
    from .beta_message import BetaMessage as BetaMessage
    from .beta_message_delta_usage import BetaMessageDeltaUsage as BetaMessageDeltaUsage
    from .beta_message_iteration_usage import BetaMessageIterationUsage as BetaMessageIterationUsage
    from .beta_message_param import BetaMessageParam as BetaMessageParam
    from .beta_message_tokens_count import BetaMessageTokensCount as BetaMessageTokensCount
    from .beta_metadata_param import BetaMetadataParam as BetaMetadataParam
    from .beta_model_info import BetaModelInfo as BetaModelInfo
    from .beta_output_config_param import BetaOutputConfigParam as BetaOutputConfigParam
    from .beta_plain_text_source import BetaPlainTextSource as BetaPlainTextSource
    from .beta_plain_text_source_param import BetaPlainTextSourceParam as BetaPlainTextSourceParam
    from .beta_raw_content_block_delta import BetaRawContentBlockDelta as BetaRawContentBlockDelta
    from .beta_raw_content_block_delta_event import BetaRawContentBlockDeltaEvent as BetaRawContentBlockDeltaEvent
    from .beta_raw_content_block_start_event import BetaRawContentBlockStartEvent as BetaRawContentBlockStartEvent
    from .beta_raw_content_block_stop_event import BetaRawContentBlockStopEvent as BetaRawContentBlockStopEvent
    from .beta_raw_message_delta_event import BetaRawMessageDeltaEvent as BetaRawMessageDeltaEvent
    from .beta_raw_message_delta_event import BetaRawMessageDeltaEventDelta as BetaRawMessageDeltaEventDelta
    from .beta_raw_message_start_event import BetaRawMessageStartEvent as BetaRawMessageStartEvent
    from .beta_raw_message_stop_event import BetaRawMessageStopEvent as BetaRawMessageStopEvent
    from .beta_raw_message_stream_event import BetaRawMessageStreamEvent as BetaRawMessageStreamEvent
    from .beta_redacted_thinking_block import BetaRedactedThinkingBlock as BetaRedactedThinkingBlock
    from .beta_redacted_thinking_block_param import BetaRedactedThinkingBlockParam as BetaRedactedThinkingBlockParam
    from .beta_request_document_block_param import BetaRequestDocumentBlockParam as BetaRequestDocumentBlockParam
    from .beta_request_mcp_server_tool_configuration_param import (
        BetaRequestMCPServerToolConfigurationParam as BetaRequestMCPServerToolConfigurationParam,
    )
    from .beta_request_mcp_server_url_definition_param import (
        BetaRequestMCPServerURLDefinitionParam as BetaRequestMCPServerURLDefinitionParam,
    )
    from .beta_request_mcp_tool_result_block_param import (
        BetaRequestMCPToolResultBlockParam as BetaRequestMCPToolResultBlockParam,
    )
    from .beta_search_result_block_param import BetaSearchResultBlockParam as BetaSearchResultBlockParam
    from .beta_server_tool_caller import BetaServerToolCaller as BetaServerToolCaller
    from .beta_server_tool_caller_param import BetaServerToolCallerParam as BetaServerToolCallerParam
    from .beta_server_tool_usage import BetaServerToolUsage as BetaServerToolUsage
    from .beta_server_tool_use_block import BetaServerToolUseBlock as BetaServerToolUseBlock
    from .beta_server_tool_use_block_param import BetaServerToolUseBlockParam as BetaServerToolUseBlockParam
    from .beta_signature_delta import BetaSignatureDelta as BetaSignatureDelta
    from .beta_skill import BetaSkill as BetaSkill
    from .beta_skill_params import BetaSkillParams as BetaSkillParams
    from .beta_stop_reason import BetaStopReason as BetaStopReason
    from .beta_text_block import BetaTextBlock as BetaTextBlock
    from .beta_text_block_param import BetaTextBlockParam as BetaTextBlockParam
    from .beta_text_citation import BetaTextCitation as BetaTextCitation
    from .beta_text_citation_param import BetaTextCitationParam as BetaTextCitationParam
    from .beta_text_delta import BetaTextDelta as BetaTextDelta
    from .beta_text_editor_code_execution_create_result_block import (
        BetaTextEditorCodeExecutionCreateResultBlock as BetaTextEditorCodeExecutionCreateResultBlock,
    )
    from .beta_text_editor_code_execution_create_result_block_param import (
        BetaTextEditorCodeExecutionCreateResultBlockParam as BetaTextEditorCodeExecutionCreateResultBlockParam,
    )
    from .beta_text_editor_code_execution_str_replace_result_block import (
        BetaTextEditorCodeExecutionStrReplaceResultBlock as BetaTextEditorCodeExecutionStrReplaceResultBlock,
    )
    from .beta_text_editor_code_execution_str_replace_result_block_param import (
        BetaTextEditorCodeExecutionStrReplaceResultBlockParam as BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
    )
    from .beta_text_editor_code_execution_tool_result_block import (
        BetaTextEditorCodeExecutionToolResultBlock as BetaTextEditorCodeExecutionToolResultBlock,
    )
    from .beta_text_editor_code_execution_tool_result_block_param import (
        BetaTextEditorCodeExecutionToolResultBlockParam as BetaTextEditorCodeExecutionToolResultBlockParam,
    )
    from .beta_text_editor_code_execution_tool_result_error import (
        BetaTextEditorCodeExecutionToolResultError as BetaTextEditorCodeExecutionToolResultError,
    )
    from .beta_text_editor_code_execution_tool_result_error_param import (
        BetaTextEditorCodeExecutionToolResultErrorParam as BetaTextEditorCodeExecutionToolResultErrorParam,
    )
    from .beta_text_editor_code_execution_view_result_block import (
        BetaTextEditorCodeExecutionViewResultBlock as BetaTextEditorCodeExecutionViewResultBlock,
    )
    from .beta_text_editor_code_execution_view_result_block_param import (
        BetaTextEditorCodeExecutionViewResultBlockParam as BetaTextEditorCodeExecutionViewResultBlockParam,
    )
    from .beta_thinking_block import BetaThinkingBlock as BetaThinkingBlock
    from .beta_thinking_block_param import BetaThinkingBlockParam as BetaThinkingBlockParam
    from .beta_thinking_config_adaptive_param import BetaThinkingConfigAdaptiveParam as BetaThinkingConfigAdaptiveParam
    from .beta_thinking_config_disabled_param import BetaThinkingConfigDisabledParam as BetaThinkingConfigDisabledParam
    from .beta_thinking_config_enabled_param import BetaThinkingConfigEnabledParam as BetaThinkingConfigEnabledParam
    from .beta_thinking_config_param import BetaThinkingConfigParam as BetaThinkingConfigParam
    from .beta_thinking_delta import BetaThinkingDelta as BetaThinkingDelta
    from .beta_thinking_turns_param import BetaThinkingTurnsParam as BetaThinkingTurnsParam
    from .beta_tool_bash_20241022_param import BetaToolBash20241022Param as BetaToolBash20241022Param
    from .beta_tool_bash_20250124_param import BetaToolBash20250124Param as BetaToolBash20250124Param
    from .beta_tool_choice_any_param import BetaToolChoiceAnyParam as BetaToolChoiceAnyParam
    from .beta_tool_choice_auto_param import BetaToolChoiceAutoParam as BetaToolChoiceAutoParam
    from .beta_tool_choice_none_param import BetaToolChoiceNoneParam as BetaToolChoiceNoneParam
    from .beta_tool_choice_param import BetaToolChoiceParam as BetaToolChoiceParam
    from .beta_tool_choice_tool_param import BetaToolChoiceToolParam as BetaToolChoiceToolParam
    from .beta_tool_computer_use_20241022_param import (
        BetaToolComputerUse20241022Param as BetaToolComputerUse20241022Param,
    )
    from .beta_tool_computer_use_20250124_param import (
        BetaToolComputerUse20250124Param as BetaToolComputerUse20250124Param,
    )
    from .beta_tool_computer_use_20251124_param import (
        BetaToolComputerUse20251124Param as BetaToolComputerUse20251124Param,
    )
    from .beta_tool_param import BetaToolParam as BetaToolParam
    from .beta_tool_param import BetaToolParamInputSchemaObject as BetaToolParamInputSchemaObject
    from .beta_tool_reference_block import BetaToolReferenceBlock as BetaToolReferenceBlock
    from .beta_tool_reference_block_param import BetaToolReferenceBlockParam as BetaToolReferenceBlockParam
    from .beta_tool_result_block_param import BetaToolResultBlockParam as BetaToolResultBlockParam
    from .beta_tool_search_tool_bm25_20251119_param import (
        BetaToolSearchToolBm25_20251119Param as BetaToolSearchToolBm25_20251119Param,
    )
    from .beta_tool_search_tool_regex_20251119_param import (
        BetaToolSearchToolRegex20251119Param as BetaToolSearchToolRegex20251119Param,
    )
    from .beta_tool_search_tool_result_block import BetaToolSearchToolResultBlock as BetaToolSearchToolResultBlock
    from .beta_tool_search_tool_result_block_param import (
        BetaToolSearchToolResultBlockParam as BetaToolSearchToolResultBlockParam,
    )
    from .beta_tool_search_tool_result_error import BetaToolSearchToolResultError as BetaToolSearchToolResultError
    from .beta_tool_search_tool_result_error_param import (
        BetaToolSearchToolResultErrorParam as BetaToolSearchToolResultErrorParam,
    )
    from .beta_tool_search_tool_search_result_block import (
        BetaToolSearchToolSearchResultBlock as BetaToolSearchToolSearchResultBlock,
    )
    from .beta_tool_search_tool_search_result_block_param import (
        BetaToolSearchToolSearchResultBlockParam as BetaToolSearchToolSearchResultBlockParam,
    )
    from .beta_tool_text_editor_20241022_param import BetaToolTextEditor20241022Param as BetaToolTextEditor20241022Param
    from .beta_tool_text_editor_20250124_param import BetaToolTextEditor20250124Param as BetaToolTextEditor20250124Param
    from .beta_tool_text_editor_20250429_param import BetaToolTextEditor20250429Param as BetaToolTextEditor20250429Param
    from .beta_tool_text_editor_20250728_param import BetaToolTextEditor20250728Param as BetaToolTextEditor20250728Param
    from .beta_tool_union_param import BetaToolUnionParam as BetaToolUnionParam
    from .beta_tool_use_block import BetaToolUseBlock as BetaToolUseBlock
    from .beta_tool_use_block_param import BetaToolUseBlockParam as BetaToolUseBlockParam
    from .beta_tool_uses_keep_param import BetaToolUsesKeepParam as BetaToolUsesKeepParam
    from .beta_tool_uses_trigger_param import BetaToolUsesTriggerParam as BetaToolUsesTriggerParam
    from .beta_url_image_source_param import BetaURLImageSourceParam as BetaURLImageSourceParam
    from .beta_url_pdf_source_param import BetaURLPDFSourceParam as BetaURLPDFSourceParam
    from .beta_usage import BetaUsage as BetaUsage
    from .beta_web_fetch_block import BetaWebFetchBlock as BetaWebFetchBlock
    from .beta_web_fetch_block_param import BetaWebFetchBlockParam as BetaWebFetchBlockParam
    from .beta_web_fetch_tool_20250910_param import BetaWebFetchTool20250910Param as BetaWebFetchTool20250910Param
    from .beta_web_fetch_tool_result_block import BetaWebFetchToolResultBlock as BetaWebFetchToolResultBlock
    from .beta_web_fetch_tool_result_block_param import (
        BetaWebFetchToolResultBlockParam as BetaWebFetchToolResultBlockParam,
    )
    from .beta_web_fetch_tool_result_error_block import (
        BetaWebFetchToolResultErrorBlock as BetaWebFetchToolResultErrorBlock,
    )
    from .beta_web_fetch_tool_result_error_block_param import (
        BetaWebFetchToolResultErrorBlockParam as BetaWebFetchToolResultErrorBlockParam,
    )
    from .beta_web_fetch_tool_result_error_code import (
        BetaWebFetchToolResultErrorCode as BetaWebFetchToolResultErrorCode,
    )
    from .beta_web_search_result_block import BetaWebSearchResultBlock as BetaWebSearchResultBlock
    from .beta_web_search_result_block_param import BetaWebSearchResultBlockParam as BetaWebSearchResultBlockParam
    from .beta_web_search_tool_20250305_param import BetaWebSearchTool20250305Param as BetaWebSearchTool20250305Param
    from .beta_web_search_tool_20250305_param import (
        BetaWebSearchTool20250305ParamUserLocationApproximate as BetaWebSearchTool20250305ParamUserLocationApproximate,
    )
    from .beta_web_search_tool_request_error_param import (
        BetaWebSearchToolRequestErrorParam as BetaWebSearchToolRequestErrorParam,
    )
    from .beta_web_search_tool_result_block import BetaWebSearchToolResultBlock as BetaWebSearchToolResultBlock
    from .beta_web_search_tool_result_block_content import (
        BetaWebSearchToolResultBlockContent as BetaWebSearchToolResultBlockContent,
    )
    from .beta_web_search_tool_result_block_param import (
        BetaWebSearchToolResultBlockParam as BetaWebSearchToolResultBlockParam,
    )
    from .beta_web_search_tool_result_block_param_content_param import (
        BetaWebSearchToolResultBlockParamContentParam as BetaWebSearchToolResultBlockParamContentParam,
    )
    from .beta_web_search_tool_result_error import BetaWebSearchToolResultError as BetaWebSearchToolResultError
    from .beta_web_search_tool_result_error_code import (
        BetaWebSearchToolResultErrorCode as BetaWebSearchToolResultErrorCode,
    )
    from .deleted_file import DeletedFile as DeletedFile
    from .file_list_params import FileListParams as FileListParams
    from .file_metadata import FileMetadata as FileMetadata
    from .file_upload_params import FileUploadParams as FileUploadParams
    from .message_count_tokens_params import MessageCountTokensParams as MessageCountTokensParams
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_create_params import MessageCreateParamsBase as MessageCreateParamsBase
    from .message_create_params import MessageCreateParamsNonStreaming as MessageCreateParamsNonStreaming
    from .message_create_params import MessageCreateParamsStreaming as MessageCreateParamsStreaming
    from .model_list_params import ModelListParams as ModelListParams
    from .parsed_beta_message import ParsedBetaContentBlock as ParsedBetaContentBlock
    from .parsed_beta_message import ParsedBetaMessage as ParsedBetaMessage
    from .parsed_beta_message import ParsedBetaTextBlock as ParsedBetaTextBlock
    from .skill_create_params import SkillCreateParams as SkillCreateParams
    from .skill_create_response import SkillCreateResponse as SkillCreateResponse
    from .skill_delete_response import SkillDeleteResponse as SkillDeleteResponse
    from .skill_list_params import SkillListParams as SkillListParams
    from .skill_list_response import SkillListResponse as SkillListResponse
    from .skill_retrieve_response import SkillRetrieveResponse as SkillRetrieveResponse

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "BetaAllThinkingTurnsParam": ".beta_all_thinking_turns_param",
    "BetaBase64ImageSourceParam": ".beta_base64_image_source_param",
    "BetaBase64PDFBlockParam": ".beta_base64_pdf_block_param",
    "BetaBase64PDFSource": ".beta_base64_pdf_source",
    "BetaBase64PDFSourceParam": ".beta_base64_pdf_source_param",
    "BetaBashCodeExecutionOutputBlock": ".beta_bash_code_execution_output_block",
    "BetaBashCodeExecutionOutputBlockParam": ".beta_bash_code_execution_output_block_param",
    "BetaBashCodeExecutionResultBlock": ".beta_bash_code_execution_result_block",
    "BetaBashCodeExecutionResultBlockParam": ".beta_bash_code_execution_result_block_param",
    "BetaBashCodeExecutionToolResultBlock": ".beta_bash_code_execution_tool_result_block",
    "BetaBashCodeExecutionToolResultBlockParam": ".beta_bash_code_execution_tool_result_block_param",
    "BetaBashCodeExecutionToolResultError": ".beta_bash_code_execution_tool_result_error",
    "BetaBashCodeExecutionToolResultErrorParam": ".beta_bash_code_execution_tool_result_error_param",
    "BetaCacheControlEphemeralParam": ".beta_cache_control_ephemeral_param",
    "BetaCacheCreation": ".beta_cache_creation",
    "BetaCitationCharLocation": ".beta_citation_char_location",
    "BetaCitationCharLocationParam": ".beta_citation_char_location_param",
    "BetaCitationConfig": ".beta_citation_config",
    "BetaCitationContentBlockLocation": ".beta_citation_content_block_location",
    "BetaCitationContentBlockLocationParam": ".beta_citation_content_block_location_param",
    "BetaCitationPageLocation": ".beta_citation_page_location",
    "BetaCitationPageLocationParam": ".beta_citation_page_location_param",
    "BetaCitationSearchResultLocation": ".beta_citation_search_result_location",
    "BetaCitationSearchResultLocationParam": ".beta_citation_search_result_location_param",
    "BetaCitationWebSearchResultLocationParam": ".beta_citation_web_search_result_location_param",
    "BetaCitationsConfigParam": ".beta_citations_config_param",
    "BetaCitationsDelta": ".beta_citations_delta",
    "BetaCitationsWebSearchResultLocation": ".beta_citations_web_search_result_location",
    "BetaClearThinking20251015EditParam": ".beta_clear_thinking_20251015_edit_param",
    "BetaClearThinking20251015EditResponse": ".beta_clear_thinking_20251015_edit_response",
    "BetaClearToolUses20250919EditParam": ".beta_clear_tool_uses_20250919_edit_param",
    "BetaClearToolUses20250919EditResponse": ".beta_clear_tool_uses_20250919_edit_response",
    "BetaCodeExecutionOutputBlock": ".beta_code_execution_output_block",
    "BetaCodeExecutionOutputBlockParam": ".beta_code_execution_output_block_param",
    "BetaCodeExecutionResultBlock": ".beta_code_execution_result_block",
    "BetaCodeExecutionResultBlockParam": ".beta_code_execution_result_block_param",
    "BetaCodeExecutionTool20250522Param": ".beta_code_execution_tool_20250522_param",
    "BetaCodeExecutionTool20250825Param": ".beta_code_execution_tool_20250825_param",
    "BetaCodeExecutionToolResultBlock": ".beta_code_execution_tool_result_block",
    "BetaCodeExecutionToolResultBlockContent": ".beta_code_execution_tool_result_block_content",
    "BetaCodeExecutionToolResultBlockParam": ".beta_code_execution_tool_result_block_param",
    "BetaCodeExecutionToolResultBlockParamContentParam": ".beta_code_execution_tool_result_block_param_content_param",
    "BetaCodeExecutionToolResultError": ".beta_code_execution_tool_result_error",
    "BetaCodeExecutionToolResultErrorCode": ".beta_code_execution_tool_result_error_code",
    "BetaCodeExecutionToolResultErrorParam": ".beta_code_execution_tool_result_error_param",
    "BetaCompact20260112EditParam": ".beta_compact_20260112_edit_param",
    "BetaCompactionBlock": ".beta_compaction_block",
    "BetaCompactionBlockParam": ".beta_compaction_block_param",
    "BetaCompactionContentBlockDelta": ".beta_compaction_content_block_delta",
    "BetaCompactionIterationUsage": ".beta_compaction_iteration_usage",
    "BetaContainer": ".beta_container",
    "BetaContainerParams": ".beta_container_params",
    "BetaContainerUploadBlock": ".beta_container_upload_block",
    "BetaContainerUploadBlockParam": ".beta_container_upload_block_param",
    "BetaContentBlock": ".beta_content_block",
    "BetaContentBlockParam": ".beta_content_block_param",
    "BetaContentBlockSourceContentParam": ".beta_content_block_source_content_param",
    "BetaContentBlockSourceParam": ".beta_content_block_source_param",
    "BetaContextManagementConfigParam": ".beta_context_management_config_param",
    "BetaContextManagementResponse": ".beta_context_management_response",
    "BetaCountTokensContextManagementResponse": ".beta_count_tokens_context_management_response",
    "BetaDirectCaller": ".beta_direct_caller",
    "BetaDirectCallerParam": ".beta_direct_caller_param",
    "BetaDocumentBlock": ".beta_document_block",
    "BetaFileDocumentSourceParam": ".beta_file_document_source_param",
    "BetaFileImageSourceParam": ".beta_file_image_source_param",
    "BetaImageBlockParam": ".beta_image_block_param",
    "BetaInputJSONDelta": ".beta_input_json_delta",
    "BetaInputTokensClearAtLeastParam": ".beta_input_tokens_clear_at_least_param",
    "BetaInputTokensTriggerParam": ".beta_input_tokens_trigger_param",
    "BetaIterationsUsage": ".beta_iterations_usage",
    "BetaJSONOutputFormatParam": ".beta_json_output_format_param",
    "BetaMCPToolConfigParam": ".beta_mcp_tool_config_param",
    "BetaMCPToolDefaultConfigParam": ".beta_mcp_tool_default_config_param",
    "BetaMCPToolResultBlock": ".beta_mcp_tool_result_block",
    "BetaMCPToolUseBlock": ".beta_mcp_tool_use_block",
    "BetaMCPToolUseBlockParam": ".beta_mcp_tool_use_block_param",
    "BetaMCPToolsetParam": ".beta_mcp_toolset_param",
    "BetaMemoryTool20250818Command": ".beta_memory_tool_20250818_command",
    "BetaMemoryTool20250818CreateCommand": ".beta_memory_tool_20250818_create_command",
    "BetaMemoryTool20250818DeleteCommand": ".beta_memory_tool_20250818_delete_command",
    "BetaMemoryTool20250818InsertCommand": ".beta_memory_tool_20250818_insert_command",
    "BetaMemoryTool20250818Param": ".beta_memory_tool_20250818_param",
    "BetaMemoryTool20250818RenameCommand": ".beta_memory_tool_20250818_rename_command",
    "BetaMemoryTool20250818StrReplaceCommand": ".beta_memory_tool_20250818_str_replace_command",
    "BetaMemoryTool20250818ViewCommand": ".beta_memory_tool_20250818_view_command",
    "BetaMessage": ".beta_message",
    "BetaMessageDeltaUsage": ".beta_message_delta_usage",
    "BetaMessageIterationUsage": ".beta_message_iteration_usage",
    "BetaMessageParam": ".beta_message_param",
    "BetaMessageTokensCount": ".beta_message_tokens_count",
    "BetaMetadataParam": ".beta_metadata_param",
    "BetaModelInfo": ".beta_model_info",
    "BetaOutputConfigParam": ".beta_output_config_param",
    "BetaPlainTextSource": ".beta_plain_text_source",
    "BetaPlainTextSourceParam": ".beta_plain_text_source_param",
    "BetaRawContentBlockDelta": ".beta_raw_content_block_delta",
    "BetaRawContentBlockDeltaEvent": ".beta_raw_content_block_delta_event",
    "BetaRawContentBlockStartEvent": ".beta_raw_content_block_start_event",
    "BetaRawContentBlockStopEvent": ".beta_raw_content_block_stop_event",
    "BetaRawMessageDeltaEvent": ".beta_raw_message_delta_event",
    "BetaRawMessageDeltaEventDelta": ".beta_raw_message_delta_event",
    "BetaRawMessageStartEvent": ".beta_raw_message_start_event",
    "BetaRawMessageStopEvent": ".beta_raw_message_stop_event",
    "BetaRawMessageStreamEvent": ".beta_raw_message_stream_event",
    "BetaRedactedThinkingBlock": ".beta_redacted_thinking_block",
    "BetaRedactedThinkingBlockParam": ".beta_redacted_thinking_block_param",
    "BetaRequestDocumentBlockParam": ".beta_request_document_block_param",
    "BetaRequestMCPServerToolConfigurationParam": ".beta_request_mcp_server_tool_configuration_param",
    "BetaRequestMCPServerURLDefinitionParam": ".beta_request_mcp_server_url_definition_param",
    "BetaRequestMCPToolResultBlockParam": ".beta_request_mcp_tool_result_block_param",
    "BetaSearchResultBlockParam": ".beta_search_result_block_param",
    "BetaServerToolCaller": ".beta_server_tool_caller",
    "BetaServerToolCallerParam": ".beta_server_tool_caller_param",
    "BetaServerToolUsage": ".beta_server_tool_usage",
    "BetaServerToolUseBlock": ".beta_server_tool_use_block",
    "BetaServerToolUseBlockParam": ".beta_server_tool_use_block_param",
    "BetaSignatureDelta": ".beta_signature_delta",
    "BetaSkill": ".beta_skill",
    "BetaSkillParams": ".beta_skill_params",
    "BetaStopReason": ".beta_stop_reason",
    "BetaTextBlock": ".beta_text_block",
    "BetaTextBlockParam": ".beta_text_block_param",
    "BetaTextCitation": ".beta_text_citation",
    "BetaTextCitationParam": ".beta_text_citation_param",
    "BetaTextDelta": ".beta_text_delta",
    "BetaTextEditorCodeExecutionCreateResultBlock": ".beta_text_editor_code_execution_create_result_block",
    "BetaTextEditorCodeExecutionCreateResultBlockParam": ".beta_text_editor_code_execution_create_result_block_param",
    "BetaTextEditorCodeExecutionStrReplaceResultBlock": ".beta_text_editor_code_execution_str_replace_result_block",
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam": ".beta_text_editor_code_execution_str_replace_result_block_param",
    "BetaTextEditorCodeExecutionToolResultBlock": ".beta_text_editor_code_execution_tool_result_block",
    "BetaTextEditorCodeExecutionToolResultBlockParam": ".beta_text_editor_code_execution_tool_result_block_param",
    "BetaTextEditorCodeExecutionToolResultError": ".beta_text_editor_code_execution_tool_result_error",
    "BetaTextEditorCodeExecutionToolResultErrorParam": ".beta_text_editor_code_execution_tool_result_error_param",
    "BetaTextEditorCodeExecutionViewResultBlock": ".beta_text_editor_code_execution_view_result_block",
    "BetaTextEditorCodeExecutionViewResultBlockParam": ".beta_text_editor_code_execution_view_result_block_param",
    "BetaThinkingBlock": ".beta_thinking_block",
    "BetaThinkingBlockParam": ".beta_thinking_block_param",
    "BetaThinkingConfigAdaptiveParam": ".beta_thinking_config_adaptive_param",
    "BetaThinkingConfigDisabledParam": ".beta_thinking_config_disabled_param",
    "BetaThinkingConfigEnabledParam": ".beta_thinking_config_enabled_param",
    "BetaThinkingConfigParam": ".beta_thinking_config_param",
    "BetaThinkingDelta": ".beta_thinking_delta",
    "BetaThinkingTurnsParam": ".beta_thinking_turns_param",
    "BetaToolBash20241022Param": ".beta_tool_bash_20241022_param",
    "BetaToolBash20250124Param": ".beta_tool_bash_20250124_param",
    "BetaToolChoiceAnyParam": ".beta_tool_choice_any_param",
    "BetaToolChoiceAutoParam": ".beta_tool_choice_auto_param",
    "BetaToolChoiceNoneParam": ".beta_tool_choice_none_param",
    "BetaToolChoiceParam": ".beta_tool_choice_param",
    "BetaToolChoiceToolParam": ".beta_tool_choice_tool_param",
    "BetaToolComputerUse20241022Param": ".beta_tool_computer_use_20241022_param",
    "BetaToolComputerUse20250124Param": ".beta_tool_computer_use_20250124_param",
    "BetaToolComputerUse20251124Param": ".beta_tool_computer_use_20251124_param",
    "BetaToolParam": ".beta_tool_param",
    "BetaToolParamInputSchemaObject": ".beta_tool_param",
    "BetaToolReferenceBlock": ".beta_tool_reference_block",
    "BetaToolReferenceBlockParam": ".beta_tool_reference_block_param",
    "BetaToolResultBlockParam": ".beta_tool_result_block_param",
    "BetaToolSearchToolBm25_20251119Param": ".beta_tool_search_tool_bm25_20251119_param",
    "BetaToolSearchToolRegex20251119Param": ".beta_tool_search_tool_regex_20251119_param",
    "BetaToolSearchToolResultBlock": ".beta_tool_search_tool_result_block",
    "BetaToolSearchToolResultBlockParam": ".beta_tool_search_tool_result_block_param",
    "BetaToolSearchToolResultError": ".beta_tool_search_tool_result_error",
    "BetaToolSearchToolResultErrorParam": ".beta_tool_search_tool_result_error_param",
    "BetaToolSearchToolSearchResultBlock": ".beta_tool_search_tool_search_result_block",
    "BetaToolSearchToolSearchResultBlockParam": ".beta_tool_search_tool_search_result_block_param",
    "BetaToolTextEditor20241022Param": ".beta_tool_text_editor_20241022_param",
    "BetaToolTextEditor20250124Param": ".beta_tool_text_editor_20250124_param",
    "BetaToolTextEditor20250429Param": ".beta_tool_text_editor_20250429_param",
    "BetaToolTextEditor20250728Param": ".beta_tool_text_editor_20250728_param",
    "BetaToolUnionParam": ".beta_tool_union_param",
    "BetaToolUseBlock": ".beta_tool_use_block",
    "BetaToolUseBlockParam": ".beta_tool_use_block_param",
    "BetaToolUsesKeepParam": ".beta_tool_uses_keep_param",
    "BetaToolUsesTriggerParam": ".beta_tool_uses_trigger_param",
    "BetaURLImageSourceParam": ".beta_url_image_source_param",
    "BetaURLPDFSourceParam": ".beta_url_pdf_source_param",
    "BetaUsage": ".beta_usage",
    "BetaWebFetchBlock": ".beta_web_fetch_block",
    "BetaWebFetchBlockParam": ".beta_web_fetch_block_param",
    "BetaWebFetchTool20250910Param": ".beta_web_fetch_tool_20250910_param",
    "BetaWebFetchToolResultBlock": ".beta_web_fetch_tool_result_block",
    "BetaWebFetchToolResultBlockParam": ".beta_web_fetch_tool_result_block_param",
    "BetaWebFetchToolResultErrorBlock": ".beta_web_fetch_tool_result_error_block",
    "BetaWebFetchToolResultErrorBlockParam": ".beta_web_fetch_tool_result_error_block_param",
    "BetaWebFetchToolResultErrorCode": ".beta_web_fetch_tool_result_error_code",
    "BetaWebSearchResultBlock": ".beta_web_search_result_block",
    "BetaWebSearchResultBlockParam": ".beta_web_search_result_block_param",
    "BetaWebSearchTool20250305Param": ".beta_web_search_tool_20250305_param",
    "BetaWebSearchTool20250305ParamUserLocationApproximate": ".beta_web_search_tool_20250305_param",
    "BetaWebSearchToolRequestErrorParam": ".beta_web_search_tool_request_error_param",
    "BetaWebSearchToolResultBlock": ".beta_web_search_tool_result_block",
    "BetaWebSearchToolResultBlockContent": ".beta_web_search_tool_result_block_content",
    "BetaWebSearchToolResultBlockParam": ".beta_web_search_tool_result_block_param",
    "BetaWebSearchToolResultBlockParamContentParam": ".beta_web_search_tool_result_block_param_content_param",
    "BetaWebSearchToolResultError": ".beta_web_search_tool_result_error",
    "BetaWebSearchToolResultErrorCode": ".beta_web_search_tool_result_error_code",
    "DeletedFile": ".deleted_file",
    "FileListParams": ".file_list_params",
    "FileMetadata": ".file_metadata",
    "FileUploadParams": ".file_upload_params",
    "MessageCountTokensParams": ".message_count_tokens_params",
    "MessageCreateParams": ".message_create_params",
    "MessageCreateParamsBase": ".message_create_params",
    "MessageCreateParamsNonStreaming": ".message_create_params",
    "MessageCreateParamsStreaming": ".message_create_params",
    "ModelListParams": ".model_list_params",
    "ParsedBetaContentBlock": ".parsed_beta_message",
    "ParsedBetaMessage": ".parsed_beta_message",
    "ParsedBetaTextBlock": ".parsed_beta_message",
    "SkillCreateParams": ".skill_create_params",
    "SkillCreateResponse": ".skill_create_response",
    "SkillDeleteResponse": ".skill_delete_response",
    "SkillListParams": ".skill_list_params",
    "SkillListResponse": ".skill_list_response",
    "SkillRetrieveResponse": ".skill_retrieve_response",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "messages",
        "skills",
    }
)

__all__ = [
    "BetaAllThinkingTurnsParam",
    "BetaBase64ImageSourceParam",
    "BetaBase64PDFBlockParam",
    "BetaBase64PDFSource",
    "BetaBase64PDFSourceParam",
    "BetaBashCodeExecutionOutputBlock",
    "BetaBashCodeExecutionOutputBlockParam",
    "BetaBashCodeExecutionResultBlock",
    "BetaBashCodeExecutionResultBlockParam",
    "BetaBashCodeExecutionToolResultBlock",
    "BetaBashCodeExecutionToolResultBlockParam",
    "BetaBashCodeExecutionToolResultError",
    "BetaBashCodeExecutionToolResultErrorParam",
    "BetaCacheControlEphemeralParam",
    "BetaCacheCreation",
    "BetaCitationCharLocation",
    "BetaCitationCharLocationParam",
    "BetaCitationConfig",
    "BetaCitationContentBlockLocation",
    "BetaCitationContentBlockLocationParam",
    "BetaCitationPageLocation",
    "BetaCitationPageLocationParam",
    "BetaCitationSearchResultLocation",
    "BetaCitationSearchResultLocationParam",
    "BetaCitationWebSearchResultLocationParam",
    "BetaCitationsConfigParam",
    "BetaCitationsDelta",
    "BetaCitationsWebSearchResultLocation",
    "BetaClearThinking20251015EditParam",
    "BetaClearThinking20251015EditResponse",
    "BetaClearToolUses20250919EditParam",
    "BetaClearToolUses20250919EditResponse",
    "BetaCodeExecutionOutputBlock",
    "BetaCodeExecutionOutputBlockParam",
    "BetaCodeExecutionResultBlock",
    "BetaCodeExecutionResultBlockParam",
    "BetaCodeExecutionTool20250522Param",
    "BetaCodeExecutionTool20250825Param",
    "BetaCodeExecutionToolResultBlock",
    "BetaCodeExecutionToolResultBlockContent",
    "BetaCodeExecutionToolResultBlockParam",
    "BetaCodeExecutionToolResultBlockParamContentParam",
    "BetaCodeExecutionToolResultError",
    "BetaCodeExecutionToolResultErrorCode",
    "BetaCodeExecutionToolResultErrorParam",
    "BetaCompact20260112EditParam",
    "BetaCompactionBlock",
    "BetaCompactionBlockParam",
    "BetaCompactionContentBlockDelta",
    "BetaCompactionIterationUsage",
    "BetaContainer",
    "BetaContainerParams",
    "BetaContainerUploadBlock",
    "BetaContainerUploadBlockParam",
    "BetaContentBlock",
    "BetaContentBlockParam",
    "BetaContentBlockSourceContentParam",
    "BetaContentBlockSourceParam",
    "BetaContextManagementConfigParam",
    "BetaContextManagementResponse",
    "BetaCountTokensContextManagementResponse",
    "BetaDirectCaller",
    "BetaDirectCallerParam",
    "BetaDocumentBlock",
    "BetaFileDocumentSourceParam",
    "BetaFileImageSourceParam",
    "BetaImageBlockParam",
    "BetaInputJSONDelta",
    "BetaInputTokensClearAtLeastParam",
    "BetaInputTokensTriggerParam",
    "BetaIterationsUsage",
    "BetaJSONOutputFormatParam",
    "BetaMCPToolConfigParam",
    "BetaMCPToolDefaultConfigParam",
    "BetaMCPToolResultBlock",
    "BetaMCPToolUseBlock",
    "BetaMCPToolUseBlockParam",
    "BetaMCPToolsetParam",
    "BetaMemoryTool20250818Command",
    "BetaMemoryTool20250818CreateCommand",
    "BetaMemoryTool20250818DeleteCommand",
    "BetaMemoryTool20250818InsertCommand",
    "BetaMemoryTool20250818Param",
    "BetaMemoryTool20250818RenameCommand",
    "BetaMemoryTool20250818StrReplaceCommand",
    "BetaMemoryTool20250818ViewCommand",
    "BetaMessage",
    "BetaMessageDeltaUsage",
    "BetaMessageIterationUsage",
    "BetaMessageParam",
    "BetaMessageTokensCount",
    "BetaMetadataParam",
    "BetaModelInfo",
    "BetaOutputConfigParam",
    "BetaPlainTextSource",
    "BetaPlainTextSourceParam",
    "BetaRawContentBlockDelta",
    "BetaRawContentBlockDeltaEvent",
    "BetaRawContentBlockStartEvent",
    "BetaRawContentBlockStopEvent",
    "BetaRawMessageDeltaEvent",
    "BetaRawMessageDeltaEventDelta",
    "BetaRawMessageStartEvent",
    "BetaRawMessageStopEvent",
    "BetaRawMessageStreamEvent",
    "BetaRedactedThinkingBlock",
    "BetaRedactedThinkingBlockParam",
    "BetaRequestDocumentBlockParam",
    "BetaRequestMCPServerToolConfigurationParam",
    "BetaRequestMCPServerURLDefinitionParam",
    "BetaRequestMCPToolResultBlockParam",
    "BetaSearchResultBlockParam",
    "BetaServerToolCaller",
    "BetaServerToolCallerParam",
    "BetaServerToolUsage",
    "BetaServerToolUseBlock",
    "BetaServerToolUseBlockParam",
    "BetaSignatureDelta",
    "BetaSkill",
    "BetaSkillParams",
    "BetaStopReason",
    "BetaTextBlock",
    "BetaTextBlockParam",
    "BetaTextCitation",
    "BetaTextCitationParam",
    "BetaTextDelta",
    "BetaTextEditorCodeExecutionCreateResultBlock",
    "BetaTextEditorCodeExecutionCreateResultBlockParam",
    "BetaTextEditorCodeExecutionStrReplaceResultBlock",
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultBlock",
    "BetaTextEditorCodeExecutionToolResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultError",
    "BetaTextEditorCodeExecutionToolResultErrorParam",
    "BetaTextEditorCodeExecutionViewResultBlock",
    "BetaTextEditorCodeExecutionViewResultBlockParam",
    "BetaThinkingBlock",
    "BetaThinkingBlockParam",
    "BetaThinkingConfigAdaptiveParam",
    "BetaThinkingConfigDisabledParam",
    "BetaThinkingConfigEnabledParam",
    "BetaThinkingConfigParam",
    "BetaThinkingDelta",
    "BetaThinkingTurnsParam",
    "BetaToolBash20241022Param",
    "BetaToolBash20250124Param",
    "BetaToolChoiceAnyParam",
    "BetaToolChoiceAutoParam",
    "BetaToolChoiceNoneParam",
    "BetaToolChoiceParam",
    "BetaToolChoiceToolParam",
    "BetaToolComputerUse20241022Param",
    "BetaToolComputerUse20250124Param",
    "BetaToolComputerUse20251124Param",
    "BetaToolParam",
    "BetaToolParamInputSchemaObject",
    "BetaToolReferenceBlock",
    "BetaToolReferenceBlockParam",
    "BetaToolResultBlockParam",
    "BetaToolSearchToolBm25_20251119Param",
    "BetaToolSearchToolRegex20251119Param",
    "BetaToolSearchToolResultBlock",
    "BetaToolSearchToolResultBlockParam",
    "BetaToolSearchToolResultError",
    "BetaToolSearchToolResultErrorParam",
    "BetaToolSearchToolSearchResultBlock",
    "BetaToolSearchToolSearchResultBlockParam",
    "BetaToolTextEditor20241022Param",
    "BetaToolTextEditor20250124Param",
    "BetaToolTextEditor20250429Param",
    "BetaToolTextEditor20250728Param",
    "BetaToolUnionParam",
    "BetaToolUseBlock",
    "BetaToolUseBlockParam",
    "BetaToolUsesKeepParam",
    "BetaToolUsesTriggerParam",
    "BetaURLImageSourceParam",
    "BetaURLPDFSourceParam",
    "BetaUsage",
    "BetaWebFetchBlock",
    "BetaWebFetchBlockParam",
    "BetaWebFetchTool20250910Param",
    "BetaWebFetchToolResultBlock",
    "BetaWebFetchToolResultBlockParam",
    "BetaWebFetchToolResultErrorBlock",
    "BetaWebFetchToolResultErrorBlockParam",
    "BetaWebFetchToolResultErrorCode",
    "BetaWebSearchResultBlock",
    "BetaWebSearchResultBlockParam",
    "BetaWebSearchTool20250305Param",
    "BetaWebSearchTool20250305ParamUserLocationApproximate",
    "BetaWebSearchToolRequestErrorParam",
    "BetaWebSearchToolResultBlock",
    "BetaWebSearchToolResultBlockContent",
    "BetaWebSearchToolResultBlockParam",
    "BetaWebSearchToolResultBlockParamContentParam",
    "BetaWebSearchToolResultError",
    "BetaWebSearchToolResultErrorCode",
    "DeletedFile",
    "FileListParams",
    "FileMetadata",
    "FileUploadParams",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "ModelListParams",
    "ParsedBetaContentBlock",
    "ParsedBetaMessage",
    "ParsedBetaTextBlock",
    "SkillCreateParams",
    "SkillCreateResponse",
    "SkillDeleteResponse",
    "SkillListParams",
    "SkillListResponse",
    "SkillRetrieveResponse",
    "messages",
    "skills",
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

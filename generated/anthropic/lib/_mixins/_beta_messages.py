"""`beta.messages.stream()`, `.parse()` and `.tool_runner()`, mixed into the generated beta `Messages`.

The helpers' modules are imported on first use, so that `client.beta.messages.create()`
does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple, Type, Union, cast, overload

import httpx
from typing_extensions import Literal

from ..._request import beta_header, is_given
from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from .._parse._response import ResponseFormatT
from ._common import (
    STRUCTURED_OUTPUTS_BETA,
    check_format_conflict,
    output_config_with_format,
    overrides,
    parse_type,
    warn_output_format,
    with_beta,
)

if TYPE_CHECKING:
    from ..._base_client import AsyncAPIClient, SyncAPIClient
    from ...types import AnthropicBetaParam, ModelParam
    from ...types.beta import (
        BetaContainerParams,
        BetaContextManagementConfigParam,
        BetaJSONOutputFormatParam,
        BetaMessageParam,
        BetaMetadataParam,
        BetaOutputConfigParam,
        BetaRequestMCPServerURLDefinitionParam,
        BetaTextBlockParam,
        BetaThinkingConfigParam,
        BetaToolChoiceParam,
        BetaToolUnionParam,
    )
    from .._parse._parsed_beta_message import ParsedBetaMessage
    from ..streaming import BetaAsyncMessageStreamManager, BetaMessageStreamManager
    from ..tools import (
        BetaAsyncStreamingToolRunner,
        BetaAsyncToolRunner,
        BetaStreamingToolRunner,
        BetaToolRunner,
        CompactionControl,
    )
    from ..tools._beta_functions import BetaAsyncRunnableTool, BetaRunnableTool
    from ..tools._beta_runner import MessagesEndpoints, RequestOptions

__all__ = ["BetaMessagesHelpers", "AsyncBetaMessagesHelpers"]

_STREAM_HEADERS = {"X-Stainless-Helper-Method": "stream", "X-Stainless-Stream-Helper": "beta.messages"}
_PARSE_HEADERS = {"X-Stainless-Helper": "beta.messages.parse"}
_RUNNER_HEADERS = {"X-Stainless-Helper": "BetaToolRunner"}


def _body(**fields: Any) -> Dict[str, Any]:
    """The request body; `omit` values are dropped by the runtime."""
    fields["output_config"] = output_config_with_format(fields["output_config"], fields.pop("output_format"))
    return fields


def _given(**fields: Any) -> Dict[str, Any]:
    """The arguments that were passed (the tool runner keeps them as the next call's parameters)."""
    return {key: value for key, value in fields.items() if is_given(value)}


# The tool runner's request parameters, in request order (`tools` is replaced by the API definitions).
_RUNNER_PARAMS = (
    "max_tokens",
    "messages",
    "model",
    "container",
    "context_management",
    "inference_geo",
    "mcp_servers",
    "metadata",
    "output_config",
    "output_format",
    "service_tier",
    "speed",
    "stop_sequences",
    "system",
    "temperature",
    "thinking",
    "tool_choice",
    "tools",
    "top_k",
    "top_p",
    "betas",
)


def _runner_setup(arguments: Dict[str, Any], runnable_types: Tuple[Type[Any], ...]) -> Tuple[Any, ...]:
    """What the sync and async tool runners are built from, given the `tool_runner` call's arguments:
    the runnable tools, the parameters of the first call, the request options, the iteration limit and
    the compaction settings."""
    check_format_conflict(arguments["output_config"], arguments["output_format"])
    warn_output_format(arguments["output_format"])
    runnable: List[Any] = []
    definitions: List[Any] = []
    for tool in arguments["tools"]:
        if isinstance(tool, runnable_types):
            runnable.append(tool)
            definitions.append(tool.to_dict())
        else:
            definitions.append(tool)
    params = _given(**{name: definitions if name == "tools" else arguments[name] for name in _RUNNER_PARAMS})
    params["messages"] = list(arguments["messages"])
    options: RequestOptions = {
        "extra_headers": {**_RUNNER_HEADERS, **(arguments["extra_headers"] or {})},
        "extra_query": arguments["extra_query"],
        "extra_body": arguments["extra_body"],
        "timeout": arguments["timeout"],
    }
    limit = None if isinstance(arguments["max_iterations"], Omit) else arguments["max_iterations"]
    compaction = None if isinstance(arguments["compaction_control"], Omit) else arguments["compaction_control"]
    return runnable, params, options, limit, compaction


class BetaMessagesHelpers:
    """`stream()`, `parse()` and `tool_runner()` for `client.beta.messages`."""

    if TYPE_CHECKING:
        _client: SyncAPIClient

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[None, BetaJSONOutputFormatParam, type[ResponseFormatT], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[BetaToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> BetaMessageStreamManager[ResponseFormatT]:
        """Stream a beta message: `with client.beta.messages.stream(...) as stream:` then iterate `stream`.

        The stream yields the raw events and helper events (`text`, `input_json`, `citation`,
        `thinking`, `signature`, `compaction`) and accumulates the message.
        """
        from ..._streaming import Stream
        from ...types.beta import BetaMessage, BetaRawMessageStreamEvent
        from ..streaming import BetaMessageStreamManager

        check_format_conflict(output_config, output_format)
        warn_output_format(output_format)
        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            stream=True,
        )
        headers = {**_STREAM_HEADERS, **beta_header(betas)}
        options = overrides(extra_headers, extra_query, extra_body, timeout)

        def make_request() -> Stream[BetaRawMessageStreamEvent]:
            return self._client.request(
                "post",
                "/v1/messages?beta=true",
                body=body,
                headers=headers,
                options=options,
                cast_to=BetaMessage,
                stream=True,
                stream_cls=Stream[BetaRawMessageStreamEvent],
            )

        return BetaMessageStreamManager(make_request, output_format=parse_type(output_format))

    def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[Literal[False], Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[BetaToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> ParsedBetaMessage[ResponseFormatT]:
        """Create a beta message whose text is parsed into `output_format` (`message.parsed_output`).

        A reply that does not match the type raises `StructuredOutputError`, which carries the text.
        """
        from ...types.beta import BetaMessage
        from .._parse._parsed_beta_message import parse_beta_response

        check_format_conflict(output_config, output_format)
        warn_output_format(output_format)
        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            stream=stream,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
        )
        headers = {**_PARSE_HEADERS, **beta_header(with_beta(betas, STRUCTURED_OUTPUTS_BETA))}
        timeout = self._client.nonstreaming_timeout(max_tokens, model, timeout)
        message = self._client.request(
            "post",
            "/v1/messages?beta=true",
            body=body,
            headers=headers,
            options=overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=BetaMessage,
        )
        return parse_beta_response(response=message, output_format=parse_type(output_format))

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[Literal[False], Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> BetaToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Literal[True],
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> BetaStreamingToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: bool,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> Union[BetaToolRunner[ResponseFormatT], BetaStreamingToolRunner[ResponseFormatT]]: ...

    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[bool, Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> Union[BetaToolRunner[ResponseFormatT], BetaStreamingToolRunner[ResponseFormatT]]:
        """Run a conversation with tools: each iteration calls the API and yields the reply.

        Tools made with `@beta_tool` are called when the model asks for them and their results
        sent back; iteration ends when a reply asks for no tool, or after `max_iterations` calls.
        `stream=True` yields each reply as a `BetaMessageStream` instead.
        """
        from ..tools import BetaBuiltinFunctionTool, BetaFunctionTool, BetaStreamingToolRunner, BetaToolRunner

        runnable, params, options, limit, compaction = _runner_setup(
            locals(), (BetaFunctionTool, BetaBuiltinFunctionTool)
        )
        endpoints: MessagesEndpoints = {"create": cast(Any, self).create, "parse": self.parse, "stream": self.stream}
        if stream is True:
            streaming_runner: BetaStreamingToolRunner[ResponseFormatT] = BetaStreamingToolRunner(
                endpoints,
                params=params,
                options=options,
                tools=runnable,
                max_iterations=limit,
                compaction_control=compaction,
            )
            return streaming_runner
        runner: BetaToolRunner[ResponseFormatT] = BetaToolRunner(
            endpoints,
            params=params,
            options=options,
            tools=runnable,
            max_iterations=limit,
            compaction_control=compaction,
        )
        return runner


class AsyncBetaMessagesHelpers:
    """`stream()`, `parse()` and `tool_runner()` for `AsyncAnthropic().beta.messages`."""

    if TYPE_CHECKING:
        _client: AsyncAPIClient

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[None, BetaJSONOutputFormatParam, type[ResponseFormatT], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[BetaToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> BetaAsyncMessageStreamManager[ResponseFormatT]:
        """Stream a beta message with `async with`; no request is sent before the block is entered."""
        from ..._streaming import AsyncStream
        from ...types.beta import BetaMessage, BetaRawMessageStreamEvent
        from ..streaming import BetaAsyncMessageStreamManager

        check_format_conflict(output_config, output_format)
        warn_output_format(output_format)
        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            stream=True,
        )
        headers = {**_STREAM_HEADERS, **beta_header(betas)}
        options = overrides(extra_headers, extra_query, extra_body, timeout)

        async def make_request() -> AsyncStream[BetaRawMessageStreamEvent]:
            return await self._client.request(
                "post",
                "/v1/messages?beta=true",
                body=body,
                headers=headers,
                options=options,
                cast_to=BetaMessage,
                stream=True,
                stream_cls=AsyncStream[BetaRawMessageStreamEvent],
            )

        return BetaAsyncMessageStreamManager(make_request, output_format=parse_type(output_format))

    async def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[Literal[False], Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[BetaToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> ParsedBetaMessage[ResponseFormatT]:
        """Create a beta message whose text is parsed into `output_format`; see `beta.messages.parse`."""
        from ...types.beta import BetaMessage
        from .._parse._parsed_beta_message import parse_beta_response

        check_format_conflict(output_config, output_format)
        warn_output_format(output_format)
        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            stream=stream,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
        )
        headers = {**_PARSE_HEADERS, **beta_header(with_beta(betas, STRUCTURED_OUTPUTS_BETA))}
        timeout = self._client.nonstreaming_timeout(max_tokens, model, timeout)
        message = await self._client.request(
            "post",
            "/v1/messages?beta=true",
            body=body,
            headers=headers,
            options=overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=BetaMessage,
        )
        return parse_beta_response(response=message, output_format=parse_type(output_format))

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[Literal[False], Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> BetaAsyncToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Literal[True],
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> BetaAsyncStreamingToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: bool,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> Union[BetaAsyncToolRunner[ResponseFormatT], BetaAsyncStreamingToolRunner[ResponseFormatT]]: ...

    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[Union[BetaAsyncRunnableTool, BetaToolUnionParam]],
        compaction_control: Union[CompactionControl, Omit] = omit,
        max_iterations: Union[int, Omit] = omit,
        container: Union[Optional[Union[BetaContainerParams, str]], Omit] = omit,
        context_management: Union[Optional[BetaContextManagementConfigParam], Omit] = omit,
        inference_geo: Union[Optional[str], Omit] = omit,
        mcp_servers: Union[Iterable[BetaRequestMCPServerURLDefinitionParam], Omit] = omit,
        metadata: Union[BetaMetadataParam, Omit] = omit,
        output_config: Union[BetaOutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        speed: Union[Optional[Literal["standard", "fast"]], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[bool, Omit] = omit,
        system: Union[str, Iterable[BetaTextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[BetaThinkingConfigParam, Omit] = omit,
        tool_choice: Union[BetaToolChoiceParam, Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        betas: Union[List[AnthropicBetaParam], Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> Union[BetaAsyncToolRunner[ResponseFormatT], BetaAsyncStreamingToolRunner[ResponseFormatT]]:
        """Run a conversation with `@beta_async_tool` tools (called concurrently); see `beta.messages.tool_runner`."""
        from ..tools import (
            BetaAsyncBuiltinFunctionTool,
            BetaAsyncFunctionTool,
            BetaAsyncStreamingToolRunner,
            BetaAsyncToolRunner,
        )

        runnable, params, options, limit, compaction = _runner_setup(
            locals(), (BetaAsyncFunctionTool, BetaAsyncBuiltinFunctionTool)
        )
        endpoints: MessagesEndpoints = {"create": cast(Any, self).create, "parse": self.parse, "stream": self.stream}
        if stream is True:
            streaming_runner: BetaAsyncStreamingToolRunner[ResponseFormatT] = BetaAsyncStreamingToolRunner(
                endpoints,
                params=params,
                options=options,
                tools=runnable,
                max_iterations=limit,
                compaction_control=compaction,
            )
            return streaming_runner
        runner: BetaAsyncToolRunner[ResponseFormatT] = BetaAsyncToolRunner(
            endpoints,
            params=params,
            options=options,
            tools=runnable,
            max_iterations=limit,
            compaction_control=compaction,
        )
        return runner

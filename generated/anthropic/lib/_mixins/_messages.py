"""`messages.stream()` and `messages.parse()`, mixed into the generated `Messages` / `AsyncMessages`.

The helpers' modules are imported on first use, so that `client.messages.create()`
does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Union

import httpx
from typing_extensions import Literal

from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from .._parse._response import ResponseFormatT
from ._common import output_config_with_format, overrides, parse_type

if TYPE_CHECKING:
    from ..._base_client import AsyncAPIClient, SyncAPIClient
    from ...types import (
        JSONOutputFormatParam,
        MessageParam,
        MetadataParam,
        ModelParam,
        OutputConfigParam,
        TextBlockParam,
        ThinkingConfigParam,
        ToolChoiceParam,
        ToolUnionParam,
    )
    from .._parse._parsed_message import ParsedMessage
    from ..streaming import AsyncMessageStreamManager, MessageStreamManager

__all__ = ["MessagesHelpers", "AsyncMessagesHelpers"]

_STREAM_HEADERS = {"X-Stainless-Helper-Method": "stream", "X-Stainless-Stream-Helper": "messages"}
_PARSE_HEADERS = {"X-Stainless-Helper": "messages.parse"}


def _body(**fields: Any) -> Dict[str, Any]:
    """The request body; `omit` values are dropped by the runtime."""
    fields["output_config"] = output_config_with_format(fields["output_config"], fields.pop("output_format"))
    return fields


class MessagesHelpers:
    """`stream()` and `parse()` for `client.messages`."""

    if TYPE_CHECKING:
        _client: SyncAPIClient

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Union[Optional[str], Omit] = omit,
        metadata: Union[MetadataParam, Omit] = omit,
        output_config: Union[OutputConfigParam, Omit] = omit,
        output_format: Union[None, JSONOutputFormatParam, type[ResponseFormatT], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        system: Union[str, Iterable[TextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[ThinkingConfigParam, Omit] = omit,
        tool_choice: Union[ToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[ToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> MessageStreamManager[ResponseFormatT]:
        """Stream a message: `with client.messages.stream(...) as stream:` then iterate `stream`.

        Besides the raw events, the stream yields helper events (`text`, `input_json`,
        `citation`, `thinking`, `signature`) and accumulates the message
        (`stream.get_final_message()`). `output_format=` a type parses the reply into it.
        """
        from ..._streaming import Stream
        from ...types import Message, RawMessageStreamEvent
        from ..streaming import MessageStreamManager

        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
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
        options = overrides(extra_headers, extra_query, extra_body, timeout)

        def make_request() -> Stream[RawMessageStreamEvent]:
            return self._client.request(
                "post",
                "/v1/messages",
                body=body,
                headers=_STREAM_HEADERS,
                options=options,
                cast_to=Message,
                stream=True,
                stream_cls=Stream[RawMessageStreamEvent],
            )

        return MessageStreamManager(make_request, output_format=parse_type(output_format))

    def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Union[Optional[str], Omit] = omit,
        metadata: Union[MetadataParam, Omit] = omit,
        output_config: Union[OutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[Literal[False], Omit] = omit,
        system: Union[str, Iterable[TextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[ThinkingConfigParam, Omit] = omit,
        tool_choice: Union[ToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[ToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> ParsedMessage[ResponseFormatT]:
        """Create a message whose text is parsed into `output_format` (`message.parsed_output`).

        The type's JSON schema is sent as `output_config.format`; a reply that does not
        match it raises `StructuredOutputError`, which carries the reply text.
        """
        from ...types import Message
        from .._parse._parsed_message import parse_response

        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
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
        timeout = self._client.nonstreaming_timeout(max_tokens, model, timeout)
        message = self._client.request(
            "post",
            "/v1/messages",
            body=body,
            headers=_PARSE_HEADERS,
            options=overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=Message,
        )
        return parse_response(response=message, output_format=parse_type(output_format))


class AsyncMessagesHelpers:
    """`stream()` and `parse()` for `AsyncAnthropic().messages`."""

    if TYPE_CHECKING:
        _client: AsyncAPIClient

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Union[Optional[str], Omit] = omit,
        metadata: Union[MetadataParam, Omit] = omit,
        output_config: Union[OutputConfigParam, Omit] = omit,
        output_format: Union[None, JSONOutputFormatParam, type[ResponseFormatT], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        system: Union[str, Iterable[TextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[ThinkingConfigParam, Omit] = omit,
        tool_choice: Union[ToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[ToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> AsyncMessageStreamManager[ResponseFormatT]:
        """Stream a message: `async with client.messages.stream(...) as stream:` then `async for` it.

        See `Messages.stream`; no request is sent until the `async with` block is entered.
        """
        from ..._streaming import AsyncStream
        from ...types import Message, RawMessageStreamEvent
        from ..streaming import AsyncMessageStreamManager

        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
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
        options = overrides(extra_headers, extra_query, extra_body, timeout)

        async def make_request() -> AsyncStream[RawMessageStreamEvent]:
            return await self._client.request(
                "post",
                "/v1/messages",
                body=body,
                headers=_STREAM_HEADERS,
                options=options,
                cast_to=Message,
                stream=True,
                stream_cls=AsyncStream[RawMessageStreamEvent],
            )

        return AsyncMessageStreamManager(make_request, output_format=parse_type(output_format))

    async def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        inference_geo: Union[Optional[str], Omit] = omit,
        metadata: Union[MetadataParam, Omit] = omit,
        output_config: Union[OutputConfigParam, Omit] = omit,
        output_format: Union[Optional[type[ResponseFormatT]], Omit] = omit,
        service_tier: Union[Literal["auto", "standard_only"], Omit] = omit,
        stop_sequences: Union[SequenceNotStr[str], Omit] = omit,
        stream: Union[Literal[False], Omit] = omit,
        system: Union[str, Iterable[TextBlockParam], Omit] = omit,
        temperature: Union[float, Omit] = omit,
        thinking: Union[ThinkingConfigParam, Omit] = omit,
        tool_choice: Union[ToolChoiceParam, Omit] = omit,
        tools: Union[Iterable[ToolUnionParam], Omit] = omit,
        top_k: Union[int, Omit] = omit,
        top_p: Union[float, Omit] = omit,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    ) -> ParsedMessage[ResponseFormatT]:
        """Create a message whose text is parsed into `output_format`; see `Messages.parse`."""
        from ...types import Message
        from .._parse._parsed_message import parse_response

        body = _body(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config,
            output_format=output_format,
            service_tier=service_tier,
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
        timeout = self._client.nonstreaming_timeout(max_tokens, model, timeout)
        message = await self._client.request(
            "post",
            "/v1/messages",
            body=body,
            headers=_PARSE_HEADERS,
            options=overrides(extra_headers, extra_query, extra_body, timeout),
            cast_to=Message,
        )
        return parse_response(response=message, output_format=parse_type(output_format))

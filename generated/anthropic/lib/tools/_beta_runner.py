"""The tool runner: call the API, run the tools it asks for, send the results back, repeat.

Four public runners share one conversation state (`_Conversation`, no I/O):
`BetaToolRunner` / `BetaAsyncToolRunner` yield each reply as a message;
`BetaStreamingToolRunner` / `BetaAsyncStreamingToolRunner` yield each reply as
a stream. Iteration stops when a reply asks for no tool (and is not a
`pause_turn`), or after `max_iterations` API calls.
"""

from __future__ import annotations

import json
import logging
import warnings
from abc import ABC, abstractmethod
from contextlib import asynccontextmanager, contextmanager
from typing import (
    Any,
    AsyncContextManager,
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    ContextManager,
    Dict,
    Generator,
    Generic,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    TypeVar,
    Union,
    cast,
)

import anyio
import httpx
import pydantic
from typing_extensions import TypedDict

from ..._types import Body, Headers, NotGiven, Query
from ...types.beta import BetaMessage, BetaMessageParam
from .._parse._parsed_beta_message import ParsedBetaMessage
from .._parse._response import ResponseFormatT
from ..streaming._beta_messages import (
    BetaAsyncMessageStream,
    BetaAsyncMessageStreamManager,
    BetaMessageStream,
    BetaMessageStreamManager,
)
from ._beta_compaction_control import DEFAULT_SUMMARY_PROMPT, DEFAULT_THRESHOLD, CompactionControl
from ._beta_functions import (
    BetaAsyncRunnableTool,
    BetaFunctionToolResultType,
    BetaRunnableTool,
)

__all__ = [
    "RequestOptions",
    "BetaToolRunner",
    "BetaAsyncToolRunner",
    "BetaStreamingToolRunner",
    "BetaAsyncStreamingToolRunner",
]

log = logging.getLogger("anthropic.lib.tools")

ItemT = TypeVar("ItemT")
ToolT = TypeVar("ToolT", bound=Union[BetaRunnableTool, BetaAsyncRunnableTool])

MessageCreateParams = Dict[str, Any]
"""The keyword arguments of the next `messages.create()` call (model, messages, max_tokens, tools, ...)."""


class RequestOptions(TypedDict, total=False):
    extra_headers: Optional[Headers]
    extra_query: Optional[Query]
    extra_body: Optional[Body]
    timeout: Union[float, httpx.Timeout, None, NotGiven]


class MessagesEndpoints(TypedDict):
    """The bound methods a runner calls (of `client.beta.messages`)."""

    create: Callable[..., Any]
    parse: Callable[..., Any]
    stream: Callable[..., Any]


def message_to_param(message: Union[BetaMessage, BetaMessageParam]) -> BetaMessageParam:
    """A message to send back in `messages=`; response models become plain dicts."""
    if isinstance(message, pydantic.BaseModel):
        content = [_block_to_param(block) for block in message.content]
        return cast(BetaMessageParam, {"role": message.role, "content": content})
    return message


def _block_to_param(block: Any) -> Any:
    if isinstance(block, pydantic.BaseModel):
        return block.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude={"parsed_output"})
    return block


def _result_content(result: object) -> Any:
    """A tool's return value as `tool_result` content: text, or a list of content blocks."""
    if isinstance(result, str):
        return result
    if isinstance(result, pydantic.BaseModel):
        return result.model_dump_json()
    if isinstance(result, Mapping):
        return json.dumps(result, default=str)
    if isinstance(result, Iterable):
        return [_block_to_param(block) for block in cast("Iterable[object]", result)]
    return str(result)


class _Conversation(Generic[ToolT, ResponseFormatT]):
    """What the runners share: the request parameters, the tools, and the bookkeeping between turns."""

    def __init__(
        self,
        endpoints: MessagesEndpoints,
        *,
        params: MessageCreateParams,
        options: RequestOptions,
        tools: Iterable[ToolT],
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        self._endpoints = endpoints
        self._tools_by_name: Dict[str, ToolT] = {tool.name: tool for tool in tools}
        self._params: MessageCreateParams = {**params, "messages": list(params["messages"])}
        self._options = options
        self._max_iterations = max_iterations
        self._compaction_control = compaction_control
        self._iteration_count = 0
        self._messages_modified = False
        self._cached_tool_call_response: Optional[BetaMessageParam] = None
        self._last_message: Optional[ParsedBetaMessage[ResponseFormatT]] = None

    # -- public API shared by all runners

    def set_messages_params(
        self, params: Union[MessageCreateParams, Callable[[MessageCreateParams], MessageCreateParams]]
    ) -> None:
        """Replace the parameters of the next API calls, or transform them with a function.

        A tool response already computed for the current reply is discarded.
        """
        self._params = params(self._params) if callable(params) else params
        self._cached_tool_call_response = None

    def append_messages(self, *messages: Union[BetaMessageParam, BetaMessage]) -> None:
        """Add messages to the conversation.

        When called while handling a reply, the runner does not add that reply
        and its tool results itself: the conversation is yours to extend.
        """
        added = [message_to_param(message) for message in messages]
        self._params = {**self._params, "messages": [*self._params["messages"], *added]}
        self._messages_modified = True
        self._cached_tool_call_response = None

    # -- helpers for the loops

    def _should_stop(self) -> bool:
        return self._max_iterations is not None and self._iteration_count >= self._max_iterations

    def _tool_uses(self) -> List[Any]:
        message = self._last_message
        if message is None or message.role != "assistant":
            return []
        return [block for block in message.content if block.type == "tool_use"]

    def _find_tool(self, tool_use: Any) -> Optional[ToolT]:
        tool = self._tools_by_name.get(tool_use.name)
        if tool is None:
            warnings.warn(
                f"The model called the tool {tool_use.name!r}, which the runner does not know "
                f"(known: {sorted(self._tools_by_name)}). Pass it as a @beta_tool function, or answer "
                "the call yourself with append_messages().",
                UserWarning,
                stacklevel=4,
            )
        return tool

    @staticmethod
    def _success(tool_use: Any, result: BetaFunctionToolResultType) -> Dict[str, Any]:
        return {"type": "tool_result", "tool_use_id": tool_use.id, "content": _result_content(result)}

    @staticmethod
    def _failure(tool_use: Any, error: str) -> Dict[str, Any]:
        return {"type": "tool_result", "tool_use_id": tool_use.id, "content": error, "is_error": True}

    def _missing(self, tool_use: Any) -> Dict[str, Any]:
        return self._failure(tool_use, f"Error: no tool named {tool_use.name!r} is available")

    def _crashed(self, tool_use: Any, exc: Exception) -> Dict[str, Any]:
        log.warning("Tool %r raised an exception", tool_use.name, exc_info=exc)
        return self._failure(tool_use, f"Error: {type(exc).__name__}: {exc}")

    def _end_turn(self, tool_response: Optional[BetaMessageParam]) -> bool:
        """Record the reply (and tool results) in the conversation; return whether to call the API again."""
        message = self._last_message
        assert message is not None
        self._iteration_count += 1
        # When the caller extended the conversation themselves, their messages answer the tool calls.
        requested = tool_response is not None or (self._messages_modified and bool(self._tool_uses()))
        keep_going = requested or message.stop_reason == "pause_turn"
        if keep_going and not self._messages_modified:
            turns: List[BetaMessageParam] = [message_to_param(message)]
            if tool_response is not None:
                turns.append(tool_response)
            self._params = {**self._params, "messages": [*self._params["messages"], *turns]}
        self._messages_modified = False
        self._cached_tool_call_response = None
        return keep_going

    def _compaction_request(self) -> Optional[Dict[str, Any]]:
        """The `create()` arguments of a summary request, when the context has grown past the threshold."""
        control = self._compaction_control
        message = self._last_message
        if control is None or not control.get("enabled") or message is None:
            return None
        usage = message.usage
        used = (
            usage.input_tokens
            + (usage.cache_creation_input_tokens or 0)
            + (usage.cache_read_input_tokens or 0)
            + usage.output_tokens
        )
        threshold = control.get("context_token_threshold", DEFAULT_THRESHOLD)
        if used < threshold:
            return None
        log.info("Context reached %d tokens (threshold %d); summarising the conversation", used, threshold)

        history: List[Any] = list(self._params["messages"])
        if history and history[-1].get("role") == "assistant":
            # Tool calls without their results would be rejected; drop them from a trailing assistant turn.
            last = history[-1]
            content = last.get("content")
            if isinstance(content, list):
                kept = [b for b in cast("List[object]", content) if _block_type(b) != "tool_use"]
                if kept:
                    history[-1] = {**last, "content": kept}
                else:
                    history.pop()
        history.append({"role": "user", "content": control.get("summary_prompt", DEFAULT_SUMMARY_PROMPT)})

        request: Dict[str, Any] = {
            "model": control.get("model", self._params["model"]),
            "max_tokens": self._params["max_tokens"],
            "messages": history,
        }
        if self._params.get("betas"):
            request["betas"] = self._params["betas"]
        if self._params.get("tools"):
            # Earlier turns may hold tool calls, which need the tool definitions; but no new calls now.
            request["tools"] = self._params["tools"]
            request["tool_choice"] = {"type": "none"}
        headers = {**(self._options.get("extra_headers") or {}), "X-Stainless-Helper": "compaction"}
        return {**self._options, **request, "extra_headers": headers}

    def _apply_summary(self, reply: Any) -> None:
        content = list(reply.content)
        if not content or content[0].type != "text":
            raise ValueError(f"the summary reply starts with {content[0].type if content else 'nothing'}, not text")
        summary = content[0].text
        self._params = {**self._params, "messages": [{"role": "user", "content": [{"type": "text", "text": summary}]}]}
        log.info("Conversation compacted into a %d-character summary", len(summary))


def _block_type(block: object) -> object:
    if isinstance(block, dict):
        return cast("Dict[str, object]", block).get("type")
    return getattr(block, "type", None)


class _SyncRunner(_Conversation[BetaRunnableTool, ResponseFormatT], Generic[ItemT, ResponseFormatT], ABC):
    def __init__(
        self,
        endpoints: MessagesEndpoints,
        *,
        params: MessageCreateParams,
        options: RequestOptions,
        tools: Iterable[BetaRunnableTool],
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        super().__init__(
            endpoints,
            params=params,
            options=options,
            tools=tools,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
        )
        self._finalize: Optional[Callable[[], ParsedBetaMessage[ResponseFormatT]]] = None
        self._iterator = self._run()

    @abstractmethod
    def _request(self) -> ContextManager[ItemT]:
        """Call the API; the context yields the item to hand out.

        It sets `_last_message`, or `_finalize` to a function returning it (a stream's final message).
        """

    def _resolve_last_message(self) -> None:
        finalize, self._finalize = self._finalize, None
        if finalize is not None:
            self._last_message = finalize()

    def __iter__(self) -> Iterator[ItemT]:
        return self._iterator

    def __next__(self) -> ItemT:
        return next(self._iterator)

    def _run(self) -> Iterator[ItemT]:
        while not self._should_stop():
            self._maybe_compact()
            with self._request() as item:
                yield item
            response = None if self._messages_modified else self.generate_tool_call_response()
            if not self._end_turn(response):
                return

    def _maybe_compact(self) -> None:
        request = self._compaction_request()
        if request is None:
            return
        try:
            self._apply_summary(self._endpoints["create"](**request))
        except Exception as exc:  # the history is left as it was
            log.warning("Compaction failed; continuing with the full conversation: %s", exc)

    def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run to the end of the conversation and return the last reply."""
        for _ in self._iterator:
            pass
        if self._last_message is None:
            raise RuntimeError("The tool runner made no API call (max_iterations=0?)")
        return self._last_message

    def generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        """Run the tools the last reply asked for; return the user turn with their results (None if no call).

        The result is cached for the current reply: calling this in the loop body
        does not run the tools twice.
        """
        if self._cached_tool_call_response is None:
            self._resolve_last_message()
            self._cached_tool_call_response = self._call_tools()
        return self._cached_tool_call_response

    def _call_tools(self) -> Optional[BetaMessageParam]:
        tool_uses = self._tool_uses()
        if not tool_uses:
            return None
        results: List[Dict[str, Any]] = []
        for tool_use in tool_uses:
            tool = self._find_tool(tool_use)
            if tool is None:
                results.append(self._missing(tool_use))
                continue
            try:
                results.append(self._success(tool_use, tool.call(tool_use.input)))
            except Exception as exc:
                results.append(self._crashed(tool_use, exc))
        return cast(BetaMessageParam, {"role": "user", "content": results})


class _AsyncRunner(_Conversation[BetaAsyncRunnableTool, ResponseFormatT], Generic[ItemT, ResponseFormatT], ABC):
    def __init__(
        self,
        endpoints: MessagesEndpoints,
        *,
        params: MessageCreateParams,
        options: RequestOptions,
        tools: Iterable[BetaAsyncRunnableTool],
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
    ) -> None:
        super().__init__(
            endpoints,
            params=params,
            options=options,
            tools=tools,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
        )
        self._finalize: Optional[Callable[[], Awaitable[ParsedBetaMessage[ResponseFormatT]]]] = None
        self._iterator = self._run()

    @abstractmethod
    def _request(self) -> AsyncContextManager[ItemT]:
        """Call the API; the context yields the item to hand out.

        It sets `_last_message`, or `_finalize` to a function returning it (a stream's final message).
        """

    async def _resolve_last_message(self) -> None:
        finalize, self._finalize = self._finalize, None
        if finalize is not None:
            self._last_message = await finalize()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._iterator

    async def __anext__(self) -> ItemT:
        return await self._iterator.__anext__()

    async def _run(self) -> AsyncIterator[ItemT]:
        while not self._should_stop():
            await self._maybe_compact()
            async with self._request() as item:
                yield item
            response = None if self._messages_modified else await self.generate_tool_call_response()
            if not self._end_turn(response):
                return

    async def _maybe_compact(self) -> None:
        request = self._compaction_request()
        if request is None:
            return
        try:
            self._apply_summary(await self._endpoints["create"](**request))
        except Exception as exc:  # the history is left as it was
            log.warning("Compaction failed; continuing with the full conversation: %s", exc)

    async def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run to the end of the conversation and return the last reply."""
        async for _ in self._iterator:
            pass
        if self._last_message is None:
            raise RuntimeError("The tool runner made no API call (max_iterations=0?)")
        return self._last_message

    async def generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        """Run the tools the last reply asked for, concurrently; return the user turn with their results.

        None if the reply asked for no tool. The result is cached for the current reply.
        """
        if self._cached_tool_call_response is None:
            await self._resolve_last_message()
            self._cached_tool_call_response = await self._call_tools()
        return self._cached_tool_call_response

    async def _call_tools(self) -> Optional[BetaMessageParam]:
        tool_uses = self._tool_uses()
        if not tool_uses:
            return None
        results: List[Dict[str, Any]] = [{} for _ in tool_uses]

        async def run(index: int, tool_use: Any, tool: BetaAsyncRunnableTool) -> None:
            try:
                results[index] = self._success(tool_use, await tool.call(tool_use.input))
            except Exception as exc:
                results[index] = self._crashed(tool_use, exc)

        async with anyio.create_task_group() as group:
            for index, tool_use in enumerate(tool_uses):
                tool = self._find_tool(tool_use)
                if tool is None:
                    results[index] = self._missing(tool_use)
                else:
                    group.start_soon(run, index, tool_use, tool)
        return cast(BetaMessageParam, {"role": "user", "content": results})


class BetaToolRunner(_SyncRunner[ParsedBetaMessage[ResponseFormatT], ResponseFormatT]):
    """Iterate to get each reply; tools are run and their results sent between iterations."""

    @contextmanager
    def _request(self) -> Generator[ParsedBetaMessage[ResponseFormatT], None, None]:
        message: ParsedBetaMessage[ResponseFormatT] = self._endpoints["parse"](**self._params, **self._options)
        self._last_message = message
        yield message


class BetaStreamingToolRunner(_SyncRunner[BetaMessageStream[ResponseFormatT], ResponseFormatT]):
    """Iterate to get each reply as a stream; the rest of each stream is read when you move on."""

    @contextmanager
    def _request(self) -> Generator[BetaMessageStream[ResponseFormatT], None, None]:
        manager: BetaMessageStreamManager[ResponseFormatT] = self._endpoints["stream"](**self._params, **self._options)
        with manager as stream:
            self._finalize = stream.get_final_message
            yield stream
            self._resolve_last_message()


class BetaAsyncToolRunner(_AsyncRunner[ParsedBetaMessage[ResponseFormatT], ResponseFormatT]):
    """Async-iterate to get each reply; tools run concurrently between iterations."""

    @asynccontextmanager
    async def _request(self) -> AsyncGenerator[ParsedBetaMessage[ResponseFormatT], None]:
        pending: Awaitable[ParsedBetaMessage[ResponseFormatT]] = self._endpoints["parse"](
            **self._params, **self._options
        )
        message = await pending
        self._last_message = message
        yield message


class BetaAsyncStreamingToolRunner(_AsyncRunner[BetaAsyncMessageStream[ResponseFormatT], ResponseFormatT]):
    """Async-iterate to get each reply as a stream; tools run concurrently between iterations."""

    @asynccontextmanager
    async def _request(self) -> AsyncGenerator[BetaAsyncMessageStream[ResponseFormatT], None]:
        manager: BetaAsyncMessageStreamManager[ResponseFormatT] = self._endpoints["stream"](
            **self._params, **self._options
        )
        async with manager as stream:
            self._finalize = stream.get_final_message
            yield stream
            await self._resolve_last_message()

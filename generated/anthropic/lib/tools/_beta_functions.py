"""Python functions as tools: `@beta_tool` and `@beta_async_tool`.

The tool's description comes from the function's docstring, its input schema
from the signature (through pydantic, with the docstring's parameter
descriptions added), and every call is validated against the signature.
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from typing import Any, Awaitable, Callable, Dict, Generic, Iterable, Optional, TypeVar, Union, cast, overload

import docstring_parser
import pydantic
from typing_extensions import TypeAlias

from ...types.beta import (
    BetaImageBlockParam,
    BetaRequestDocumentBlockParam,
    BetaSearchResultBlockParam,
    BetaTextBlockParam,
    BetaToolParam,
    BetaToolReferenceBlockParam,
    BetaToolUnionParam,
)

__all__ = [
    "BetaFunctionToolResultType",
    "BetaBuiltinFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BaseFunctionTool",
    "BetaFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaRunnableTool",
    "BetaAsyncRunnableTool",
    "beta_tool",
    "beta_async_tool",
]

BetaContent: TypeAlias = Union[
    BetaTextBlockParam,
    BetaImageBlockParam,
    BetaSearchResultBlockParam,
    BetaRequestDocumentBlockParam,
    BetaToolReferenceBlockParam,
]
BetaFunctionToolResultType: TypeAlias = Union[str, Iterable[BetaContent]]
"""What a tool returns: text, or content blocks (text, images, documents, ...)."""

InputSchema: TypeAlias = Dict[str, Any]

Function = Callable[..., BetaFunctionToolResultType]
FunctionT = TypeVar("FunctionT", bound=Function)
AsyncFunction = Callable[..., Awaitable[BetaFunctionToolResultType]]
AsyncFunctionT = TypeVar("AsyncFunctionT", bound=AsyncFunction)
CallableT = TypeVar("CallableT", bound=Callable[..., Any])


class BetaBuiltinFunctionTool(ABC):
    """A tool the runner can call whose definition is not derived from a function (e.g. the memory tool)."""

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam: ...

    @abstractmethod
    def call(self, input: object) -> BetaFunctionToolResultType: ...

    @property
    def name(self) -> str:
        return _tool_name(self.to_dict())


class BetaAsyncBuiltinFunctionTool(ABC):
    """The async counterpart of `BetaBuiltinFunctionTool`."""

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam: ...

    @abstractmethod
    async def call(self, input: object) -> BetaFunctionToolResultType: ...

    @property
    def name(self) -> str:
        return _tool_name(self.to_dict())


def _tool_name(definition: object) -> str:
    fields = cast(Dict[str, Any], definition) if isinstance(definition, dict) else {}
    name = fields.get("mcp_server_name", fields.get("name"))
    if not isinstance(name, str):
        raise TypeError(f"The tool definition {definition!r} has no name")
    return name


class BaseFunctionTool(Generic[CallableT]):
    func: CallableT
    """The decorated function."""

    name: str
    """The tool name the model sees."""

    description: str

    input_schema: InputSchema

    def __init__(
        self,
        func: CallableT,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
        defer_loading: Optional[bool] = None,
    ) -> None:
        tool_name = name if name is not None else getattr(func, "__name__", None)
        if not isinstance(tool_name, str) or not tool_name:
            raise TypeError(f"Cannot name a tool after {func!r}; pass name=...")
        _check_parameters(func, tool_name)

        self.func = func
        self.name = tool_name
        self._defer_loading = defer_loading
        self._validated: Callable[..., Any] = pydantic.validate_call(func)
        docstring = docstring_parser.parse(func.__doc__ or "")
        self.description = description if description is not None else _description(docstring)
        if input_schema is None:
            self.input_schema = _schema_from_signature(self._validated, docstring)
        elif isinstance(input_schema, dict):
            self.input_schema = input_schema
        else:
            self.input_schema = input_schema.model_json_schema()

    @property
    def __call__(self) -> CallableT:
        # Calling the tool object calls the function itself, with its own signature for type checkers.
        return self.func

    def to_dict(self) -> BetaToolParam:
        """The tool definition to send in `tools=[...]`."""
        definition: BetaToolParam = {
            "name": self.name,
            "description": self.description,
            "input_schema": self.input_schema,
        }
        if self._defer_loading is not None:
            definition["defer_loading"] = self._defer_loading
        return definition

    def _invoke(self, input: object) -> Any:
        if not isinstance(input, dict):
            raise TypeError(f"The input of tool {self.name!r} must be a JSON object, got {type(input).__name__}")
        try:
            return self._validated(**input)
        except pydantic.ValidationError as exc:
            raise ValueError(f"Invalid input for tool {self.name!r}: {exc}") from exc

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, func={self.func!r})"


class BetaFunctionTool(BaseFunctionTool[FunctionT]):
    """A synchronous function the tool runner can call; see `beta_tool`."""

    def call(self, input: object) -> BetaFunctionToolResultType:
        """Validate `input` against the signature and call the function."""
        result: BetaFunctionToolResultType = self._invoke(input)
        return result


class BetaAsyncFunctionTool(BaseFunctionTool[AsyncFunctionT]):
    """A coroutine function the async tool runner can call; see `beta_async_tool`."""

    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Validate `input` against the signature and await the function."""
        result: BetaFunctionToolResultType = await self._invoke(input)
        return result


BetaRunnableTool = Union[BetaFunctionTool[Any], BetaBuiltinFunctionTool]
BetaAsyncRunnableTool = Union[BetaAsyncFunctionTool[Any], BetaAsyncBuiltinFunctionTool]


def _check_parameters(func: Callable[..., Any], tool_name: str) -> None:
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"Cannot read the signature of tool {tool_name!r}: {exc}") from exc
    for parameter in signature.parameters.values():
        if parameter.kind is inspect.Parameter.POSITIONAL_ONLY:
            raise TypeError(
                f"Tool {tool_name!r}: parameter {parameter.name!r} is positional-only, but tool inputs are "
                "passed by name; remove the `/` from the signature"
            )
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            raise TypeError(
                f"Tool {tool_name!r}: `*{parameter.name}` cannot receive tool inputs, which are passed by name; "
                "use named parameters (or `**kwargs`)"
            )


def _is_async(func: Callable[..., Any]) -> bool:
    # A callable object counts when its `__call__` is a coroutine function.
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(type(func).__call__)


def _description(docstring: docstring_parser.Docstring) -> str:
    parts = [part for part in (docstring.short_description, docstring.long_description) if part]
    return "\n\n".join(parts)


def _schema_from_signature(validated: Callable[..., Any], docstring: docstring_parser.Docstring) -> InputSchema:
    schema: InputSchema = pydantic.TypeAdapter(cast(Any, validated)).json_schema()
    found = schema.get("properties")
    if isinstance(found, dict):
        properties = cast(Dict[str, Any], found)
        for param in docstring.params:
            prop = properties.get(param.arg_name)
            if isinstance(prop, dict) and param.description and "description" not in prop:
                prop["description"] = param.description
    return schema


@overload
def beta_tool(func: FunctionT) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    func: FunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Callable[[FunctionT], BetaFunctionTool[FunctionT]]: ...


def beta_tool(
    func: Optional[FunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Union[BetaFunctionTool[FunctionT], Callable[[FunctionT], BetaFunctionTool[FunctionT]]]:
    """Make a function a tool: `@beta_tool`, `@beta_tool(name=...)` or `beta_tool(func)`.

    ```py
    @beta_tool
    def get_weather(location: str) -> str:
        \"\"\"Look up the weather.

        Args:
            location: A city, e.g. San Francisco, CA
        \"\"\"
    ```
    """

    def make(f: FunctionT) -> BetaFunctionTool[FunctionT]:
        if _is_async(f):
            raise TypeError(f"{f!r} is a coroutine function; decorate it with @beta_async_tool")
        return BetaFunctionTool(
            f, name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
        )

    return make if func is None else make(func)


@overload
def beta_async_tool(func: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    func: AsyncFunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]: ...


def beta_async_tool(
    func: Optional[AsyncFunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Union[BetaAsyncFunctionTool[AsyncFunctionT], Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]]:
    """Make a coroutine function a tool for the async tool runner; used like `beta_tool`."""

    def make(f: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]:
        if not _is_async(f):
            raise TypeError(f"{f!r} is not a coroutine function; decorate it with @beta_tool")
        return BetaAsyncFunctionTool(
            f, name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
        )

    return make if func is None else make(func)

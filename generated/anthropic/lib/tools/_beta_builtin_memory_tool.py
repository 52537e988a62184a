"""Base classes for a client-side memory store behind the `memory_20250818` tool.

Subclass one, implement a method per command (`view`, `create`, `str_replace`,
`insert`, `delete`, `rename`), and pass an instance in `tool_runner(tools=[...])`:
the runner decodes each call into its command model and dispatches it.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, Optional, cast

from ..._models import construct_type
from ...types.beta import (
    BetaCacheControlEphemeralParam,
    BetaMemoryTool20250818Command,
    BetaMemoryTool20250818CreateCommand,
    BetaMemoryTool20250818DeleteCommand,
    BetaMemoryTool20250818InsertCommand,
    BetaMemoryTool20250818Param,
    BetaMemoryTool20250818RenameCommand,
    BetaMemoryTool20250818StrReplaceCommand,
    BetaMemoryTool20250818ViewCommand,
)
from ._beta_functions import BetaAsyncBuiltinFunctionTool, BetaBuiltinFunctionTool, BetaFunctionToolResultType

__all__ = ["BetaAbstractMemoryTool", "BetaAsyncAbstractMemoryTool"]

_COMMANDS = frozenset({"view", "create", "str_replace", "insert", "delete", "rename"})


def _definition(cache_control: Optional[BetaCacheControlEphemeralParam]) -> BetaMemoryTool20250818Param:
    definition: BetaMemoryTool20250818Param = {"type": "memory_20250818", "name": "memory"}
    if cache_control is not None:
        definition["cache_control"] = cache_control
    return definition


def _decode(input: object) -> BetaMemoryTool20250818Command:
    command = cast(BetaMemoryTool20250818Command, construct_type(BetaMemoryTool20250818Command, input))
    name = getattr(command, "command", None)
    if name not in _COMMANDS:
        raise ValueError(f"Unknown memory command {name!r}; expected one of {sorted(_COMMANDS)}")
    return command


class BetaAbstractMemoryTool(BetaBuiltinFunctionTool):
    """A memory store for the sync tool runner.

    ```py
    class FileMemory(BetaAbstractMemoryTool):
        def view(self, command): ...
        def create(self, command): ...
        # str_replace, insert, delete, rename


    client.beta.messages.tool_runner(tools=[FileMemory()], ...)
    ```
    """

    def __init__(self, *, cache_control: Optional[BetaCacheControlEphemeralParam] = None) -> None:
        super().__init__()
        self._cache_control = cache_control

    def to_dict(self) -> BetaMemoryTool20250818Param:
        return _definition(self._cache_control)

    def call(self, input: object) -> BetaFunctionToolResultType:
        return self.execute(_decode(input))

    def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Run `command` with the method of the same name."""
        handler: Any = getattr(self, command.command)
        result: BetaFunctionToolResultType = handler(command)
        return result

    @abstractmethod
    def view(self, command: BetaMemoryTool20250818ViewCommand) -> BetaFunctionToolResultType:
        """Show a directory listing or a file's contents (optionally a line range)."""

    @abstractmethod
    def create(self, command: BetaMemoryTool20250818CreateCommand) -> BetaFunctionToolResultType:
        """Create or overwrite a file."""

    @abstractmethod
    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> BetaFunctionToolResultType:
        """Replace a unique piece of text in a file."""

    @abstractmethod
    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> BetaFunctionToolResultType:
        """Insert text at a line of a file."""

    @abstractmethod
    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> BetaFunctionToolResultType:
        """Delete a file or directory."""

    @abstractmethod
    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> BetaFunctionToolResultType:
        """Move or rename a file or directory."""

    def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Erase everything; not called by the runner. Override to support it."""
        raise NotImplementedError(f"{type(self).__name__} does not implement clear_all_memory()")


class BetaAsyncAbstractMemoryTool(BetaAsyncBuiltinFunctionTool):
    """A memory store for the async tool runner; see `BetaAbstractMemoryTool`."""

    def __init__(self, *, cache_control: Optional[BetaCacheControlEphemeralParam] = None) -> None:
        super().__init__()
        self._cache_control = cache_control

    def to_dict(self) -> BetaMemoryTool20250818Param:
        return _definition(self._cache_control)

    async def call(self, input: object) -> BetaFunctionToolResultType:
        return await self.execute(_decode(input))

    async def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Run `command` with the method of the same name."""
        handler: Any = getattr(self, command.command)
        result: BetaFunctionToolResultType = await handler(command)
        return result

    @abstractmethod
    async def view(self, command: BetaMemoryTool20250818ViewCommand) -> BetaFunctionToolResultType:
        """Show a directory listing or a file's contents (optionally a line range)."""

    @abstractmethod
    async def create(self, command: BetaMemoryTool20250818CreateCommand) -> BetaFunctionToolResultType:
        """Create or overwrite a file."""

    @abstractmethod
    async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> BetaFunctionToolResultType:
        """Replace a unique piece of text in a file."""

    @abstractmethod
    async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> BetaFunctionToolResultType:
        """Insert text at a line of a file."""

    @abstractmethod
    async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> BetaFunctionToolResultType:
        """Delete a file or directory."""

    @abstractmethod
    async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> BetaFunctionToolResultType:
        """Move or rename a file or directory."""

    async def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Erase everything; not called by the runner. Override to support it."""
        raise NotImplementedError(f"{type(self).__name__} does not implement clear_all_memory()")

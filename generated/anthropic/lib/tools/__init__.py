"""Tools the runner can call (`beta_tool`, `beta_async_tool`) and the tool runners."""

from ._beta_builtin_memory_tool import (
    BetaAbstractMemoryTool as BetaAbstractMemoryTool,
)
from ._beta_builtin_memory_tool import (
    BetaAsyncAbstractMemoryTool as BetaAsyncAbstractMemoryTool,
)
from ._beta_compaction_control import CompactionControl as CompactionControl
from ._beta_functions import (
    BetaAsyncBuiltinFunctionTool as BetaAsyncBuiltinFunctionTool,
)
from ._beta_functions import (
    BetaAsyncFunctionTool as BetaAsyncFunctionTool,
)
from ._beta_functions import (
    BetaBuiltinFunctionTool as BetaBuiltinFunctionTool,
)
from ._beta_functions import (
    BetaFunctionTool as BetaFunctionTool,
)
from ._beta_functions import (
    BetaFunctionToolResultType as BetaFunctionToolResultType,
)
from ._beta_functions import (
    beta_async_tool as beta_async_tool,
)
from ._beta_functions import (
    beta_tool as beta_tool,
)
from ._beta_runner import (
    BetaAsyncStreamingToolRunner as BetaAsyncStreamingToolRunner,
)
from ._beta_runner import (
    BetaAsyncToolRunner as BetaAsyncToolRunner,
)
from ._beta_runner import (
    BetaStreamingToolRunner as BetaStreamingToolRunner,
)
from ._beta_runner import (
    BetaToolRunner as BetaToolRunner,
)

__all__ = [
    "beta_tool",
    "beta_async_tool",
    "BetaFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaBuiltinFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BetaToolRunner",
    "BetaAsyncToolRunner",
    "BetaStreamingToolRunner",
    "BetaAsyncStreamingToolRunner",
    "BetaFunctionToolResultType",
    "CompactionControl",
    "BetaAbstractMemoryTool",
    "BetaAsyncAbstractMemoryTool",
]

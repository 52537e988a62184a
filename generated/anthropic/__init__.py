# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import lib as lib
    from . import pagination as pagination
    from . import resources as resources
    from . import types as types
    from ._client import Anthropic as Anthropic
    from ._client import AsyncAnthropic as AsyncAnthropic
    from ._client import AsyncClient as AsyncClient
    from ._client import Client as Client
    from ._constants import AI_PROMPT as AI_PROMPT
    from ._constants import DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._constants import HUMAN_PROMPT as HUMAN_PROMPT
    from ._exceptions import AnthropicError as AnthropicError
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import DeadlineExceededError as DeadlineExceededError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import OverloadedError as OverloadedError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import RequestTooLargeError as RequestTooLargeError
    from ._exceptions import ServiceUnavailableError as ServiceUnavailableError
    from ._exceptions import StreamAlreadyConsumed as StreamAlreadyConsumed
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._files import file_from_path as file_from_path
    from ._http import DefaultAioHttpClient as DefaultAioHttpClient
    from ._http import DefaultAsyncHttpxClient as DefaultAsyncHttpxClient
    from ._http import DefaultHttpxClient as DefaultHttpxClient
    from ._models import BaseModel as BaseModel
    from ._response import APIResponse as APIResponse
    from ._response import AsyncAPIResponse as AsyncAPIResponse
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import NoneType as NoneType
    from ._types import NotGiven as NotGiven
    from ._types import Omit as Omit
    from ._types import ProxiesTypes as ProxiesTypes
    from ._types import RequestOptions as RequestOptions
    from ._types import Timeout as Timeout
    from ._types import Transport as Transport
    from ._types import not_given as not_given
    from ._types import omit as omit
    from ._version import __title__ as __title__
    from ._version import __version__ as __version__
    from .lib._parse._transform import transform_schema as transform_schema
    from .lib.bedrock import AnthropicBedrock as AnthropicBedrock
    from .lib.bedrock import AsyncAnthropicBedrock as AsyncAnthropicBedrock
    from .lib.foundry import AnthropicFoundry as AnthropicFoundry
    from .lib.foundry import AsyncAnthropicFoundry as AsyncAnthropicFoundry
    from .lib.streaming import AsyncMessageStream as AsyncMessageStream
    from .lib.streaming import AsyncMessageStreamManager as AsyncMessageStreamManager
    from .lib.streaming import BetaAsyncMessageStream as BetaAsyncMessageStream
    from .lib.streaming import BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager
    from .lib.streaming import BetaInputJsonEvent as BetaInputJsonEvent
    from .lib.streaming import BetaMessageStream as BetaMessageStream
    from .lib.streaming import BetaMessageStreamManager as BetaMessageStreamManager
    from .lib.streaming import CitationEvent as CitationEvent
    from .lib.streaming import ContentBlockStopEvent as ContentBlockStopEvent
    from .lib.streaming import InputJsonEvent as InputJsonEvent
    from .lib.streaming import MessageStopEvent as MessageStopEvent
    from .lib.streaming import MessageStream as MessageStream
    from .lib.streaming import MessageStreamEvent as MessageStreamEvent
    from .lib.streaming import MessageStreamManager as MessageStreamManager
    from .lib.streaming import ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent
    from .lib.streaming import ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent
    from .lib.streaming import ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent
    from .lib.streaming import ParsedBetaTextEvent as ParsedBetaTextEvent
    from .lib.streaming import ParsedContentBlockStopEvent as ParsedContentBlockStopEvent
    from .lib.streaming import ParsedMessageStopEvent as ParsedMessageStopEvent
    from .lib.streaming import ParsedMessageStreamEvent as ParsedMessageStreamEvent
    from .lib.streaming import SignatureEvent as SignatureEvent
    from .lib.streaming import TextEvent as TextEvent
    from .lib.streaming import ThinkingEvent as ThinkingEvent
    from .lib.tools import beta_async_tool as beta_async_tool
    from .lib.tools import beta_tool as beta_tool
    from .lib.vertex import AnthropicVertex as AnthropicVertex
    from .lib.vertex import AsyncAnthropicVertex as AsyncAnthropicVertex

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "AI_PROMPT": "._constants",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponse": "._response",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "Anthropic": "._client",
    "AnthropicBedrock": ".lib.bedrock",
    "AnthropicError": "._exceptions",
    "AnthropicFoundry": ".lib.foundry",
    "AnthropicVertex": ".lib.vertex",
    "AsyncAPIResponse": "._response",
    "AsyncAnthropic": "._client",
    "AsyncAnthropicBedrock": ".lib.bedrock",
    "AsyncAnthropicFoundry": ".lib.foundry",
    "AsyncAnthropicVertex": ".lib.vertex",
    "AsyncClient": "._client",
    "AsyncMessageStream": ".lib.streaming",
    "AsyncMessageStreamManager": ".lib.streaming",
    "AsyncStream": "._streaming",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BaseModel": "._models",
    "BetaAsyncMessageStream": ".lib.streaming",
    "BetaAsyncMessageStreamManager": ".lib.streaming",
    "BetaInputJsonEvent": ".lib.streaming",
    "BetaMessageStream": ".lib.streaming",
    "BetaMessageStreamManager": ".lib.streaming",
    "CitationEvent": ".lib.streaming",
    "Client": "._client",
    "ConflictError": "._exceptions",
    "ContentBlockStopEvent": ".lib.streaming",
    "DEFAULT_CONNECTION_LIMITS": "._constants",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "DeadlineExceededError": "._exceptions",
    "DefaultAioHttpClient": "._http",
    "DefaultAsyncHttpxClient": "._http",
    "DefaultHttpxClient": "._http",
    "HUMAN_PROMPT": "._constants",
    "InputJsonEvent": ".lib.streaming",
    "InternalServerError": "._exceptions",
    "MessageStopEvent": ".lib.streaming",
    "MessageStream": ".lib.streaming",
    "MessageStreamEvent": ".lib.streaming",
    "MessageStreamManager": ".lib.streaming",
    "NOT_GIVEN": "._types",
    "NoneType": "._types",
    "NotFoundError": "._exceptions",
    "NotGiven": "._types",
    "Omit": "._types",
    "OverloadedError": "._exceptions",
    "ParsedBetaContentBlockStopEvent": ".lib.streaming",
    "ParsedBetaMessageStopEvent": ".lib.streaming",
    "ParsedBetaMessageStreamEvent": ".lib.streaming",
    "ParsedBetaTextEvent": ".lib.streaming",
    "ParsedContentBlockStopEvent": ".lib.streaming",
    "ParsedMessageStopEvent": ".lib.streaming",
    "ParsedMessageStreamEvent": ".lib.streaming",
    "PermissionDeniedError": "._exceptions",
    "ProxiesTypes": "._types",
    "RateLimitError": "._exceptions",
    "RequestOptions": "._types",
    "RequestTooLargeError": "._exceptions",
    "ServiceUnavailableError": "._exceptions",
    "SignatureEvent": ".lib.streaming",
    "Stream": "._streaming",
    "StreamAlreadyConsumed": "._exceptions",
    "TextEvent": ".lib.streaming",
    "ThinkingEvent": ".lib.streaming",
    "Timeout": "._types",
    "Transport": "._types",
    "UnprocessableEntityError": "._exceptions",
    "__title__": "._version",
    "__version__": "._version",
    "beta_async_tool": ".lib.tools",
    "beta_tool": ".lib.tools",
    "file_from_path": "._files",
    "not_given": "._types",
    "omit": "._types",
    "transform_schema": ".lib._parse._transform",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "lib",
        "pagination",
        "resources",
        "types",
    }
)

__all__ = [
    "AI_PROMPT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Anthropic",
    "AnthropicBedrock",
    "AnthropicError",
    "AnthropicFoundry",
    "AnthropicVertex",
    "AsyncAPIResponse",
    "AsyncAnthropic",
    "AsyncAnthropicBedrock",
    "AsyncAnthropicFoundry",
    "AsyncAnthropicVertex",
    "AsyncClient",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
    "BetaInputJsonEvent",
    "BetaMessageStream",
    "BetaMessageStreamManager",
    "CitationEvent",
    "Client",
    "ConflictError",
    "ContentBlockStopEvent",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DeadlineExceededError",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "HUMAN_PROMPT",
    "InputJsonEvent",
    "InternalServerError",
    "MessageStopEvent",
    "MessageStream",
    "MessageStreamEvent",
    "MessageStreamManager",
    "NOT_GIVEN",
    "NoneType",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "OverloadedError",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "ParsedContentBlockStopEvent",
    "ParsedMessageStopEvent",
    "ParsedMessageStreamEvent",
    "PermissionDeniedError",
    "ProxiesTypes",
    "RateLimitError",
    "RequestOptions",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "SignatureEvent",
    "Stream",
    "StreamAlreadyConsumed",
    "TextEvent",
    "ThinkingEvent",
    "Timeout",
    "Transport",
    "UnprocessableEntityError",
    "__title__",
    "__version__",
    "beta_async_tool",
    "beta_tool",
    "file_from_path",
    "not_given",
    "omit",
    "transform_schema",
    "lib",
    "pagination",
    "resources",
    "types",
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

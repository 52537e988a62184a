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
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import AnyMapping as AnyMapping
    from ._types import AsyncTransport as AsyncTransport
    from ._types import Body as Body
    from ._types import FileContent as FileContent
    from ._types import FileTypes as FileTypes
    from ._types import Headers as Headers
    from ._types import HttpxFileTypes as HttpxFileTypes
    from ._types import IncEx as IncEx
    from ._types import NoneType as NoneType
    from ._types import NotGiven as NotGiven
    from ._types import Omit as Omit
    from ._types import ProxiesTypes as ProxiesTypes
    from ._types import Query as Query
    from ._types import RequestFiles as RequestFiles
    from ._types import RequestOptions as RequestOptions
    from ._types import SequenceNotStr as SequenceNotStr
    from ._types import Timeout as Timeout
    from ._types import Transport as Transport
    from ._types import not_given as not_given
    from ._types import omit as omit
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
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "Anthropic": "._client",
    "AnthropicBedrock": ".lib.bedrock",
    "AnthropicError": "._exceptions",
    "AnthropicFoundry": ".lib.foundry",
    "AnthropicVertex": ".lib.vertex",
    "AnyMapping": "._types",
    "AsyncAnthropic": "._client",
    "AsyncAnthropicBedrock": ".lib.bedrock",
    "AsyncAnthropicFoundry": ".lib.foundry",
    "AsyncAnthropicVertex": ".lib.vertex",
    "AsyncClient": "._client",
    "AsyncMessageStream": ".lib.streaming",
    "AsyncMessageStreamManager": ".lib.streaming",
    "AsyncTransport": "._types",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BetaAsyncMessageStream": ".lib.streaming",
    "BetaAsyncMessageStreamManager": ".lib.streaming",
    "BetaInputJsonEvent": ".lib.streaming",
    "BetaMessageStream": ".lib.streaming",
    "BetaMessageStreamManager": ".lib.streaming",
    "Body": "._types",
    "CitationEvent": ".lib.streaming",
    "Client": "._client",
    "ConflictError": "._exceptions",
    "ContentBlockStopEvent": ".lib.streaming",
    "DeadlineExceededError": "._exceptions",
    "FileContent": "._types",
    "FileTypes": "._types",
    "Headers": "._types",
    "HttpxFileTypes": "._types",
    "IncEx": "._types",
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
    "Query": "._types",
    "RateLimitError": "._exceptions",
    "RequestFiles": "._types",
    "RequestOptions": "._types",
    "RequestTooLargeError": "._exceptions",
    "SequenceNotStr": "._types",
    "ServiceUnavailableError": "._exceptions",
    "SignatureEvent": ".lib.streaming",
    "StreamAlreadyConsumed": "._exceptions",
    "TextEvent": ".lib.streaming",
    "ThinkingEvent": ".lib.streaming",
    "Timeout": "._types",
    "Transport": "._types",
    "UnprocessableEntityError": "._exceptions",
    "beta_async_tool": ".lib.tools",
    "beta_tool": ".lib.tools",
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
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Anthropic",
    "AnthropicBedrock",
    "AnthropicError",
    "AnthropicFoundry",
    "AnthropicVertex",
    "AnyMapping",
    "AsyncAnthropic",
    "AsyncAnthropicBedrock",
    "AsyncAnthropicFoundry",
    "AsyncAnthropicVertex",
    "AsyncClient",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncTransport",
    "AuthenticationError",
    "BadRequestError",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
    "BetaInputJsonEvent",
    "BetaMessageStream",
    "BetaMessageStreamManager",
    "Body",
    "CitationEvent",
    "Client",
    "ConflictError",
    "ContentBlockStopEvent",
    "DeadlineExceededError",
    "FileContent",
    "FileTypes",
    "Headers",
    "HttpxFileTypes",
    "IncEx",
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
    "Query",
    "RateLimitError",
    "RequestFiles",
    "RequestOptions",
    "RequestTooLargeError",
    "SequenceNotStr",
    "ServiceUnavailableError",
    "SignatureEvent",
    "StreamAlreadyConsumed",
    "TextEvent",
    "ThinkingEvent",
    "Timeout",
    "Transport",
    "UnprocessableEntityError",
    "beta_async_tool",
    "beta_tool",
    "not_given",
    "omit",
    "transform_schema",
    "lib",
    "pagination",
    "resources",
    "types",
]


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

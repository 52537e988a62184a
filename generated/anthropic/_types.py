"""Shared type aliases and the two "absent value" sentinels used across the SDK."""

from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
    Type,
    TypeVar,
    Union,
)

import httpx
from httpx import URL, AsyncBaseTransport, BaseTransport, Proxy, Response, Timeout
from typing_extensions import Literal, Protocol, SupportsIndex, TypeAlias, TypedDict, final, overload, override

__all__ = [
    "AnyMapping",
    "AsyncTransport",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "HttpxFileTypes",
    "IncEx",
    "NOT_GIVEN",
    "NoneType",
    "NotGiven",
    "Omit",
    "ProxiesTypes",
    "Query",
    "RequestFiles",
    "RequestOptions",
    "SequenceNotStr",
    "Timeout",
    "Transport",
    "not_given",
    "omit",
]

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


@final
class NotGiven:
    """Marks a parameter the caller did not pass, where ``None`` has its own meaning.

    ``timeout=None`` disables the timeout; ``timeout=not_given`` keeps the client's default.
    It is falsy so ``value or default`` reads naturally.
    """

    _instance: Optional[NotGiven] = None

    def __new__(cls) -> NotGiven:
        # A single shared instance: identity checks and pickling both stay simple.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    @override
    def __reduce__(self) -> str:
        return "not_given"


not_given = NotGiven()
NOT_GIVEN = not_given  # older spelling, still accepted everywhere


@final
class Omit:
    """Removes a value the SDK would otherwise send, e.g. ``extra_headers={"X-Api-Key": omit}``."""

    _instance: Optional[Omit] = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "omit"

    @override
    def __reduce__(self) -> str:
        return "omit"


omit = Omit()

if TYPE_CHECKING:
    NoneType: Type[None]
else:
    NoneType = type(None)

Transport = BaseTransport
AsyncTransport = AsyncBaseTransport

Headers = Mapping[str, Union[str, Omit]]
Query = Mapping[str, object]
Body = object
AnyMapping = Mapping[str, object]

ProxiesDict = Dict[Union[str, URL], Union[None, str, URL, Proxy]]
ProxiesTypes = Union[str, Proxy, ProxiesDict]

if TYPE_CHECKING:
    FileContent = Union[IO[bytes], bytes, PathLike[str]]
else:
    FileContent = Union[IO[bytes], bytes, PathLike]

# What a file-typed parameter accepts: the contents alone, or a tuple of
# (filename, contents[, media type[, extra part headers]]).
FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]

# The same shapes with the contents already read into memory.
HttpxFileContent = Union[IO[bytes], bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]

IncEx: TypeAlias = Union[Set[int], Set[str], Mapping[int, Union["IncEx", bool]], Mapping[str, Union["IncEx", bool]]]


class RequestOptions(TypedDict, total=False):
    """Per-request options for the low-level ``client.get/post/...`` helpers."""

    headers: Headers
    max_retries: int
    timeout: Union[float, Timeout, None]
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    follow_redirects: bool
    stream_idle_timeout: Optional[float]


if TYPE_CHECKING:

    class SequenceNotStr(Protocol[_T_co]):
        """A sequence that is not a ``str`` (``str`` would otherwise match ``Sequence[str]``)."""

        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
        def __contains__(self, value: object, /) -> bool: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Iterator[_T_co]: ...
        def __reversed__(self) -> Iterator[_T_co]: ...

else:
    SequenceNotStr = Sequence

# Kept for code written against older releases.
StrBytesIntFloat = Union[str, bytes, int, float]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], Sequence[Tuple[str, HttpxFileTypes]]]
JSONList = List[Any]
HttpxResponse = Response
HttpxTimeout = httpx.Timeout

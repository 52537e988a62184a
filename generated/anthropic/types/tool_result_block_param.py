# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .document_block_param import DocumentBlockParam
from .image_block_param import ImageBlockParam
from .search_result_block_param import SearchResultBlockParam
from .text_block_param import TextBlockParam

__all__ = [
    "ToolResultBlockParam",
    "Content",
]


class ToolResultBlockParam(TypedDict, total=False):
    """The outcome of a client tool call, sent back in a user turn."""

    tool_use_id: Required[str]

    type: Required[Literal["tool_result"]]

    cache_control: Optional[CacheControlEphemeralParam]

    content: Union[str, Iterable[Union[TextBlockParam, ImageBlockParam, SearchResultBlockParam, DocumentBlockParam]]]

    is_error: bool


Content: TypeAlias = Union[
    str, Iterable[Union[TextBlockParam, ImageBlockParam, SearchResultBlockParam, DocumentBlockParam]]
]

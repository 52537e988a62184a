# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .content_block import ContentBlock
from .content_block_param import ContentBlockParam

__all__ = [
    "MessageParam",
    "Content",
]


class MessageParam(TypedDict, total=False):
    """One conversation turn sent to the model."""

    content: Required[Union[str, Iterable[Union[ContentBlockParam, ContentBlock]]]]

    role: Required[Literal["user", "assistant"]]


Content: TypeAlias = Union[str, Iterable[Union[ContentBlockParam, ContentBlock]]]

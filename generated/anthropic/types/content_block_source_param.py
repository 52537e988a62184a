# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .content_block_source_content_param import ContentBlockSourceContentParam

__all__ = [
    "ContentBlockSourceParam",
    "Content",
]


class ContentBlockSourceParam(TypedDict, total=False):
    """A document whose content is given as text and image blocks."""

    content: Required[Union[str, Iterable[ContentBlockSourceContentParam]]]

    type: Required[Literal["content"]]


Content: TypeAlias = Union[str, Iterable[ContentBlockSourceContentParam]]

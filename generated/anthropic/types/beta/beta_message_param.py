# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_content_block import BetaContentBlock
from .beta_content_block_param import BetaContentBlockParam

__all__ = [
    "BetaMessageParam",
    "Content",
]


class BetaMessageParam(TypedDict, total=False):
    """One conversational turn sent to the model."""

    content: Required[Union[str, Iterable[Union[BetaContentBlockParam, BetaContentBlock]]]]

    role: Required[Literal["user", "assistant"]]


Content: TypeAlias = Union[str, Iterable[Union[BetaContentBlockParam, BetaContentBlock]]]

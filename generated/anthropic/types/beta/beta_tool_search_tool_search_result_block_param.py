# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_tool_reference_block_param import BetaToolReferenceBlockParam

__all__ = [
    "BetaToolSearchToolSearchResultBlockParam",
]


class BetaToolSearchToolSearchResultBlockParam(TypedDict, total=False):
    tool_references: Required[Iterable[BetaToolReferenceBlockParam]]

    type: Required[Literal["tool_search_tool_search_result"]]

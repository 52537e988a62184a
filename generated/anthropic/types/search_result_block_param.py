# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .citations_config_param import CitationsConfigParam
from .text_block_param import TextBlockParam

__all__ = [
    "SearchResultBlockParam",
]


class SearchResultBlockParam(TypedDict, total=False):
    content: Required[Iterable[TextBlockParam]]

    source: Required[str]

    title: Required[str]

    type: Required[Literal["search_result"]]

    cache_control: Optional[CacheControlEphemeralParam]

    citations: CitationsConfigParam

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_image_block_param import BetaImageBlockParam
from .beta_request_document_block_param import BetaRequestDocumentBlockParam
from .beta_search_result_block_param import BetaSearchResultBlockParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_tool_reference_block_param import BetaToolReferenceBlockParam

__all__ = [
    "BetaToolResultBlockParam",
    "Content",
]


class BetaToolResultBlockParam(TypedDict, total=False):
    tool_use_id: Required[str]

    type: Required[Literal["tool_result"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Union[
        str,
        Iterable[
            Union[
                BetaTextBlockParam,
                BetaImageBlockParam,
                BetaSearchResultBlockParam,
                BetaRequestDocumentBlockParam,
                BetaToolReferenceBlockParam,
            ]
        ],
    ]

    is_error: bool


Content: TypeAlias = Union[
    str,
    Iterable[
        Union[
            BetaTextBlockParam,
            BetaImageBlockParam,
            BetaSearchResultBlockParam,
            BetaRequestDocumentBlockParam,
            BetaToolReferenceBlockParam,
        ]
    ],
]

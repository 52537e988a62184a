# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = [
    "BetaWebFetchBlockParam",
]


class BetaWebFetchBlockParam(TypedDict, total=False):
    content: Required[BetaRequestDocumentBlockParam]

    type: Required[Literal["web_fetch_result"]]

    url: Required[str]

    retrieved_at: Optional[str]

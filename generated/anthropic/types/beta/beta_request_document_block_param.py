# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_base64_pdf_source_param import BetaBase64PDFSourceParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_citations_config_param import BetaCitationsConfigParam
from .beta_content_block_source_param import BetaContentBlockSourceParam
from .beta_file_document_source_param import BetaFileDocumentSourceParam
from .beta_plain_text_source_param import BetaPlainTextSourceParam
from .beta_url_pdf_source_param import BetaURLPDFSourceParam

__all__ = [
    "BetaRequestDocumentBlockParam",
    "Source",
]


class BetaRequestDocumentBlockParam(TypedDict, total=False):
    """A document supplied in a request."""

    source: Required[
        Union[
            BetaBase64PDFSourceParam,
            BetaPlainTextSourceParam,
            BetaContentBlockSourceParam,
            BetaURLPDFSourceParam,
            BetaFileDocumentSourceParam,
        ]
    ]

    type: Required[Literal["document"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[BetaCitationsConfigParam]

    context: Optional[str]
    """Extra information about the document that the model may use but does not cite."""

    title: Optional[str]


Source: TypeAlias = Union[
    BetaBase64PDFSourceParam,
    BetaPlainTextSourceParam,
    BetaContentBlockSourceParam,
    BetaURLPDFSourceParam,
    BetaFileDocumentSourceParam,
]

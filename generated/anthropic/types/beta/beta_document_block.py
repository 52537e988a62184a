# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from .beta_base64_pdf_source import BetaBase64PDFSource
from .beta_citation_config import BetaCitationConfig
from .beta_plain_text_source import BetaPlainTextSource

__all__ = [
    "BetaDocumentBlock",
    "Source",
]


class BetaDocumentBlock(BaseModel):
    """A document as returned by the API (for example inside a web fetch result)."""

    citations: Optional[BetaCitationConfig] = None

    source: Annotated[Union[BetaBase64PDFSource, BetaPlainTextSource], FieldInfo(discriminator="type")]

    title: Optional[str] = None

    type: Literal["document"]


Source: TypeAlias = Annotated[Union[BetaBase64PDFSource, BetaPlainTextSource], FieldInfo(discriminator="type")]

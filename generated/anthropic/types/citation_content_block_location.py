# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "CitationContentBlockLocation",
]


class CitationContentBlockLocation(BaseModel):
    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_block_index: int

    file_id: Optional[str] = None

    start_block_index: int

    type: Literal["content_block_location"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCitationCharLocation",
]


class BetaCitationCharLocation(BaseModel):
    """A citation pointing at a character range of a plain-text document."""

    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_char_index: int

    file_id: Optional[str] = None

    start_char_index: int

    type: Literal["char_location"]

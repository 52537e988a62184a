# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

__all__ = [
    "BetaMetadataParam",
]


class BetaMetadataParam(TypedDict, total=False):
    user_id: Optional[str]
    """Opaque end-user identifier."""

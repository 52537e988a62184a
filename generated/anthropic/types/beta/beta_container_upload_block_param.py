# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaContainerUploadBlockParam",
]


class BetaContainerUploadBlockParam(TypedDict, total=False):
    """Makes a Files API file available to the code execution container."""

    file_id: Required[str]

    type: Required[Literal["container_upload"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

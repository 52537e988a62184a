# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ..._types import FileTypes
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "FileUploadParams",
]


class FileUploadParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]

    file: Required[FileTypes]

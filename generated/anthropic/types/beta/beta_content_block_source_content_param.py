# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .beta_image_block_param import BetaImageBlockParam
from .beta_text_block_param import BetaTextBlockParam

__all__ = [
    "BetaContentBlockSourceContentParam",
]

BetaContentBlockSourceContentParam: TypeAlias = Union[BetaTextBlockParam, BetaImageBlockParam]

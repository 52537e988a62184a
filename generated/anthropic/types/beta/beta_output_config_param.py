# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypedDict

from .beta_json_output_format_param import BetaJSONOutputFormatParam

__all__ = [
    "BetaOutputConfigParam",
]


class BetaOutputConfigParam(TypedDict, total=False):
    effort: Optional[Literal["low", "medium", "high", "max"]]

    format: Optional[BetaJSONOutputFormatParam]

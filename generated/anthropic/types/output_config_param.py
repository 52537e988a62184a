# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypedDict

from .json_output_format_param import JSONOutputFormatParam

__all__ = [
    "OutputConfigParam",
]


class OutputConfigParam(TypedDict, total=False):
    """Controls over the shape and effort of the model's output."""

    effort: Optional[Literal["low", "medium", "high", "max"]]

    format: Optional[JSONOutputFormatParam]

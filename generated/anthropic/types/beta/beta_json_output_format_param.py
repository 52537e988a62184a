# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaJSONOutputFormatParam",
]


class BetaJSONOutputFormatParam(TypedDict, total=False):
    """Constrain the response to a JSON schema."""

    schema: Required[Dict[str, object]]

    type: Required[Literal["json_schema"]]

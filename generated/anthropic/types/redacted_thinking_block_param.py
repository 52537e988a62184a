# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RedactedThinkingBlockParam",
]


class RedactedThinkingBlockParam(TypedDict, total=False):
    data: Required[str]

    type: Required[Literal["redacted_thinking"]]

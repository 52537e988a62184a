# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ..message_create_params import MessageCreateParamsNonStreaming

__all__ = [
    "Request",
    "BatchCreateParams",
]


class Request(TypedDict, total=False):
    custom_id: Required[str]
    """Your id for this request; it is echoed back in the results."""

    params: Required[MessageCreateParamsNonStreaming]


class BatchCreateParams(TypedDict, total=False):
    requests: Required[Iterable[Request]]

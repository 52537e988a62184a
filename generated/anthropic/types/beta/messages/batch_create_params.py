# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ...anthropic_beta_param import AnthropicBetaParam
from ..message_create_params import MessageCreateParamsNonStreaming

__all__ = [
    "Request",
    "BatchCreateParams",
]


class Request(TypedDict, total=False):
    custom_id: Required[str]
    """Your own id, echoed in the results, unique within the batch."""

    params: Required[MessageCreateParamsNonStreaming]


class BatchCreateParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]

    requests: Required[Iterable[Request]]

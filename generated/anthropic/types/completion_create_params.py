# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .anthropic_beta_param import AnthropicBetaParam
from .metadata_param import MetadataParam
from .model_param import ModelParam

__all__ = [
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionCreateParams",
]


class CompletionCreateParamsBase(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]

    max_tokens_to_sample: Required[int]

    model: Required[ModelParam]

    prompt: Required[str]

    metadata: MetadataParam

    stop_sequences: SequenceNotStr[str]

    temperature: float

    top_k: int

    top_p: float


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Literal[False]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase, total=False):
    stream: Required[Literal[True]]


CompletionCreateParams: TypeAlias = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]

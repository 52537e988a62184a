# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import List, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .beta_compaction_iteration_usage import BetaCompactionIterationUsage
from .beta_message_iteration_usage import BetaMessageIterationUsage

__all__ = [
    "BetaIterationsUsage",
]

BetaIterationsUsage: TypeAlias = List[
    Annotated[Union[BetaMessageIterationUsage, BetaCompactionIterationUsage], FieldInfo(discriminator="type")]
]
"""Usage of each sampling or compaction step."""

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .beta_citations_delta import BetaCitationsDelta
from .beta_compaction_content_block_delta import BetaCompactionContentBlockDelta
from .beta_input_json_delta import BetaInputJSONDelta
from .beta_signature_delta import BetaSignatureDelta
from .beta_text_delta import BetaTextDelta
from .beta_thinking_delta import BetaThinkingDelta

__all__ = [
    "BetaRawContentBlockDelta",
]

BetaRawContentBlockDelta: TypeAlias = Annotated[
    Union[
        BetaTextDelta,
        BetaInputJSONDelta,
        BetaCitationsDelta,
        BetaThinkingDelta,
        BetaSignatureDelta,
        BetaCompactionContentBlockDelta,
    ],
    FieldInfo(discriminator="type"),
]

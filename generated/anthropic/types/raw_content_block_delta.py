# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .citations_delta import CitationsDelta
from .input_json_delta import InputJSONDelta
from .signature_delta import SignatureDelta
from .text_delta import TextDelta
from .thinking_delta import ThinkingDelta

__all__ = [
    "RawContentBlockDelta",
]

RawContentBlockDelta: TypeAlias = Annotated[
    Union[TextDelta, InputJSONDelta, CitationsDelta, ThinkingDelta, SignatureDelta], FieldInfo(discriminator="type")
]

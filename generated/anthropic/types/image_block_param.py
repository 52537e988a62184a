# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .base64_image_source_param import Base64ImageSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .url_image_source_param import URLImageSourceParam

__all__ = [
    "ImageBlockParam",
    "Source",
]


class ImageBlockParam(TypedDict, total=False):
    source: Required[Union[Base64ImageSourceParam, URLImageSourceParam]]

    type: Required[Literal["image"]]

    cache_control: Optional[CacheControlEphemeralParam]


Source: TypeAlias = Union[Base64ImageSourceParam, URLImageSourceParam]

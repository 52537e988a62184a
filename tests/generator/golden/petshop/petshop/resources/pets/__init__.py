# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pets import AsyncPets as AsyncPets
    from .pets import AsyncPetsWithRawResponse as AsyncPetsWithRawResponse
    from .pets import AsyncPetsWithStreamingResponse as AsyncPetsWithStreamingResponse
    from .pets import Pets as Pets
    from .pets import PetsWithRawResponse as PetsWithRawResponse
    from .pets import PetsWithStreamingResponse as PetsWithStreamingResponse
    from .photos import AsyncPhotos as AsyncPhotos
    from .photos import AsyncPhotosWithRawResponse as AsyncPhotosWithRawResponse
    from .photos import AsyncPhotosWithStreamingResponse as AsyncPhotosWithStreamingResponse
    from .photos import Photos as Photos
    from .photos import PhotosWithRawResponse as PhotosWithRawResponse
    from .photos import PhotosWithStreamingResponse as PhotosWithStreamingResponse

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "AsyncPets": ".pets",
    "AsyncPetsWithRawResponse": ".pets",
    "AsyncPetsWithStreamingResponse": ".pets",
    "AsyncPhotos": ".photos",
    "AsyncPhotosWithRawResponse": ".photos",
    "AsyncPhotosWithStreamingResponse": ".photos",
    "Pets": ".pets",
    "PetsWithRawResponse": ".pets",
    "PetsWithStreamingResponse": ".pets",
    "Photos": ".photos",
    "PhotosWithRawResponse": ".photos",
    "PhotosWithStreamingResponse": ".photos",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncPetsWithStreamingResponse",
    "AsyncPhotos",
    "AsyncPhotosWithRawResponse",
    "AsyncPhotosWithStreamingResponse",
    "Pets",
    "PetsWithRawResponse",
    "PetsWithStreamingResponse",
    "Photos",
    "PhotosWithRawResponse",
    "PhotosWithStreamingResponse",
]


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still reported

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(__all__)

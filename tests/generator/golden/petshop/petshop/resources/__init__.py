# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .categories import AsyncCategories as AsyncCategories
    from .categories import AsyncCategoriesWithRawResponse as AsyncCategoriesWithRawResponse
    from .categories import AsyncCategoriesWithStreamingResponse as AsyncCategoriesWithStreamingResponse
    from .categories import Categories as Categories
    from .categories import CategoriesWithRawResponse as CategoriesWithRawResponse
    from .categories import CategoriesWithStreamingResponse as CategoriesWithStreamingResponse
    from .pets.pets import AsyncPets as AsyncPets
    from .pets.pets import AsyncPetsWithRawResponse as AsyncPetsWithRawResponse
    from .pets.pets import AsyncPetsWithStreamingResponse as AsyncPetsWithStreamingResponse
    from .pets.pets import Pets as Pets
    from .pets.pets import PetsWithRawResponse as PetsWithRawResponse
    from .pets.pets import PetsWithStreamingResponse as PetsWithStreamingResponse

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "AsyncCategories": ".categories",
    "AsyncCategoriesWithRawResponse": ".categories",
    "AsyncCategoriesWithStreamingResponse": ".categories",
    "AsyncPets": ".pets.pets",
    "AsyncPetsWithRawResponse": ".pets.pets",
    "AsyncPetsWithStreamingResponse": ".pets.pets",
    "Categories": ".categories",
    "CategoriesWithRawResponse": ".categories",
    "CategoriesWithStreamingResponse": ".categories",
    "Pets": ".pets.pets",
    "PetsWithRawResponse": ".pets.pets",
    "PetsWithStreamingResponse": ".pets.pets",
}
_SUBMODULES: frozenset[str] = frozenset({})

__all__ = [
    "AsyncCategories",
    "AsyncCategoriesWithRawResponse",
    "AsyncCategoriesWithStreamingResponse",
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncPetsWithStreamingResponse",
    "Categories",
    "CategoriesWithRawResponse",
    "CategoriesWithStreamingResponse",
    "Pets",
    "PetsWithRawResponse",
    "PetsWithStreamingResponse",
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

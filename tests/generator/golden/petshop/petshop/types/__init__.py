# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.
"""Public types of `types`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import pets as pets
    from . import shared as shared
    from .bite_event import BiteEvent as BiteEvent
    from .cat_details import CatDetails as CatDetails
    from .cat_details_param import CatDetailsParam as CatDetailsParam
    from .category import Category as Category
    from .deleted_pet import DeletedPet as DeletedPet
    from .dog_details import DogDetails as DogDetails
    from .dog_details_param import DogDetailsParam as DogDetailsParam
    from .feed_event import FeedEvent as FeedEvent
    from .fish_details import FishDetails as FishDetails
    from .fish_details_param import FishDetailsParam as FishDetailsParam
    from .meal import Meal as Meal
    from .meal_done_event import MealDoneEvent as MealDoneEvent
    from .owner import Owner as Owner
    from .pet import Pet as Pet
    from .pet import PetHealth as PetHealth
    from .pet_create_params import PetCreateParams as PetCreateParams
    from .pet_details import PetDetails as PetDetails
    from .pet_details_param import PetDetailsParam as PetDetailsParam
    from .pet_feed_params import PetFeedParams as PetFeedParams
    from .pet_feed_params import PetFeedParamsBase as PetFeedParamsBase
    from .pet_feed_params import PetFeedParamsNonStreaming as PetFeedParamsNonStreaming
    from .pet_feed_params import PetFeedParamsStreaming as PetFeedParamsStreaming
    from .pet_list_params import PetListParams as PetListParams
    from .shared.error_response import ErrorResponse as ErrorResponse
    from .shared.error_response import ErrorResponseError as ErrorResponseError
    from .species import Species as Species
    from .species_param import SpeciesParam as SpeciesParam

# Each public name and the module that defines it; imported on first access.
_EXPORTS: dict[str, str] = {
    "BiteEvent": ".bite_event",
    "CatDetails": ".cat_details",
    "CatDetailsParam": ".cat_details_param",
    "Category": ".category",
    "DeletedPet": ".deleted_pet",
    "DogDetails": ".dog_details",
    "DogDetailsParam": ".dog_details_param",
    "ErrorResponse": ".shared.error_response",
    "ErrorResponseError": ".shared.error_response",
    "FeedEvent": ".feed_event",
    "FishDetails": ".fish_details",
    "FishDetailsParam": ".fish_details_param",
    "Meal": ".meal",
    "MealDoneEvent": ".meal_done_event",
    "Owner": ".owner",
    "Pet": ".pet",
    "PetCreateParams": ".pet_create_params",
    "PetDetails": ".pet_details",
    "PetDetailsParam": ".pet_details_param",
    "PetFeedParams": ".pet_feed_params",
    "PetFeedParamsBase": ".pet_feed_params",
    "PetFeedParamsNonStreaming": ".pet_feed_params",
    "PetFeedParamsStreaming": ".pet_feed_params",
    "PetHealth": ".pet",
    "PetListParams": ".pet_list_params",
    "Species": ".species",
    "SpeciesParam": ".species_param",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "pets",
        "shared",
    }
)

__all__ = [
    "BiteEvent",
    "CatDetails",
    "CatDetailsParam",
    "Category",
    "DeletedPet",
    "DogDetails",
    "DogDetailsParam",
    "ErrorResponse",
    "ErrorResponseError",
    "FeedEvent",
    "FishDetails",
    "FishDetailsParam",
    "Meal",
    "MealDoneEvent",
    "Owner",
    "Pet",
    "PetCreateParams",
    "PetDetails",
    "PetDetailsParam",
    "PetFeedParams",
    "PetFeedParamsBase",
    "PetFeedParamsNonStreaming",
    "PetFeedParamsStreaming",
    "PetHealth",
    "PetListParams",
    "Species",
    "SpeciesParam",
    "pets",
    "shared",
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

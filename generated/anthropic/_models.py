"""Response models and response decoding.

Decoding reads the bytes once through pydantic's JSON validator (fast, and the
schemas are cached per type). When that fails and strict validation is off,
the same bytes are parsed with jiter and the result is built *leniently*: valid
sub-trees are still validated, while unknown enum values, unknown union
variants, missing fields and extra fields are kept as they came, so an API
that grew a new field or block type does not break older SDK versions.
"""

from __future__ import annotations

import collections.abc
import threading
import types
from datetime import date, datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    ClassVar,
    Dict,
    List,
    Mapping,
    Optional,
    Set,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
)

import jiter
import pydantic
from pydantic import ConfigDict, TypeAdapter
from typing_extensions import Annotated, Literal, Self, TypeGuard, get_args, get_origin, override

from ._exceptions import APIResponseValidationError
from ._utils._guards import is_dict, is_list, is_mapping

if TYPE_CHECKING:
    import httpx

__all__ = [
    "BaseModel",
    "GenericModel",
    "construct_type",
    "decode_event_data",
    "is_basemodel_type",
    "json_validator",
    "validate_response",
    "validate_value",
]

_T = TypeVar("_T")


def _union_origins() -> Tuple[object, ...]:
    union_type = getattr(types, "UnionType", None)  # `X | Y` on Python 3.10+
    return (Union,) if union_type is None else (Union, union_type)


_UNION_ORIGINS = _union_origins()
_SEQUENCE_ORIGINS = (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Iterable)
_MAPPING_ORIGINS = (dict, collections.abc.Mapping)


class BaseModel(pydantic.BaseModel):
    """Base of every response model: unknown fields are kept, schemas are built on first use."""

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow", defer_build=True, protected_namespaces=())

    # Performance: not a pydantic PrivateAttr. A model with private attributes runs a Python
    # `model_post_init` for every instance pydantic builds (every nested block, every stream
    # event: 20-25 % of a stream's time); this property keeps validation entirely in Rust. The
    # value lives in `__pydantic_private__` (None until set), so copies, pickles and equality
    # treat it as they treat private attributes, and dumps never include it.
    @property
    def _request_id(self) -> Optional[str]:
        """The ``request-id`` header of the response this object was decoded from (top-level objects only)."""
        private = self.__pydantic_private__
        return private.get("_request_id") if private else None

    @_request_id.setter
    def _request_id(self, value: Optional[str]) -> None:
        private = self.__pydantic_private__
        if private is None:
            if value is not None:  # None is the default: leave the instance as validation built it
                object.__setattr__(self, "__pydantic_private__", {"_request_id": value})
        else:
            private["_request_id"] = value

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """This object as a dictionary, keyed by the API's field names, without fields the API did not send.

        ``mode="json"`` makes every value JSON-compatible (datetimes become strings).
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """This object as JSON text, as the API sent it (indented by ``indent`` spaces; ``None`` for compact)."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @override
    def __str__(self) -> str:
        return self.__repr__()

    @classmethod
    @override
    def construct(cls, _fields_set: Optional[Set[str]] = None, **values: Any) -> Self:  # pyright: ignore[reportIncompatibleMethodOverride]
        """Build an instance from API-shaped data without validating it (nested values are built too)."""
        built = _construct_model(cls, values, validate_first=False)
        if _fields_set is not None:
            object.__setattr__(built, "__pydantic_fields_set__", set(_fields_set))
        return built


# Pages and other generic containers subclass BaseModel directly (pydantic v2 generics).
GenericModel = BaseModel


def is_basemodel_type(tp: object) -> TypeGuard[Type[pydantic.BaseModel]]:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


# --------------------------------------------------------------------------- adapters

_adapters: Dict[object, TypeAdapter[Any]] = {}
_adapters_by_id: Dict[int, Tuple[object, TypeAdapter[Any]]] = {}
_adapter_lock = threading.Lock()


def _adapter(tp: object) -> TypeAdapter[Any]:
    """A cached TypeAdapter for ``tp`` (keyed by value, or by identity when unhashable)."""
    try:
        found = _adapters.get(tp)
        hashable = True
    except TypeError:
        pair = _adapters_by_id.get(id(tp))
        found = pair[1] if pair is not None and pair[0] is tp else None
        hashable = False
    if found is not None:
        return found
    adapter: TypeAdapter[Any] = TypeAdapter(cast(Any, tp))
    with _adapter_lock:
        if hashable:
            _adapters[tp] = adapter
        else:
            _adapters_by_id[id(tp)] = (tp, adapter)
    return adapter


# --------------------------------------------------------------------------- decoding


def validate_response(
    cast_to: Type[_T],
    raw: Union[bytes, bytearray, str],
    strict: bool = False,
    *,
    response: Optional[httpx.Response] = None,
) -> _T:
    """Decode JSON bytes into ``cast_to``.

    Strict: invalid data raises :class:`APIResponseValidationError` (or ``ValueError``
    when no ``response`` is given). Otherwise invalid data is built leniently.
    """
    try:
        return cast(_T, _adapter(cast_to).validate_json(raw))
    except pydantic.ValidationError as exc:
        failure = exc
    try:
        data = jiter.from_json(raw.encode() if isinstance(raw, str) else bytes(raw))
    except ValueError as exc:
        raise _invalid(response, raw, f"The response is not valid JSON: {exc}") from exc
    if strict:
        raise _invalid(response, data, None) from failure
    return cast(_T, construct_type(cast_to, data, validate_first=False))


def json_validator(cast_to: object) -> Callable[[Union[str, bytes, bytearray]], Any]:
    """``cast_to``'s JSON validator (cached per type), to look up once and call per stream event.

    Performance: pydantic-core's own method, without ``TypeAdapter.validate_json``'s Python
    wrapper (on a deferred adapter, the attribute access builds it).
    """
    validate_json: Callable[[Union[str, bytes, bytearray]], Any] = _adapter(cast_to).validator.validate_json
    return validate_json


def validate_value(
    cast_to: Type[_T], data: object, strict: bool = False, *, response: Optional[httpx.Response] = None
) -> _T:
    """Like :func:`validate_response` for data that is already decoded."""
    if strict:
        try:
            return cast(_T, _adapter(cast_to).validate_python(data))
        except pydantic.ValidationError as exc:
            raise _invalid(response, data, None) from exc
    return cast(_T, construct_type(cast_to, data))


def decode_event_data(
    cast_to: Type[_T],
    data: str,
    event: Optional[str],
    strict: bool = False,
    *,
    response: Optional[httpx.Response] = None,
) -> _T:
    """Decode one stream event's JSON data; a missing ``type`` is taken from the event name."""
    try:
        return cast(_T, _adapter(cast_to).validate_json(data))
    except pydantic.ValidationError:
        pass
    try:
        value = jiter.from_json(data.encode())
    except ValueError as exc:
        raise _invalid(response, data, f"A stream event is not valid JSON: {exc}") from exc
    if event is not None and is_dict(value) and "type" not in value:
        value["type"] = event
    return validate_value(cast_to, value, strict, response=response)


def _invalid(response: Optional[httpx.Response], body: object, message: Optional[str]) -> Exception:
    if response is not None:
        return APIResponseValidationError(response, body, message=message)
    return ValueError(message or "The data does not match the expected schema.")


def construct_type(tp: object, value: object, *, validate_first: bool = True) -> Any:
    """Build ``value`` as ``tp`` as well as possible; never fails, never drops data."""
    return _construct(tp, value, None, validate_first)


def _construct(tp: object, value: object, discriminator: Optional[str], validate_first: bool) -> Any:
    declared = tp
    tp, discriminator = _unwrap(tp, discriminator)
    if tp is Any or tp is object:
        return value
    origin = get_origin(tp)
    if origin in _UNION_ORIGINS:
        return _construct_union(tp, value, discriminator, declared)
    if origin is Literal:
        return value
    if is_basemodel_type(tp):
        if isinstance(value, Mapping):
            return _construct_model(tp, cast(Mapping[str, object], value), validate_first=validate_first)
        return value
    args = get_args(tp)
    if origin in _SEQUENCE_ORIGINS:
        if is_list(value) and args:
            return [_construct(args[0], item, None, True) for item in value]
        return value
    if origin in _MAPPING_ORIGINS:
        if is_dict(value) and len(args) == 2:
            return {key: _construct(args[1], item, None, True) for key, item in value.items()}
        return value
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is datetime or tp is date:
        try:
            return _adapter(tp).validate_python(value)
        except pydantic.ValidationError:
            return value
    return value


def _unwrap(tp: object, discriminator: Optional[str]) -> Tuple[object, Optional[str]]:
    """Strip type aliases and ``Annotated``, keeping a union discriminator if one is declared."""
    while True:
        value = getattr(tp, "__value__", None)  # `type X = ...` aliases (TypeAliasType)
        if value is not None and not isinstance(tp, type):
            tp = value
            continue
        if get_origin(tp) is Annotated:
            args = get_args(tp)
            for meta in args[1:]:
                found = getattr(meta, "discriminator", None)
                if isinstance(found, str):
                    discriminator = found
            tp = args[0]
            continue
        return tp, discriminator


def _construct_union(tp: object, value: object, discriminator: Optional[str], declared: object) -> Any:
    variants = _union_variants(tp)
    if value is None and type(None) in variants:
        return None
    try:
        checked = declared if discriminator is None or declared is not tp else _with_discriminator(tp, discriminator)
        return _adapter(checked).validate_python(value)
    except (pydantic.ValidationError, pydantic.PydanticSchemaGenerationError, TypeError):
        pass
    if not is_mapping(value):
        return value
    data: Mapping[str, object] = value
    models = [variant for variant in variants if is_basemodel_type(variant)]
    if discriminator is not None:
        tags = _tag_map(tp, models, discriminator)
        key = tags.data_key
        variant = tags.variants.get(data.get(key))
        if variant is not None:
            return _construct_model(variant, data, validate_first=False)
        # A variant this SDK version does not know: keep all of it, untyped.
        return BaseModel.model_construct(None, **data)
    if not models:
        return data
    # No discriminator: the model sharing the most keys with the data.
    best = max(models, key=lambda model: _overlap(model, data))
    return _construct_model(best, data, validate_first=False)


_discriminated: Dict[Tuple[int, str], Tuple[object, object]] = {}


def _with_discriminator(union: object, discriminator: str) -> object:
    """``Annotated[union, Field(discriminator=...)]``, built once per union (the adapter cache needs one object)."""
    cached = _discriminated.get((id(union), discriminator))
    if cached is not None and cached[0] is union:
        return cached[1]
    annotated: object = Annotated[union, pydantic.Field(discriminator=discriminator)]
    _discriminated[(id(union), discriminator)] = (union, annotated)
    return annotated


def _union_variants(tp: object) -> List[object]:
    variants: List[object] = []
    for arg in get_args(tp):
        inner, _ = _unwrap(arg, None)
        if get_origin(inner) in _UNION_ORIGINS:
            variants.extend(_union_variants(inner))
        else:
            variants.append(inner)
    return variants


def _overlap(model: Type[pydantic.BaseModel], data: Mapping[str, object]) -> int:
    score = 0
    for name, field in model.model_fields.items():
        key = field.alias or name
        if key in data:
            score += 1
            if get_origin(field.annotation) is Literal:
                score += 2 if data[key] in get_args(field.annotation) else -5
    return score


class _TagMap:
    def __init__(self, data_key: str, variants: Dict[object, Type[pydantic.BaseModel]]) -> None:
        self.data_key = data_key
        self.variants = variants


_tag_maps: Dict[Tuple[int, str], Tuple[object, _TagMap]] = {}


def _tag_map(union: object, models: List[Type[pydantic.BaseModel]], discriminator: str) -> _TagMap:
    cached = _tag_maps.get((id(union), discriminator))
    if cached is not None and cached[0] is union:
        return cached[1]
    data_key = discriminator
    variants: Dict[object, Type[pydantic.BaseModel]] = {}
    for model in models:
        field = model.model_fields.get(discriminator)
        if field is None:
            continue
        data_key = field.alias or discriminator
        annotation, _ = _unwrap(field.annotation, None)
        if get_origin(annotation) is Literal:
            for tag in get_args(annotation):
                variants.setdefault(tag, model)
    result = _TagMap(data_key, variants)
    _tag_maps[(id(union), discriminator)] = (union, result)
    return result


_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)


def _construct_model(cls: Type[_ModelT], data: Mapping[str, object], *, validate_first: bool) -> _ModelT:
    if validate_first:
        try:
            return cast(_ModelT, _adapter(cls).validate_python(data))
        except pydantic.ValidationError:
            pass
    if not cls.__pydantic_complete__:
        try:
            cls.model_rebuild()
        except Exception:  # an unresolvable forward reference: fields stay as data
            pass
    values: Dict[str, object] = {}
    used: Set[str] = set()
    for name, field in cls.model_fields.items():
        key = field.alias if field.alias is not None and field.alias in data else name
        if key in data:
            values[name] = _construct(field.annotation, data[key], _field_discriminator(field), True)
            used.add(key)
    for key, item in data.items():
        if key not in used and key not in values:
            values[key] = item
    return cls.model_construct(None, **values)


def _field_discriminator(field: object) -> Optional[str]:
    found = getattr(field, "discriminator", None)
    return found if isinstance(found, str) else None

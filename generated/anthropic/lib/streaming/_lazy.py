"""Event models whose snapshot fields are computed when first read.

A stream of N text deltas would cost O(N^2) if every `text` event carried a
freshly joined copy of the text so far. Instead the stream hands each event a
zero-argument function that produces the snapshot as of that event; the value
is computed on first access (attribute read, dump, repr, comparison, pickling)
and then stored like any other field. Reading a snapshot costs its own size;
not reading it costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Optional

from pydantic import PrivateAttr, SerializerFunctionWrapHandler, model_serializer
from typing_extensions import Self

from ..._models import BaseModel
from .._parse._construct import construct

__all__ = ["LazyFieldsModel"]

Thunk = Callable[[], object]

_setattr = object.__setattr__


class LazyFieldsModel(BaseModel):
    _thunks: Optional[Dict[str, Thunk]] = PrivateAttr(default=None)

    @classmethod
    def construct_lazy(cls, deferred: Dict[str, Thunk], **values: Any) -> Any:
        """An unvalidated instance with `values` set now and `deferred` fields computed on first read.

        Used by the message streams; not meant for application code.
        """
        fields = cls.__pydantic_fields__
        if len(values) + len(deferred) != len(fields) or not cls.__pydantic_complete__:
            instance = construct(cls, {*values, *deferred}, **values)
            instance._thunks = deferred
            return instance
        # Performance (one event per streamed delta): what `model_construct` builds when every
        # field is given (`values` in field order, the rest deferred), without its generic
        # per-field work: a third of the time of a text delta's whole trip through the stream.
        instance = cls.__new__(cls)
        _setattr(instance, "__dict__", values)
        _setattr(instance, "__pydantic_fields_set__", {*values, *deferred})
        _setattr(instance, "__pydantic_extra__", {})
        _setattr(instance, "__pydantic_private__", {"_thunks": deferred})
        return instance

    def _compute(self, name: str) -> Any:
        # Never mutate the thunk table in place: a copy of this event may share it.
        private = self.__pydantic_private__
        assert private is not None
        thunks: Dict[str, Thunk] = private["_thunks"]
        value = thunks[name]()
        object.__setattr__(self, name, value)
        private["_thunks"] = {key: thunk for key, thunk in thunks.items() if key != name} or None
        return value

    def _force(self) -> None:
        private = self.__pydantic_private__
        thunks = private.get("_thunks") if private else None
        for name in list(thunks or ()):
            self._compute(name)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            private = object.__getattribute__(self, "__pydantic_private__")
            thunks = private.get("_thunks") if private else None
            if thunks and name in thunks:
                return self._compute(name)
            return super().__getattr__(name)

    @model_serializer(mode="wrap")
    def _serialize_forced(self, handler: SerializerFunctionWrapHandler) -> Any:
        self._force()
        return handler(self)

    def __repr_args__(self) -> Any:
        self._force()
        return super().__repr_args__()

    def __eq__(self, other: object) -> bool:
        self._force()
        if isinstance(other, LazyFieldsModel):
            other._force()
        return super().__eq__(other)

    def __getstate__(self) -> Dict[Any, Any]:
        self._force()
        return super().__getstate__()

    def __deepcopy__(self, memo: Optional[Dict[int, Any]] = None) -> Self:
        self._force()  # rather than deep-copying the buffers behind the thunks
        return super().__deepcopy__(memo)

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .api_error_object import APIErrorObject
from .authentication_error import AuthenticationError
from .billing_error import BillingError
from .gateway_timeout_error import GatewayTimeoutError
from .invalid_request_error import InvalidRequestError
from .not_found_error import NotFoundError
from .overloaded_error import OverloadedError
from .permission_error import PermissionError
from .rate_limit_error import RateLimitError

__all__ = [
    "ErrorObject",
]

ErrorObject: TypeAlias = Annotated[
    Union[
        InvalidRequestError,
        AuthenticationError,
        BillingError,
        PermissionError,
        NotFoundError,
        RateLimitError,
        GatewayTimeoutError,
        APIErrorObject,
        OverloadedError,
    ],
    FieldInfo(discriminator="type"),
]

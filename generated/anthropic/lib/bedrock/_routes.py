"""From a first-party API call to a Bedrock InvokeModel call: pure functions, used by both clients.

The generated resources always ask for first-party routes (``POST /v1/messages``).
Bedrock serves one model per URL instead: the model moves from the body into the
path, ``stream`` picks the streaming variant of the route, the API version and the
betas travel in the body. Routes Bedrock does not serve fail here, before any I/O.
Paths outside ``/v1/`` (a caller's own ``client.post("/model/...")``) pass through.
"""

from __future__ import annotations

from typing import Dict, List, Union, cast
from urllib.parse import quote

from ..._exceptions import AnthropicError
from ..._request import FinalRequestOptions
from ..._types import Omit

__all__ = ["BEDROCK_API_VERSION", "prepare_bedrock_options", "model_path_segment", "pop_betas"]

BEDROCK_API_VERSION = "bedrock-2023-05-31"

# First-party routes that become `/model/{model}/invoke[-with-response-stream]`.
_INVOKE_ROUTES = frozenset({"/v1/messages", "/v1/complete"})

# What to call an unsupported route in the error message (longest prefix first).
_FEATURES = (
    ("/v1/messages/batches", "The Message Batches API"),
    ("/v1/messages/count_tokens", "Token counting"),
    ("/v1/models", "The Models API"),
    ("/v1/files", "The Files API"),
    ("/v1/skills", "The Skills API"),
)


def prepare_bedrock_options(options: FinalRequestOptions) -> FinalRequestOptions:
    """Rewrite ``options`` (a private copy, changed in place) into a Bedrock request."""
    path = options.url.partition("?")[0]
    if not path.startswith("/v1/"):
        return options
    if options.method != "post" or path not in _INVOKE_ROUTES:
        raise unsupported_route(options.method, path)
    body = _json_body(options)
    model = body.pop("model", None)
    if not isinstance(model, str) or not model:
        raise ValueError("A Bedrock request needs a `model` (a model id, inference profile or ARN)")
    streaming = bool(body.pop("stream", False))
    body.setdefault("anthropic_version", BEDROCK_API_VERSION)
    betas = pop_betas(options.headers)
    if betas:
        body.setdefault("anthropic_beta", betas)
    action = "invoke-with-response-stream" if streaming else "invoke"
    options.url = f"/model/{model_path_segment(model)}/{action}"
    return options


def unsupported_route(method: str, path: str) -> AnthropicError:
    feature = next((name for prefix, name in _FEATURES if path.startswith(prefix)), None)
    what = feature or f"`{method.upper()} {path}`"
    return AnthropicError(
        f"{what} is not available on Amazon Bedrock. AnthropicBedrock supports messages.create, "
        "messages.stream, beta.messages.create / stream / tool_runner and completions.create."
    )


def model_path_segment(model: str) -> str:
    """The model id as one path segment: ``/`` in an ARN is encoded, ``:`` stays readable."""
    encoded = quote(model, safe=":")
    if encoded.strip(".") == "":  # "." or ".." would navigate once a URL parser sees them
        encoded = encoded.replace(".", "%2E")
    return encoded


def pop_betas(headers: Dict[str, Union[str, Omit]]) -> List[str]:
    """Remove the ``anthropic-beta`` header (any case) and return its comma-separated names."""
    names: List[str] = []
    for key in [key for key in headers if key.lower() == "anthropic-beta"]:
        value = headers.pop(key)
        if isinstance(value, str):
            names.extend(name.strip() for name in value.split(","))
    return [name for name in dict.fromkeys(names) if name]


def _json_body(options: FinalRequestOptions) -> Dict[str, object]:
    data: object = options.json_data
    if not isinstance(data, dict):
        raise TypeError(f"Expected a JSON object body for `{options.url}`, got {type(data).__name__}")
    return cast(Dict[str, object], data)

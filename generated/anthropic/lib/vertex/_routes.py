"""From a first-party API call to a Vertex AI ``rawPredict`` call: pure functions, used by both clients.

Vertex serves Claude under the publisher model path
``/projects/{project}/locations/{region}/publishers/anthropic/models/{model}``, with
``:rawPredict`` or ``:streamRawPredict`` (``stream`` stays in the body) and a
shared ``count-tokens:rawPredict`` model for token counting. The API version goes
in the body; betas stay in the ``anthropic-beta`` header, which Vertex accepts.
Routes Vertex does not serve fail before any I/O; paths outside ``/v1/`` pass through.
"""

from __future__ import annotations

from typing import Dict, Optional, cast
from urllib.parse import quote

from typing_extensions import Literal

from ..._exceptions import AnthropicError
from ..._request import FinalRequestOptions

__all__ = ["VERTEX_API_VERSION", "VertexRoute", "apply_vertex_route", "vertex_base_url", "vertex_route"]

VERTEX_API_VERSION = "vertex-2023-10-16"

VertexRoute = Literal["predict", "count_tokens"]

_ROUTES: Dict[str, VertexRoute] = {"/v1/messages": "predict", "/v1/messages/count_tokens": "count_tokens"}

_FEATURES = (
    ("/v1/messages/batches", "The Message Batches API"),
    ("/v1/models", "The Models API"),
    ("/v1/files", "The Files API"),
    ("/v1/skills", "The Skills API"),
    ("/v1/complete", "The Text Completions API"),
)


def vertex_base_url(region: str) -> str:
    if region == "global":
        return "https://aiplatform.googleapis.com/v1"
    return f"https://{region}-aiplatform.googleapis.com/v1"


def vertex_route(options: FinalRequestOptions) -> Optional[VertexRoute]:
    """Which Vertex route serves this call; None for a caller's own path. Raises for unsupported ones."""
    path = options.url.partition("?")[0]
    if not path.startswith("/v1/"):
        return None
    route = _ROUTES.get(path) if options.method == "post" else None
    if route is None:
        feature = next((name for prefix, name in _FEATURES if path.startswith(prefix)), None)
        what = feature or f"`{options.method.upper()} {path}`"
        raise AnthropicError(
            f"{what} is not available on Vertex AI. AnthropicVertex supports messages.create, messages.stream, "
            "messages.count_tokens and the same under beta.messages (with tool_runner)."
        )
    return route


def apply_vertex_route(
    options: FinalRequestOptions, route: VertexRoute, *, project_id: str, region: str
) -> FinalRequestOptions:
    """Rewrite ``options`` (a private copy, changed in place) for ``route``."""
    data: object = options.json_data
    if not isinstance(data, dict):
        raise TypeError(f"Expected a JSON object body for `{options.url}`, got {type(data).__name__}")
    body = cast(Dict[str, object], data)
    body.setdefault("anthropic_version", VERTEX_API_VERSION)
    models = f"/projects/{_segment(project_id)}/locations/{_segment(region)}/publishers/anthropic/models"
    if route == "count_tokens":
        options.url = f"{models}/count-tokens:rawPredict"
        return options
    model = body.pop("model", None)
    if not isinstance(model, str) or not model:
        raise ValueError("A Vertex AI request needs a `model` (e.g. claude-sonnet-4-5@20250929)")
    action = "streamRawPredict" if body.get("stream") else "rawPredict"
    options.url = f"{models}/{_segment(model, safe='@')}:{action}"
    return options


def _segment(value: str, safe: str = "") -> str:
    encoded = quote(value, safe=safe)
    if encoded.strip(".") == "":
        encoded = encoded.replace(".", "%2E")
    return encoded

"""A fake Anthropic API on 127.0.0.1, for realistic end-to-end runs of the SDK, its samples and examples.

It answers like the real API, from an in-memory state and without any model behind it:

* ``POST /v1/messages`` (JSON, or SSE with ``"stream": true``): a text reply; a ``tool_use`` block
  (with input generated from the tool's ``input_schema``) when custom tools are given and the last
  user turn carries no ``tool_result``; a ``thinking`` block first when ``thinking`` is enabled;
  a JSON text matching the schema of ``output_config.format`` / ``output_format``; realistic usage
  (including prompt-caching counters) and ``stop_reason`` (``tool_use``, ``end_turn``, ``max_tokens``).
* ``POST /v1/messages/count_tokens``.
* Message batches (create, retrieve, list, results as JSONL, cancel, delete), in memory; a batch is
  ``ended`` as soon as it is created.
* ``GET /v1/models`` (paginated) and ``GET /v1/models/{id}``.
* Files (upload as multipart, list, metadata, download, delete), which require the ``files-api``
  beta header like the real API.
* The ``?beta=true`` variant of every route (the ``anthropic-beta`` header is recorded).
* Errors shaped like the API's: 401 without a key (or with a key outside ``api_keys``), 400 without
  ``anthropic-version`` or with an invalid body, 404 for unknown models, ids and routes, and scripted
  faults (``fail_next(429)``, ``fail_next(529)``, an ``overloaded_error`` event in the middle of a
  stream) whose ``retry-after-ms`` keeps retry demos fast.

Every request is recorded (:attr:`FakeAnthropicAPI.requests`). From pytest::

    with FakeAnthropicAPI() as api:
        client = Anthropic(base_url=api.url, api_key="sk-test")
        ...
        assert api.requests[-1].route == "POST /v1/messages"

From a shell (only the standard library is needed, so any interpreter can run it)::

    python -m tests.servers.anthropic_api --port 8765        # or: python tests/servers/anthropic_api.py
    ANTHROPIC_BASE_URL=http://127.0.0.1:8765 ANTHROPIC_API_KEY=sk-test python examples/messages.py

A running server is also driven over HTTP, without credentials: ``GET /_fake/requests`` (the
recorded requests as JSON), ``POST /_fake/reset``, ``POST /_fake/faults`` (the JSON arguments
of :meth:`FakeAnthropicAPI.fail_next`), ``GET /_fake/health``.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import email.parser
import email.policy
import hashlib
import json
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = [
    "FakeAnthropicAPI",
    "Fault",
    "RecordedRequest",
    "MODELS",
    "MODEL_ALIASES",
    "known_model",
    "value_for_schema",
    "main",
]

API_VERSION = "2023-06-01"
FILES_BETA = "files-api-2025-04-14"
MAX_BODY = 32 * 1024 * 1024

# The models list, newest first (as the API sorts it).
MODELS: List[Dict[str, str]] = [
    {"id": "claude-opus-4-6", "display_name": "Claude Opus 4.6", "created_at": "2026-02-05T00:00:00Z"},
    {"id": "claude-opus-4-5-20251101", "display_name": "Claude Opus 4.5", "created_at": "2025-11-24T00:00:00Z"},
    {"id": "claude-haiku-4-5-20251001", "display_name": "Claude Haiku 4.5", "created_at": "2025-10-15T00:00:00Z"},
    {"id": "claude-sonnet-4-5-20250929", "display_name": "Claude Sonnet 4.5", "created_at": "2025-09-29T00:00:00Z"},
    {"id": "claude-opus-4-1-20250805", "display_name": "Claude Opus 4.1", "created_at": "2025-08-05T00:00:00Z"},
    {"id": "claude-opus-4-20250514", "display_name": "Claude Opus 4", "created_at": "2025-05-22T00:00:00Z"},
    {"id": "claude-sonnet-4-20250514", "display_name": "Claude Sonnet 4", "created_at": "2025-05-22T00:00:00Z"},
    {"id": "claude-3-7-sonnet-20250219", "display_name": "Claude Sonnet 3.7", "created_at": "2025-02-24T00:00:00Z"},
    {"id": "claude-3-5-haiku-20241022", "display_name": "Claude Haiku 3.5", "created_at": "2024-10-22T00:00:00Z"},
    {"id": "claude-3-haiku-20240307", "display_name": "Claude Haiku 3", "created_at": "2024-03-07T00:00:00Z"},
]

# Older models the API still answers for (not listed by GET /v1/models here).
LEGACY_MODELS = frozenset(
    {
        "claude-3-5-sonnet-20241022",
        "claude-3-5-sonnet-20240620",
        "claude-3-opus-20240229",
        "claude-3-sonnet-20240229",
        "claude-2.1",
        "claude-2.0",
        "claude-instant-1.2",
    }
)


def _aliases() -> Dict[str, str]:
    """Alias -> model id: each dated id without its date, and ``-latest`` for the 3.x models."""
    aliases: Dict[str, str] = {}
    for model in [m["id"] for m in MODELS] + sorted(LEGACY_MODELS, reverse=True):
        undated = re.sub(r"-\d{8}$", "", model)
        if undated != model:
            aliases.setdefault(undated, model)
            if model.startswith("claude-3"):
                aliases.setdefault(f"{undated}-latest", model)
    aliases.setdefault("claude-opus-4-0", "claude-opus-4-20250514")
    aliases.setdefault("claude-sonnet-4-0", "claude-sonnet-4-20250514")
    return aliases


MODEL_ALIASES = _aliases()


def known_model(model: str) -> bool:
    """Whether the API would accept ``model`` (an id, an alias or a legacy id); others get a 404."""
    return model in MODEL_ALIASES or model in LEGACY_MODELS or any(m["id"] == model for m in MODELS)


_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    408: "timeout_error",
    409: "conflict_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    503: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}
_ERROR_MESSAGES = {
    429: "Number of request tokens has exceeded your per-minute rate limit",
    500: "Internal server error",
    529: "Overloaded",
}
_REASONS = {529: "Overloaded"}

_CANNED_REPLIES: Sequence[Tuple[str, str]] = (
    (r"capital of france", "The capital of France is Paris."),
    (r"\b2\s*\+\s*2\b", "2 + 2 = 4."),
    (r"\b3\s*\+\s*3\b", "3 + 3 = 6."),
    (r"count to 10", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10."),
    (r"how are you", "Good morrow! I fare most excellently, and thou?"),
)


class APIError(Exception):
    """Answered as ``{"type": "error", "error": {...}}`` with ``status``."""

    def __init__(self, status: int, message: str, error_type: Optional[str] = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.error_type = error_type or _ERROR_TYPES.get(status, "api_error")


@dataclass
class RecordedRequest:
    method: str
    target: str
    headers: Dict[str, str]  # lower-cased names
    body: bytes
    at: float = field(default_factory=time.time)

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> Dict[str, str]:
        return {key: values[-1] for key, values in parse_qs(urlsplit(self.target).query).items()}

    @property
    def beta(self) -> bool:
        return self.query.get("beta") == "true"

    @property
    def route(self) -> str:
        """``METHOD /path`` with ids replaced by ``{id}``, e.g. ``GET /v1/messages/batches/{id}/results``."""
        path = re.sub(r"/(msgbatch|file|claude|model)[_-][^/]*", "/{id}", self.path)
        return f"{self.method} {path}"

    def header(self, name: str) -> Optional[str]:
        return self.headers.get(name.lower())

    @property
    def betas(self) -> List[str]:
        value = self.header("anthropic-beta") or ""
        return [item.strip() for item in value.split(",") if item.strip()]

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def to_dict(self) -> Dict[str, Any]:
        data: Dict[str, Any] = {
            "method": self.method,
            "target": self.target,
            "path": self.path,
            "route": self.route,
            "query": self.query,
            "headers": self.headers,
        }
        content_type = self.headers.get("content-type", "")
        if content_type.startswith("application/json") and self.body:
            data["json"] = self.json()
        else:
            data["body_base64"] = base64.b64encode(self.body).decode()
        return data


@dataclass
class Fault:
    """A scripted error answer for the next ``times`` matching requests.

    ``route`` is matched as a prefix of ``RecordedRequest.route`` (``"POST /v1/messages"``
    also matches count_tokens; give ``"POST /v1/messages/batches"`` to be precise) or, when None,
    any API request. ``mid_stream`` answers a streaming request with 200, ``message_start``, then an
    ``error`` event of this fault's type.
    """

    status: int
    times: int = 1
    route: Optional[str] = None
    error_type: Optional[str] = None
    message: Optional[str] = None
    headers: Dict[str, str] = field(default_factory=dict)
    mid_stream: bool = False
    retry_after_ms: Optional[int] = None

    def matches(self, request: RecordedRequest) -> bool:
        if self.route is None:
            return True
        if self.route.endswith("$"):
            return request.route == self.route[:-1]
        return request.route.startswith(self.route)


# --------------------------------------------------------------------------- helpers


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _base62(number: int, width: int) -> str:
    digits = []
    while number:
        number, rest = divmod(number, 62)
        digits.append(_ALPHABET[rest])
    return "".join(reversed(digits)).rjust(width, "0")


_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def count_text_tokens(text: str) -> int:
    """A stand-in tokenizer: words and punctuation marks."""
    return len(_TOKEN.findall(text))


def _block_text(block: Any) -> str:
    if isinstance(block, str):
        return block
    if not isinstance(block, dict):
        return ""
    kind = block.get("type")
    if kind == "text":
        return str(block.get("text", ""))
    if kind == "tool_result":
        content = block.get("content", "")
        if isinstance(content, list):
            return " ".join(_block_text(item) for item in content)
        return str(content)
    if kind == "tool_use":
        return json.dumps(block.get("input", {}))
    if kind in ("thinking",):
        return str(block.get("thinking", ""))
    return ""


def _block_tokens(block: Any) -> int:
    if isinstance(block, dict) and block.get("type") == "image":
        return 1_568  # what the API charges for a ~1.1 megapixel image
    if isinstance(block, dict) and block.get("type") == "document":
        return 2_000
    return count_text_tokens(_block_text(block))


def _content_blocks(content: Any) -> List[Any]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if isinstance(content, list):
        return content
    return []


def _has_cache_control(value: Any) -> bool:
    if isinstance(value, dict):
        if value.get("cache_control"):
            return True
        return any(_has_cache_control(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_cache_control(item) for item in value)
    return False


# --------------------------------------------------------------------------- JSON schema -> value


class _SchemaValues:
    """Builds a value valid against a JSON schema (the subset tools and structured outputs use)."""

    def __init__(self, root: Dict[str, Any]) -> None:
        self.root = root

    def _resolve(self, schema: Dict[str, Any]) -> Dict[str, Any]:
        seen = 0
        while "$ref" in schema and seen < 32:
            ref = str(schema["$ref"])
            if not ref.startswith("#/"):
                return {}
            node: Any = self.root
            for part in ref[2:].split("/"):
                node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
            schema = node if isinstance(node, dict) else {}
            seen += 1
        return schema

    def value(self, schema: Any, name: str = "", depth: int = 0) -> Any:
        if not isinstance(schema, dict) or depth > 12:
            return None
        schema = self._resolve(schema)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][0]
        if "default" in schema and schema["default"] is not None:
            return schema["default"]
        if schema.get("examples"):
            return schema["examples"][0]
        for key in ("anyOf", "oneOf", "allOf"):
            options = schema.get(key)
            if options:
                usable = [o for o in options if not (isinstance(o, dict) and o.get("type") == "null")]
                return self.value(usable[0] if usable else options[0], name, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        if kind == "object":
            properties = schema.get("properties") or {}
            return {key: self.value(sub, key, depth + 1) for key, sub in properties.items()}
        if kind == "array":
            count = max(int(schema.get("minItems", 1)), 1)
            items = schema.get("items") or {}
            return [self.value(items, name, depth + 1) for _ in range(count)]
        if kind in ("integer", "number"):
            if "minimum" in schema:
                number = schema["minimum"]
            elif "exclusiveMinimum" in schema:
                number = schema["exclusiveMinimum"] + 1
            else:
                number = min(42, schema.get("maximum", 42))
            return int(number) if kind == "integer" else float(number)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(schema, name)

    @staticmethod
    def _string(schema: Dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2026-02-07T12:00:00Z"
        if fmt == "date":
            return "2026-02-07"
        if fmt == "email":
            return "ada@example.com"
        if fmt in ("uri", "url"):
            return "https://example.com/"
        if fmt == "uuid":
            return "123e4567-e89b-12d3-a456-426614174000"
        lowered = name.lower()
        if any(word in lowered for word in ("location", "city", "place", "address")):
            text = "San Francisco, CA"
        elif "email" in lowered:
            text = "ada@example.com"
        elif "name" in lowered:
            text = "Ada Lovelace"
        elif "query" in lowered or "search" in lowered:
            text = "weather in San Francisco"
        elif "unit" in lowered:
            text = "celsius"
        else:
            text = f"example {name}".strip() if name else "example"
        minimum = int(schema.get("minLength", 0))
        return text.ljust(minimum, ".")


def value_for_schema(schema: Dict[str, Any]) -> Any:
    """A value valid against ``schema``: used for tool inputs and structured outputs."""
    return _SchemaValues(schema).value(schema)


# --------------------------------------------------------------------------- the server


class FakeAnthropicAPI:
    """The fake API; see the module docstring. ``api_keys=None`` accepts any non-empty key or token."""

    def __init__(
        self,
        *,
        port: int = 0,
        api_keys: Optional[Sequence[str]] = None,
        retry_after_ms: int = 1,
        stream_chunk_words: int = 3,
    ) -> None:
        self.api_keys = set(api_keys) if api_keys is not None else None
        self.retry_after_ms = retry_after_ms
        self.stream_chunk_words = stream_chunk_words
        self._port = port
        self._lock = threading.Lock()
        self._requests: List[RecordedRequest] = []
        self._faults: List[Fault] = []
        self._batches: Dict[str, Dict[str, Any]] = {}
        self._batch_results: Dict[str, List[Dict[str, Any]]] = {}
        self._files: Dict[str, Dict[str, Any]] = {}
        self._file_contents: Dict[str, bytes] = {}
        self._cache: Dict[str, int] = {}
        self._counter = 0
        self._httpd: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    # ----------------------------------------------------------------- lifecycle

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the fake API is not running")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeAnthropicAPI:
        api = self

        class Handler(_Handler):
            fake = api

        httpd = _Server(("127.0.0.1", self._port), Handler)
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.name = f"fake-anthropic-api:{self.port}"
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(10)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> FakeAnthropicAPI:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # ----------------------------------------------------------------- test controls

    @property
    def requests(self) -> List[RecordedRequest]:
        """The API requests received so far (control requests under ``/_fake/`` excluded)."""
        with self._lock:
            return list(self._requests)

    def routes(self) -> List[str]:
        return [request.route for request in self.requests]

    def reset(self) -> None:
        """Forget requests, faults and stored batches/files."""
        with self._lock:
            self._requests.clear()
            self._faults.clear()
            self._batches.clear()
            self._batch_results.clear()
            self._files.clear()
            self._file_contents.clear()
            self._cache.clear()

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        route: Optional[str] = None,
        error_type: Optional[str] = None,
        message: Optional[str] = None,
        headers: Optional[Dict[str, str]] = None,
        mid_stream: bool = False,
        retry_after_ms: Optional[int] = None,
    ) -> Fault:
        """Answer the next ``times`` requests (matching ``route``) with an error; see :class:`Fault`."""
        fault = Fault(
            status=status,
            times=times,
            route=route,
            error_type=error_type,
            message=message,
            headers=dict(headers or {}),
            mid_stream=mid_stream,
            retry_after_ms=retry_after_ms,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    @property
    def pending_faults(self) -> int:
        with self._lock:
            return sum(fault.times for fault in self._faults)

    # ----------------------------------------------------------------- internals used by the handler

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _take_fault(self, request: RecordedRequest) -> Optional[Fault]:
        with self._lock:
            for fault in self._faults:
                if fault.times > 0 and fault.matches(request):
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _next_id(self, prefix: str) -> str:
        with self._lock:
            self._counter += 1
            number = self._counter
        # Ids look like the API's ("msg_01" + 22 base-62 characters) and are unique per server.
        digest = int(hashlib.sha256(f"{id(self)}:{number}".encode()).hexdigest(), 16)
        return f"{prefix}_01{_base62(digest, 22)[-22:]}"

    def request_id(self) -> str:
        return self._next_id("req")

    # ----------------------------------------------------------------- messages

    def input_tokens(self, body: Dict[str, Any]) -> int:
        total = 7
        system = body.get("system")
        if isinstance(system, str):
            total += count_text_tokens(system)
        elif isinstance(system, list):
            total += sum(_block_tokens(block) for block in system)
        for message in body.get("messages") or []:
            if isinstance(message, dict):
                total += sum(_block_tokens(block) for block in _content_blocks(message.get("content")))
        tools = body.get("tools") or []
        if tools:
            total += 340 + count_text_tokens(json.dumps(tools))
        return total

    def _usage(self, body: Dict[str, Any], output_tokens: int) -> Dict[str, Any]:
        input_tokens = self.input_tokens(body)
        created = read = 0
        if (
            _has_cache_control(body.get("system"))
            or _has_cache_control(body.get("tools"))
            or _has_cache_control(body.get("messages"))
        ):
            # Everything up to the last cache breakpoint is cached; approximated by system + tools.
            prefix = json.dumps([body.get("model"), body.get("system"), body.get("tools")], sort_keys=True)
            key = hashlib.sha256(prefix.encode()).hexdigest()
            cached = max(input_tokens - 4, 0)
            with self._lock:
                if key in self._cache:
                    read = self._cache[key]
                else:
                    self._cache[key] = created = cached
            input_tokens -= created + read
        return {
            "input_tokens": input_tokens,
            "cache_creation_input_tokens": created,
            "cache_read_input_tokens": read,
            "cache_creation": {"ephemeral_5m_input_tokens": created, "ephemeral_1h_input_tokens": 0},
            "output_tokens": output_tokens,
            "server_tool_use": None,
            "service_tier": "standard",
        }

    def validate_message_params(self, body: Any, *, count_tokens: bool = False) -> Dict[str, Any]:
        if not isinstance(body, dict):
            raise APIError(400, "The request body is not a JSON object")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise APIError(400, "model: Field required")
        if not count_tokens:
            max_tokens = body.get("max_tokens")
            if not isinstance(max_tokens, int) or isinstance(max_tokens, bool):
                raise APIError(400, "max_tokens: Field required")
            if max_tokens < 1:
                raise APIError(400, "max_tokens: Input should be greater than or equal to 1")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise APIError(400, "messages: at least one message is required")
        for index, message in enumerate(messages):
            if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
                raise APIError(400, f"messages.{index}.role: Input should be 'user' or 'assistant'")
            content = message.get("content")
            if not isinstance(content, (str, list)):
                raise APIError(400, f"messages.{index}.content: Input should be a valid list")
            for position, block in enumerate(_content_blocks(content)):
                self._validate_block(block, f"messages.{index}.content.{position}")
        if messages[0].get("role") != "user":
            raise APIError(400, 'messages: first message must use the "user" role')
        temperature = body.get("temperature")
        if temperature is not None and not (isinstance(temperature, (int, float)) and 0 <= temperature <= 1):
            raise APIError(400, "temperature: range: 0 <= temperature <= 1")
        for index, tool in enumerate(body.get("tools") or []):
            if not isinstance(tool, dict) or not tool.get("name"):
                raise APIError(400, f"tools.{index}.name: Field required")
            if tool.get("type") in (None, "custom") and not isinstance(tool.get("input_schema"), dict):
                raise APIError(400, f"tools.{index}.custom.input_schema: Field required")
        if not known_model(model):
            raise APIError(404, f"model: {model}")
        return body

    @staticmethod
    def _validate_block(block: Any, where: str) -> None:
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise APIError(400, f"{where}: Input should be a valid content block")
        kind = block["type"]
        if kind == "text" and not isinstance(block.get("text"), str):
            raise APIError(400, f"{where}.text.text: Field required")
        if kind == "image":
            source = block.get("source")
            if not isinstance(source, dict):
                raise APIError(400, f"{where}.image.source: Field required")
            if source.get("type") == "base64":
                media_type = source.get("media_type")
                try:
                    data = base64.b64decode(str(source.get("data", "")), validate=True)
                except (binascii.Error, ValueError):
                    raise APIError(400, f"{where}.image.source.base64.data: invalid base64 data") from None
                magic = {
                    "image/jpeg": data[:3] == b"\xff\xd8\xff",
                    "image/png": data[:8] == b"\x89PNG\r\n\x1a\n",
                    "image/gif": data[:4] == b"GIF8",
                    "image/webp": data[:4] == b"RIFF" and data[8:12] == b"WEBP",
                }
                if media_type not in magic:
                    raise APIError(
                        400,
                        f"{where}.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'",
                    )
                if not magic[media_type]:
                    raise APIError(
                        400,
                        f"{where}.image.source.base64.data: The image was specified using the {media_type} media type, but the image does not appear to be a valid {media_type} image",
                    )
            elif source.get("type") == "url":
                if not str(source.get("url", "")).startswith(("http://", "https://")):
                    raise APIError(400, f"{where}.image.source.url.url: invalid URL")
            elif source.get("type") != "file":
                raise APIError(400, f"{where}.image.source: unknown source type")
        if kind == "tool_result" and not block.get("tool_use_id"):
            raise APIError(400, f"{where}.tool_result.tool_use_id: Field required")
        if kind == "tool_use" and not (block.get("id") and block.get("name")):
            raise APIError(400, f"{where}.tool_use.id: Field required")

    @staticmethod
    def _output_schema(body: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        config = body.get("output_config")
        fmt = config.get("format") if isinstance(config, dict) else None
        if fmt is None:
            fmt = body.get("output_format")
        if isinstance(fmt, dict) and fmt.get("type") == "json_schema" and isinstance(fmt.get("schema"), dict):
            return fmt["schema"]
        return None

    @staticmethod
    def _tool_to_call(body: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        tools = [t for t in body.get("tools") or [] if isinstance(t, dict) and isinstance(t.get("input_schema"), dict)]
        if not tools:
            return None
        choice = body.get("tool_choice") or {}
        if choice.get("type") == "none":
            return None
        messages = body.get("messages") or []
        last = messages[-1] if messages else {}
        if last.get("role") != "user":
            return None
        if any(isinstance(b, dict) and b.get("type") == "tool_result" for b in _content_blocks(last.get("content"))):
            return None
        if choice.get("type") == "tool":
            for tool in tools:
                if tool.get("name") == choice.get("name"):
                    return tool
        return tools[0]

    @staticmethod
    def _reply_text(body: Dict[str, Any]) -> str:
        messages = body.get("messages") or []
        last = messages[-1] if messages else {}
        blocks = _content_blocks(last.get("content"))
        results = [b for b in blocks if isinstance(b, dict) and b.get("type") == "tool_result"]
        if results:
            outcome = _block_text(results[0]).strip()
            return f"Here is what the tool returned: {outcome}"
        prompt = " ".join(_block_text(b) for b in blocks if isinstance(b, dict) and b.get("type") == "text").strip()
        images = sum(1 for b in blocks if isinstance(b, dict) and b.get("type") == "image")
        if images:
            return f"I can see {images} image{'s' if images > 1 else ''}: a small test picture on a plain background."
        for pattern, reply in _CANNED_REPLIES:
            if re.search(pattern, prompt, re.IGNORECASE):
                return reply
        snippet = prompt if len(prompt) <= 60 else prompt[:57] + "..."
        return f'Hello! I am a stand-in for Claude on a local test server. You said: "{snippet}"'

    def build_message(self, body: Dict[str, Any], *, beta: bool) -> Dict[str, Any]:
        """The complete message the API would answer with (streams are cut from it)."""
        content: List[Dict[str, Any]] = []
        thinking = body.get("thinking")
        if isinstance(thinking, dict) and thinking.get("type") in ("enabled", "adaptive"):
            content.append(
                {
                    "type": "thinking",
                    "thinking": "The user wants an answer. Let me think about it step by step, then reply briefly.",
                    "signature": base64.b64encode(hashlib.sha256(b"thinking").digest()).decode(),
                }
            )
        schema = self._output_schema(body)
        tool = self._tool_to_call(body)
        stop_reason = "end_turn"
        if schema is not None:
            content.append({"type": "text", "text": json.dumps(value_for_schema(schema)), "citations": None})
        elif tool is not None:
            content.append(
                {"type": "text", "text": f"I'll use the {tool['name']} tool to help with that.", "citations": None}
            )
            content.append(
                {
                    "type": "tool_use",
                    "id": self._next_id("toolu"),
                    "name": tool["name"],
                    "input": value_for_schema(tool["input_schema"]),
                }
            )
            stop_reason = "tool_use"
        else:
            content.append({"type": "text", "text": self._reply_text(body), "citations": None})
        output_tokens = sum(count_text_tokens(_block_text(block)) for block in content)
        max_tokens = int(body.get("max_tokens") or 0)
        if schema is None and tool is None and max_tokens and output_tokens > max_tokens:
            last = content[-1]
            words = last["text"].split(" ")
            while (
                words
                and count_text_tokens(" ".join(words)) + (output_tokens - count_text_tokens(last["text"])) > max_tokens
            ):
                words.pop()
            last["text"] = " ".join(words)
            output_tokens = max_tokens
            stop_reason = "max_tokens"
        message: Dict[str, Any] = {
            "id": self._next_id("msg"),
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": self._usage(body, output_tokens),
        }
        if beta:
            message["container"] = None
            message["context_management"] = None
        return message

    def stream_events(self, message: Dict[str, Any]) -> Iterator[Tuple[str, Dict[str, Any]]]:
        """The SSE events of a streamed ``message``, in the API's order."""
        usage = dict(message["usage"])
        start = dict(message, content=[], stop_reason=None, stop_sequence=None, usage=dict(usage, output_tokens=1))
        yield "message_start", {"type": "message_start", "message": start}
        yield "ping", {"type": "ping"}
        for index, block in enumerate(message["content"]):
            kind = block["type"]
            if kind == "text":
                first = {"type": "text", "text": ""}
                if "citations" in block:
                    first["citations"] = None
                yield "content_block_start", {"type": "content_block_start", "index": index, "content_block": first}
                for piece in self._pieces(block["text"]):
                    delta = {"type": "text_delta", "text": piece}
                    yield "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
            elif kind == "thinking":
                first = {"type": "thinking", "thinking": "", "signature": ""}
                yield "content_block_start", {"type": "content_block_start", "index": index, "content_block": first}
                for piece in self._pieces(block["thinking"]):
                    delta = {"type": "thinking_delta", "thinking": piece}
                    yield "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
                delta = {"type": "signature_delta", "signature": block["signature"]}
                yield "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
            elif kind == "tool_use":
                first = dict(block, input={})
                yield "content_block_start", {"type": "content_block_start", "index": index, "content_block": first}
                raw = json.dumps(block["input"])
                step = max(len(raw) // 4, 1)
                for offset in range(0, len(raw), step):
                    delta = {"type": "input_json_delta", "partial_json": raw[offset : offset + step]}
                    yield "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
            yield "content_block_stop", {"type": "content_block_stop", "index": index}
        delta_usage = {
            "output_tokens": usage["output_tokens"],
            "input_tokens": usage["input_tokens"],
            "cache_creation_input_tokens": usage["cache_creation_input_tokens"],
            "cache_read_input_tokens": usage["cache_read_input_tokens"],
            "server_tool_use": None,
        }
        yield (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": message["stop_reason"], "stop_sequence": message["stop_sequence"]},
                "usage": delta_usage,
            },
        )
        yield "message_stop", {"type": "message_stop"}

    def _pieces(self, text: str) -> Iterator[str]:
        words = re.findall(r"\S+\s*|\s+", text)
        size = max(self.stream_chunk_words, 1)
        for offset in range(0, len(words), size):
            yield "".join(words[offset : offset + size])

    # ----------------------------------------------------------------- batches

    def create_batch(self, body: Any, base_url: str) -> Dict[str, Any]:
        if not isinstance(body, dict) or not isinstance(body.get("requests"), list) or not body["requests"]:
            raise APIError(400, "requests: at least one request is required")
        seen = set()
        for index, item in enumerate(body["requests"]):
            if not isinstance(item, dict) or not isinstance(item.get("custom_id"), str) or not item["custom_id"]:
                raise APIError(400, f"requests.{index}.custom_id: Field required")
            if item["custom_id"] in seen:
                raise APIError(400, f"requests.{index}.custom_id: duplicate custom_id {item['custom_id']!r}")
            seen.add(item["custom_id"])
            if not isinstance(item.get("params"), dict):
                raise APIError(400, f"requests.{index}.params: Field required")
        batch_id = self._next_id("msgbatch")
        results: List[Dict[str, Any]] = []
        for item in body["requests"]:
            try:
                params = self.validate_message_params(item["params"])
                if params.get("stream"):
                    raise APIError(400, "stream: streaming is not supported in batches")
                message = self.build_message(params, beta=False)
                usage = dict(message["usage"], service_tier="batch")
                results.append(
                    {
                        "custom_id": item["custom_id"],
                        "result": {"type": "succeeded", "message": dict(message, usage=usage)},
                    }
                )
            except APIError as error:
                results.append(
                    {
                        "custom_id": item["custom_id"],
                        "result": {
                            "type": "errored",
                            "error": {
                                "type": "error",
                                "error": {"type": error.error_type, "message": error.message},
                                "request_id": None,
                            },
                        },
                    }
                )
        created = _now()
        succeeded = sum(1 for r in results if r["result"]["type"] == "succeeded")
        batch = {
            "id": batch_id,
            "type": "message_batch",
            "processing_status": "ended",
            "request_counts": {
                "processing": 0,
                "succeeded": succeeded,
                "errored": len(results) - succeeded,
                "canceled": 0,
                "expired": 0,
            },
            "ended_at": _iso(created),
            "created_at": _iso(created),
            "expires_at": _iso(created + timedelta(hours=24)),
            "archived_at": None,
            "cancel_initiated_at": None,
            "results_url": f"{base_url}/v1/messages/batches/{batch_id}/results",
        }
        with self._lock:
            self._batches[batch_id] = batch
            self._batch_results[batch_id] = results
        return batch

    def get_batch(self, batch_id: str) -> Dict[str, Any]:
        with self._lock:
            batch = self._batches.get(batch_id)
        if batch is None:
            raise APIError(404, f"message_batch_id: no batch with id {batch_id!r}")
        return batch

    # ----------------------------------------------------------------- files

    def store_file(self, filename: str, mime_type: str, data: bytes) -> Dict[str, Any]:
        file_id = self._next_id("file")
        metadata = {
            "id": file_id,
            "type": "file",
            "filename": filename,
            "mime_type": mime_type,
            "size_bytes": len(data),
            "created_at": _iso(_now()),
            "downloadable": True,
        }
        with self._lock:
            self._files[file_id] = metadata
            self._file_contents[file_id] = data
        return metadata

    def get_file(self, file_id: str) -> Dict[str, Any]:
        with self._lock:
            metadata = self._files.get(file_id)
        if metadata is None:
            raise APIError(404, f"File not found: {file_id}")
        return metadata


def _page(items: List[Dict[str, Any]], query: Dict[str, str], *, default_limit: int = 20) -> Dict[str, Any]:
    """The API's ``Page`` envelope over ``items`` (already in list order)."""
    try:
        limit = int(query.get("limit", default_limit))
    except ValueError:
        raise APIError(400, "limit: Input should be a valid integer") from None
    if not 1 <= limit <= 1000:
        raise APIError(400, "limit: Input should be between 1 and 1000")
    ids = [item["id"] for item in items]
    if "after_id" in query:
        if query["after_id"] not in ids:
            raise APIError(400, f"after_id: unknown id {query['after_id']!r}")
        start = ids.index(query["after_id"]) + 1
        chosen = items[start : start + limit]
        has_more = start + limit < len(items)
    elif "before_id" in query:
        if query["before_id"] not in ids:
            raise APIError(400, f"before_id: unknown id {query['before_id']!r}")
        end = ids.index(query["before_id"])
        chosen = items[max(end - limit, 0) : end]
        has_more = end - limit > 0
    else:
        chosen = items[:limit]
        has_more = limit < len(items)
    return {
        "data": chosen,
        "has_more": has_more,
        "first_id": chosen[0]["id"] if chosen else None,
        "last_id": chosen[-1]["id"] if chosen else None,
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a connection left open by a client never blocks stop()
    request_queue_size = 128  # bursts of concurrent requests (asyncio.gather) are not refused


class _Handler(BaseHTTPRequestHandler):
    fake: FakeAnthropicAPI
    protocol_version = "HTTP/1.1"
    server_version = "fake-anthropic-api"
    sys_version = ""
    timeout = 60

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    # ----------------------------------------------------------------- plumbing

    def do_GET(self) -> None:  # noqa: N802 - http.server's names
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch()

    def do_DELETE(self) -> None:  # noqa: N802
        self._dispatch()

    def do_PUT(self) -> None:  # noqa: N802
        self._dispatch()

    def do_PATCH(self) -> None:  # noqa: N802
        self._dispatch()

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                total += size
                if total > MAX_BODY:
                    raise APIError(413, "Request exceeds the maximum allowed number of bytes")
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise APIError(413, "Request exceeds the maximum allowed number of bytes")
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
        request_id = self.fake.request_id()
        try:
            body = self._read_body()
        except APIError as error:
            self.close_connection = True
            self._error(error, request_id)
            return
        request = RecordedRequest(
            method=self.command,
            target=self.path,
            headers={key.lower(): value for key, value in self.headers.items()},
            body=body,
        )
        if request.path.startswith("/_fake/"):
            self._control(request)
            return
        self.fake._record(request)
        try:
            self._authenticate(request)
            fault = self.fake._take_fault(request)
            if fault is not None and not (fault.mid_stream and self._wants_stream(request)):
                headers = dict(fault.headers)
                if fault.status in (408, 409, 429, 500, 502, 503, 504, 529):
                    delay = fault.retry_after_ms if fault.retry_after_ms is not None else self.fake.retry_after_ms
                    headers.setdefault("retry-after-ms", str(delay))
                    headers.setdefault("retry-after", str(max(delay // 1000, 0)))
                raise _FaultError(fault, headers)
            self._route(request, request_id, fault)
        except _FaultError as error:
            self._error(error.api_error, request_id, error.headers)
        except APIError as error:
            self._error(error, request_id)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    @staticmethod
    def _wants_stream(request: RecordedRequest) -> bool:
        try:
            body = request.json()
        except ValueError:
            return False
        return isinstance(body, dict) and body.get("stream") is True

    def _authenticate(self, request: RecordedRequest) -> None:
        key = request.header("x-api-key")
        authorization = request.header("authorization") or ""
        token = authorization[len("Bearer ") :] if authorization.startswith("Bearer ") else None
        if not key and not token:
            raise APIError(401, "x-api-key header is required")
        allowed = self.fake.api_keys
        if allowed is not None and (key or token) not in allowed:
            raise APIError(401, "invalid x-api-key")
        if not request.header("anthropic-version"):
            raise APIError(400, "anthropic-version: header is required")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", request.header("anthropic-version") or ""):
            raise APIError(400, "anthropic-version: invalid version")

    def _json_body(self, request: RecordedRequest) -> Any:
        if not request.body:
            raise APIError(400, "The request body is empty")
        try:
            return request.json()
        except ValueError:
            raise APIError(400, "The request body is not valid JSON") from None

    def _route(self, request: RecordedRequest, request_id: str, fault: Optional[Fault]) -> None:
        method, path = request.method, request.path
        fake = self.fake
        parts = [unquote(part) for part in path.strip("/").split("/")]
        base_url = f"http://{request.header('host') or f'127.0.0.1:{fake.port}'}"
        if parts[:1] != ["v1"]:
            raise APIError(404, "Not Found")
        parts = parts[1:]

        if parts == ["messages"] and method == "POST":
            body = fake.validate_message_params(self._json_body(request))
            message = fake.build_message(body, beta=request.beta)
            if body.get("stream") is True:
                self._sse(fake.stream_events(message), request_id, fault)
            else:
                self._json(200, message, request_id)
            return
        if parts == ["messages", "count_tokens"] and method == "POST":
            body = fake.validate_message_params(self._json_body(request), count_tokens=True)
            self._json(200, {"input_tokens": fake.input_tokens(body)}, request_id)
            return
        if parts[:2] == ["messages", "batches"]:
            self._batches(request, parts[2:], base_url, request_id)
            return
        if parts[:1] == ["models"] and method == "GET":
            models = [dict(model, type="model") for model in MODELS]
            if len(parts) == 1:
                self._json(200, _page(models, request.query), request_id)
                return
            if len(parts) == 2:
                wanted = MODEL_ALIASES.get(parts[1], parts[1])
                for model in models:
                    if model["id"] == wanted:
                        self._json(200, model, request_id)
                        return
                raise APIError(404, f"model: {parts[1]}")
        if parts[:1] == ["files"]:
            if FILES_BETA not in request.betas:
                raise APIError(400, f"The files API is in beta: send the 'anthropic-beta: {FILES_BETA}' header")
            self._files(request, parts[1:], request_id)
            return
        raise APIError(404, f"Not Found: {method} {path}")

    def _batches(self, request: RecordedRequest, rest: List[str], base_url: str, request_id: str) -> None:
        fake, method = self.fake, request.method
        if not rest and method == "POST":
            self._json(200, fake.create_batch(self._json_body(request), base_url), request_id)
            return
        if not rest and method == "GET":
            with fake._lock:
                batches = list(reversed(fake._batches.values()))  # newest first
            self._json(200, _page(batches, request.query), request_id)
            return
        if len(rest) == 1 and method == "GET":
            self._json(200, fake.get_batch(rest[0]), request_id)
            return
        if len(rest) == 1 and method == "DELETE":
            batch = fake.get_batch(rest[0])
            if batch["processing_status"] != "ended":
                raise APIError(400, "A batch can only be deleted once it has ended")
            with fake._lock:
                fake._batches.pop(rest[0], None)
                fake._batch_results.pop(rest[0], None)
            self._json(200, {"id": rest[0], "type": "message_batch_deleted"}, request_id)
            return
        if len(rest) == 2 and rest[1] == "cancel" and method == "POST":
            # Every batch has already ended: canceling changes nothing, as with the API.
            self._json(200, fake.get_batch(rest[0]), request_id)
            return
        if len(rest) == 2 and rest[1] == "results" and method == "GET":
            fake.get_batch(rest[0])
            with fake._lock:
                results = list(fake._batch_results.get(rest[0], []))
            payload = "".join(json.dumps(item) + "\n" for item in results).encode()
            self._send(200, payload, "application/binary", request_id)
            return
        raise APIError(404, f"Not Found: {method} {request.path}")

    def _files(self, request: RecordedRequest, rest: List[str], request_id: str) -> None:
        fake, method = self.fake, request.method
        if not rest and method == "POST":
            filename, mime_type, data = self._multipart_file(request)
            self._json(200, fake.store_file(filename, mime_type, data), request_id)
            return
        if not rest and method == "GET":
            with fake._lock:
                files = list(reversed(fake._files.values()))  # newest first
            self._json(200, _page(files, request.query), request_id)
            return
        if len(rest) == 1 and method == "GET":
            self._json(200, fake.get_file(rest[0]), request_id)
            return
        if len(rest) == 1 and method == "DELETE":
            fake.get_file(rest[0])
            with fake._lock:
                fake._files.pop(rest[0], None)
                fake._file_contents.pop(rest[0], None)
            self._json(200, {"id": rest[0], "type": "file_deleted"}, request_id)
            return
        if len(rest) == 2 and rest[1] == "content" and method == "GET":
            metadata = fake.get_file(rest[0])
            with fake._lock:
                data = fake._file_contents[rest[0]]
            self._send(200, data, metadata["mime_type"], request_id)
            return
        raise APIError(404, f"Not Found: {method} {request.path}")

    @staticmethod
    def _multipart_file(request: RecordedRequest) -> Tuple[str, str, bytes]:
        content_type = request.header("content-type") or ""
        if not content_type.startswith("multipart/form-data") or "boundary=" not in content_type:
            raise APIError(400, "Expected a multipart/form-data body with a 'file' part")
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
        for part in message.iter_parts():
            if part.get_param("name", header="content-disposition") == "file":
                filename = part.get_filename() or "upload"
                data = part.get_payload(decode=True) or b""
                mime_type = part.get_content_type() if part.get("content-type") else "application/octet-stream"
                return filename, mime_type, data
        raise APIError(400, "file: Field required")

    # ----------------------------------------------------------------- control routes

    def _control(self, request: RecordedRequest) -> None:
        fake, name = self.fake, request.path[len("/_fake/") :]
        if name == "health":
            self._json(200, {"ok": True, "port": fake.port}, "req_control")
        elif name == "requests" and request.method == "GET":
            self._json(200, {"requests": [r.to_dict() for r in fake.requests]}, "req_control")
        elif name == "reset" and request.method == "POST":
            fake.reset()
            self._json(200, {"ok": True}, "req_control")
        elif name == "faults" and request.method == "POST":
            arguments = json.loads(request.body or b"{}")
            fake.fail_next(**arguments)
            self._json(200, {"ok": True, "pending": fake.pending_faults}, "req_control")
        else:
            self._json(404, {"error": f"unknown control {request.method} {request.path}"}, "req_control")

    # ----------------------------------------------------------------- answers

    def _common_headers(self, request_id: str) -> List[Tuple[str, str]]:
        return [
            ("request-id", request_id),
            ("anthropic-organization-id", "00000000-0000-4000-8000-000000000000"),
            ("anthropic-ratelimit-requests-limit", "4000"),
            ("anthropic-ratelimit-requests-remaining", "3999"),
            ("anthropic-ratelimit-tokens-limit", "2000000"),
            ("anthropic-ratelimit-tokens-remaining", "1999000"),
        ]

    def _send(
        self,
        status: int,
        payload: bytes,
        content_type: str,
        request_id: str,
        extra: Optional[Dict[str, str]] = None,
    ) -> None:
        self.send_response(status, _REASONS.get(status))
        for key, value in self._common_headers(request_id):
            self.send_header(key, value)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()

    def _json(self, status: int, data: Any, request_id: str, extra: Optional[Dict[str, str]] = None) -> None:
        self._send(status, json.dumps(data).encode(), "application/json", request_id, extra)

    def _error(self, error: APIError, request_id: str, extra: Optional[Dict[str, str]] = None) -> None:
        body = {
            "type": "error",
            "error": {"type": error.error_type, "message": error.message},
            "request_id": request_id,
        }
        try:
            self._json(error.status, body, request_id, extra)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _sse(self, events: Iterator[Tuple[str, Dict[str, Any]]], request_id: str, fault: Optional[Fault]) -> None:
        self.send_response(200)
        for key, value in self._common_headers(request_id):
            self.send_header(key, value)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def chunk(data: bytes) -> None:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

        for name, data in events:
            chunk(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode())
            if fault is not None and name == "message_start":
                error_type = fault.error_type or _ERROR_TYPES.get(fault.status, "api_error")
                message = fault.message or _ERROR_MESSAGES.get(fault.status, "Scripted error")
                error = {"type": "error", "error": {"type": error_type, "message": message}, "request_id": request_id}
                chunk(f"event: error\ndata: {json.dumps(error)}\n\n".encode())
                break
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


class _FaultError(Exception):
    def __init__(self, fault: Fault, headers: Dict[str, str]) -> None:
        super().__init__(fault.status)
        self.api_error = APIError(
            fault.status, fault.message or _ERROR_MESSAGES.get(fault.status, "Scripted error"), fault.error_type
        )
        self.headers = headers


# --------------------------------------------------------------------------- command line


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="A fake Anthropic API on 127.0.0.1 (for tests and examples).")
    parser.add_argument("--port", type=int, default=0, help="the port to listen on (0: any free port)")
    parser.add_argument("--api-key", action="append", dest="api_keys", help="accept only this key (repeatable)")
    arguments = parser.parse_args(argv)
    api = FakeAnthropicAPI(port=arguments.port, api_keys=arguments.api_keys).start()
    # One line on stdout, so that a parent process can wait for it and read the address.
    print(f"fake Anthropic API listening on {api.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

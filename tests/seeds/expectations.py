"""What each seed sample must do against the fake API, shared by tests/seeds and tests/e2e.

``REQUESTS[key]`` lists, in order, the requests the sample must send: the route
(``METHOD /path`` with ids as ``{id}``, see ``RecordedRequest.route``), whether it is a
``?beta=true`` route, and a subset of the JSON body (dicts match key by key, lists element by
element and by length, anything else by equality). ``STDOUT[key]`` lists substrings of what the
sample must print. ``VARIANTS`` run a sample again with a scripted fault or a bad key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

from tests.servers.anthropic_api import FakeAnthropicAPI, RecordedRequest

API_KEY = "sk-ant-api03-seed-samples"
MODEL = "claude-sonnet-4-5-20250929"


@dataclass(frozen=True)
class Req:
    route: str
    body: Any = None
    beta: bool = False
    headers: Dict[str, str] = field(default_factory=dict)


def _user(text: str) -> Dict[str, Any]:
    return {"role": "user", "content": text}


def _create(text: str, **extra: Any) -> Req:
    return Req("POST /v1/messages", {"model": MODEL, "max_tokens": 1024, "messages": [_user(text)], **extra})


def _stream(text: str) -> Req:
    return Req("POST /v1/messages", {"model": MODEL, "max_tokens": 1024, "messages": [_user(text)], "stream": True})


_TOOLS_BODY = [{"name": "get_weather", "input_schema": {"required": ["location"]}}]

REQUESTS: Dict[str, List[Req]] = {
    "reference:1": [_create("Hello, Claude")],
    "reference:2": [],  # constructs three clients, sends nothing
    "reference:3": [_create("Hello")],
    "reference:4": [_create("What is the capital of France?")],
    "reference:5": [_create("Hello, how are you?", system="You are a helpful assistant that speaks like Shakespeare")],
    "reference:6": [
        _create("What's 2+2?"),
        Req(
            "POST /v1/messages",
            {
                "messages": [
                    _user("What's 2+2?"),
                    {"role": "assistant", "content": "2 + 2 = 4."},
                    _user("And 3+3?"),
                ]
            },
        ),
    ],
    "reference:7": [_create("Count to 10", temperature=0.0), _create("Write a creative story", temperature=1.0)],
    "reference:8": [_stream("Write a story")],
    "reference:9": [_stream("Hello")],
    "reference:10": [_stream("Write a story")],
    "reference:11": [_stream("Hello")],
    "reference:12": [_stream("Hello")],
    "reference:13": [
        Req(
            "POST /v1/messages",
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": "What's in this image?"},
                            {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg"}},
                        ],
                    }
                ]
            },
        )
    ],
    "reference:14": [
        Req(
            "POST /v1/messages",
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "text"},
                            {"type": "image", "source": {"type": "url", "url": "https://example.com/image.jpg"}},
                        ],
                    }
                ]
            },
        )
    ],
    "reference:15": [
        Req(
            "POST /v1/messages",
            {"messages": [{"role": "user", "content": [{"type": "text"}, {"type": "image"}, {"type": "image"}]}]},
        )
    ],
    "reference:16": [Req("POST /v1/messages", {"tools": _TOOLS_BODY})],
    "reference:17": [
        Req("POST /v1/messages", {"tools": _TOOLS_BODY, "messages": [_user("What's the weather in SF?")]}),
        Req(
            "POST /v1/messages",
            {
                "messages": [
                    _user("What's the weather in SF?"),
                    # the first reply's content, passed back as models
                    {"role": "assistant", "content": [{"type": "text"}, {"type": "tool_use", "name": "get_weather"}]},
                    {"role": "user", "content": [{"type": "tool_result"}]},
                ]
            },
        ),
    ],
    "reference:18": [
        Req(
            "POST /v1/messages",
            {"system": [{"type": "text", "cache_control": {"type": "ephemeral"}}], "messages": [_user("Hello")]},
        )
    ],
    "reference:19": [_create("Hello")],
    "reference:20": [_create("Hello")],
    "reference:21": [],  # constructs a client with its own httpx.Client
    "reference:22": [_create("Hello")],
    "reference:25": [_create("What is the capital of France?")],
    "reference:26": [_create("What is the capital of France?")],
    "reference:27a": [_stream("Write a story")],
    "reference:27b": [_stream("Write a story")],
    "reference:28": [],  # defines a decorated function, never calls it
    "reference:29": [_create("Hello"), _create("Tell me a joke"), _create("What's 2+2?")],  # in any order
    "reference:30": [],  # defines a function, never calls it
    "reference:31": [
        Req("POST /v1/messages", {"max_tokens": 2048, "messages": [_user("Hello, Claude!")]}),
        Req(
            "POST /v1/messages",
            {
                "max_tokens": 2048,
                "stream": True,
                "messages": [_user("Hello, Claude!"), {"role": "assistant"}, _user("Tell me a short story")],
            },
        ),
    ],
    "briefing:1": [_create("Hello, Claude")],
    "briefing:2": [_stream("Say hello there!")],
    "briefing:3": [
        Req("POST /v1/messages", {"tools": _TOOLS_BODY, "messages": [_user("What is the weather in SF?")]}, beta=True),
        Req(
            "POST /v1/messages",
            {
                "messages": [
                    _user("What is the weather in SF?"),
                    {"role": "assistant"},
                    {"role": "user", "content": [{"type": "tool_result"}]},
                ]
            },
            beta=True,
        ),
    ],
    "briefing:4": [Req("POST /v1/messages/count_tokens", {"model": MODEL, "messages": [_user("Hello, world")]})],
    "briefing:5": [
        Req(
            "POST /v1/messages/batches",
            {"requests": [{"custom_id": "my-first-request"}, {"custom_id": "my-second-request"}]},
        ),
        Req("GET /v1/messages/batches/{id}/results"),
    ],
}

# Samples whose requests may arrive in any order (concurrent requests).
UNORDERED = frozenset({"reference:29"})

STDOUT: Dict[str, List[str]] = {
    "reference:1": ['You said: "Hello, Claude"'],
    "reference:3": ['You said: "Hello"'],
    "reference:4": ["The capital of France is Paris.", "input_tokens="],
    "reference:8": ['You said: "Write a story"'],
    "reference:9": ['You said: "Hello"'],
    "reference:10": ['You said: "Write a story"'],
    "reference:11": ['You said: "Hello"'],
    "reference:12": ["Message started", "Content block started", "Content block stopped", "Message stopped"],
    "reference:13": ["I can see 1 image"],
    "reference:17": ["Here is what the tool returned:", "San Francisco, CA"],
    "reference:18": ["Cache creation tokens: ", "Cache read tokens: 0", "Input tokens: "],
    "reference:25": ["msg_01", "message", "assistant", "claude-sonnet-4-5-20250929", "end_turn"],
    "reference:26": ["The capital of France is Paris."],
    "reference:27a": ['You said: "Write a story"'],
    "reference:27b": ['You said: "Write a story"'],
    "reference:31": ['You said: "Hello, Claude!"', 'You said: "Tell me a short story"'],
    "briefing:1": ["TextBlock(", 'You said: "Hello, Claude"'],
    "briefing:2": ['"stop_reason": "end_turn"'],
    "briefing:3": ["tool_use", "end_turn", "Here is what the tool returned:"],
    "briefing:4": ["10"],
    "briefing:5": ['You said: "Hello, world"', 'You said: "Hi again, friend"'],
}


@dataclass(frozen=True)
class Variant:
    """The sample run again after ``setup`` (a fault) and/or with ``api_key``; see VARIANTS."""

    name: str
    requests: int  # how many requests the server must see
    stdout: Sequence[str] = ()
    setup: Optional[Callable[[FakeAnthropicAPI], Any]] = None
    api_key: Optional[str] = None


VARIANTS: Dict[str, List[Variant]] = {
    "reference:19": [
        Variant("bad-key", 1, ["Authentication failed: Error code: 401"], api_key="sk-ant-api03-revoked"),
        # 429 three times: the first try and the SDK's 2 default retries, then RateLimitError.
        Variant(
            "rate-limited", 3, ["Rate limit exceeded: Error code: 429"], setup=lambda api: api.fail_next(429, times=3)
        ),
        Variant("overloaded", 3, ["API error 529: "], setup=lambda api: api.fail_next(529, times=3)),
        Variant("server-error", 3, ["API error 500: "], setup=lambda api: api.fail_next(500, times=3)),
        Variant("bad-request", 1, ["API error 400: "], setup=lambda api: api.fail_next(400)),
    ],
    "reference:22": [
        # Two 429s are absorbed by the SDK's own retries: the sample's loop succeeds at once.
        Variant("sdk-retries", 3, [], setup=lambda api: api.fail_next(429, times=2)),
    ],
}


def matches(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            key in actual and matches(value, actual[key]) for key, value in expected.items()
        )
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(map(matches, expected, actual))
    return bool(expected == actual)


def check_requests(key: str, seen: Sequence[RecordedRequest], api_key: str = API_KEY) -> None:
    """Assert that ``seen`` are the requests REQUESTS[key] describes, each well authenticated."""
    expected = REQUESTS[key]
    summary = [f"{r.method} {r.target}" for r in seen]
    assert len(seen) == len(expected), f"{key}: expected {len(expected)} requests, the server saw {summary}"
    for request in seen:
        assert request.header("x-api-key") == api_key, f"{key}: {request.target} without the API key"
        assert request.header("anthropic-version") == "2023-06-01", f"{key}: {request.target} without anthropic-version"
    pending = list(seen)
    for want in expected:
        candidates = pending if key in UNORDERED else pending[:1]
        found = next((r for r in candidates if _request_matches(want, r)), None)
        assert found is not None, f"{key}: no request matching {want} among {[_describe(r) for r in candidates]}"
        pending.remove(found)


def _request_matches(want: Req, request: RecordedRequest) -> bool:
    if request.route != want.route or request.beta != want.beta:
        return False
    if any(request.header(name) != value for name, value in want.headers.items()):
        return False
    return want.body is None or matches(want.body, request.json())


def _describe(request: RecordedRequest) -> str:
    body = request.body[:400].decode("utf-8", "replace")
    return f"{request.method} {request.target} {body}"

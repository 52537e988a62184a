"""However the response bytes are cut into chunks, a stream yields the same events and message.

The bytes go through an in-memory transport so that chunk boundaries are exact:
every single cut point (inside "\\r\\n", inside multi-byte UTF-8 characters),
one byte per chunk, and random multi-cuts.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Dict, Iterator, List, Tuple

import anthropic
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .overlay_streams import ALL_MESSAGES, TEXT_MESSAGE, TOOL_USE_MESSAGE, stream_events, to_sse

PARAMS: Dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hi"}],
}


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: List[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


class Feed:
    """Serves whatever chunks were set last, to one client reused across many streams."""

    def __init__(self) -> None:
        self.chunks: List[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Chunks(self.chunks))


def cut(body: bytes, points: List[int]) -> List[bytes]:
    edges = [0, *sorted(set(points)), len(body)]
    return [body[a:b] for a, b in zip(edges, edges[1:]) if b > a]


Outcome = Tuple[List[Dict[str, Any]], Dict[str, Any]]


def run(client: anthropic.Anthropic, feed: Feed, chunks: List[bytes], *, beta: bool = False) -> Outcome:
    feed.chunks = chunks
    manager = client.beta.messages.stream(**PARAMS) if beta else client.messages.stream(**PARAMS)
    with manager as stream:
        events = [event.to_dict(mode="json") for event in stream]
        final = stream.get_final_message().to_dict(mode="json")
    return events, final


@pytest.fixture(scope="module")
def feed() -> Feed:
    return Feed()


@pytest.fixture(scope="module")
def mock_client(feed: Feed) -> Iterator[anthropic.Anthropic]:
    http = httpx.Client(transport=httpx.MockTransport(feed))
    with anthropic.Anthropic(api_key="k", base_url="http://test.invalid", http_client=http, max_retries=0) as c:
        yield c


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_every_single_cut_gives_the_same_stream(mock_client: anthropic.Anthropic, feed: Feed, crlf: bool) -> None:
    body = to_sse(stream_events(TEXT_MESSAGE), crlf=crlf)
    baseline = run(mock_client, feed, [body])
    assert baseline[1] == TEXT_MESSAGE
    # The body holds both kinds of awkward cut points.
    assert any(body[i] >= 0x80 and body[i + 1] >= 0x80 for i in range(len(body) - 1))
    assert (b"\r\n" in body) == crlf
    for point in range(1, len(body)):
        assert run(mock_client, feed, cut(body, [point])) == baseline, f"cut at byte {point}"


@pytest.mark.parametrize("name", sorted(ALL_MESSAGES))
@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_one_byte_chunks(mock_client: anthropic.Anthropic, feed: Feed, name: str, crlf: bool) -> None:
    body = to_sse(stream_events(ALL_MESSAGES[name]), crlf=crlf)
    baseline = run(mock_client, feed, [body])
    assert baseline[1] == ALL_MESSAGES[name]
    assert run(mock_client, feed, [body[i : i + 1] for i in range(len(body))]) == baseline


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(sorted(ALL_MESSAGES)),
    crlf=st.booleans(),
    points=st.lists(st.floats(min_value=0, max_value=1, exclude_max=True), max_size=40),
    beta=st.booleans(),
)
def test_random_cuts(
    mock_client: anthropic.Anthropic, feed: Feed, name: str, crlf: bool, points: List[float], beta: bool
) -> None:
    body = to_sse(stream_events(ALL_MESSAGES[name]), crlf=crlf)
    baseline = run(mock_client, feed, [body], beta=beta)
    assert run(mock_client, feed, cut(body, [int(p * len(body)) for p in points]), beta=beta) == baseline


@pytest.mark.anyio
@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
async def test_async_one_byte_chunks(crlf: bool) -> None:
    feed = Feed()
    body = to_sse(stream_events(TOOL_USE_MESSAGE), crlf=crlf)
    http = httpx.AsyncClient(transport=httpx.MockTransport(feed))
    async with anthropic.AsyncAnthropic(api_key="k", base_url="http://test.invalid", http_client=http) as client:
        outcomes: List[Outcome] = []
        for chunks in ([body], [body[i : i + 1] for i in range(len(body))], cut(body, list(range(3, len(body), 17)))):
            feed.chunks = chunks
            async with client.messages.stream(**PARAMS) as stream:
                events = [event.to_dict(mode="json") async for event in stream]
                final = (await stream.get_final_message()).to_dict(mode="json")
            outcomes.append((events, final))
    assert outcomes[0][1] == TOOL_USE_MESSAGE
    assert outcomes[1] == outcomes[0]
    assert outcomes[2] == outcomes[0]

from __future__ import annotations

from typing import Any, Dict, List, Optional

import httpx
import pytest
from anthropic_runtime._response import APIResponse
from anthropic_runtime.pagination import AsyncPage, AsyncPageCursor, AsyncPaginator, PageInfo, SyncPage, SyncPageCursor

from tests.servers import RecordedRequest, ScriptedServer, reply

from .dual import Dual, Env, Scenario
from .fake_api import ModelInfo, model_json


def _models_handler(total: int, page_size: int) -> Any:
    """Serves /v1/models with after_id / before_id cursors over `total` models."""

    def handle(request: RecordedRequest) -> Any:
        query = request.query
        ids = list(range(total))
        if "after_id" in query:
            start = int(query["after_id"][0].split("-")[1]) + 1
            chosen = ids[start : start + page_size]
        elif "before_id" in query:
            end = int(query["before_id"][0].split("-")[1])
            chosen = ids[max(0, end - page_size) : end]
        else:
            chosen = ids[:page_size]
        data = [model_json(index) for index in chosen]
        first = chosen[0] if chosen else None
        last = chosen[-1] if chosen else None
        has_more = bool(chosen) and (
            (last is not None and last < total - 1) if "before_id" not in query else (first or 0) > 0
        )
        return reply(
            200,
            json={
                "data": data,
                "has_more": has_more,
                "first_id": f"model-{first}" if first is not None else None,
                "last_id": f"model-{last}" if last is not None else None,
            },
        )

    return handle


def test_auto_pagination(dual: Dual, server: ScriptedServer) -> None:
    server.handler = _models_handler(total=7, page_size=3)

    def scenario(env: Env) -> Scenario:
        first = yield env.messages.list(limit=3)
        assert isinstance(first, AsyncPage if env.is_async else SyncPage)
        assert [model.id for model in first.data] == ["model-0", "model-1", "model-2"]
        assert isinstance(first.data[0], ModelInfo)
        assert first.has_next_page()
        assert first.next_page_info() is not None
        items = yield env.collect(first)
        assert [model.id for model in items] == [f"model-{index}" for index in range(7)]
        everything = yield env.collect(env.messages.list(limit=3))
        assert len(everything) == 7

    dual.run(scenario)
    queries = [request.query for request in server.requests[:3]]
    assert queries == [
        {"limit": ["3"]},
        {"limit": ["3"], "after_id": ["model-2"]},
        {"limit": ["3"], "after_id": ["model-5"]},
    ]


def test_pages_and_manual_stepping(dual: Dual, server: ScriptedServer) -> None:
    server.handler = _models_handler(total=4, page_size=2)

    def scenario(env: Env) -> Scenario:
        first = yield env.messages.list(limit=2, extra_headers={"X-Trace": "t"})
        pages = yield env.collect(first.iter_pages())
        assert [[model.id for model in page.data] for page in pages] == [["model-0", "model-1"], ["model-2", "model-3"]]
        assert not pages[-1].has_next_page()
        second = yield first.get_next_page()
        assert second.data[0].id == "model-2"

    dual.run(scenario)
    assert all(request.header("x-trace") == "t" for request in server.requests)


def test_before_id_walks_backwards(dual: Dual, server: ScriptedServer) -> None:
    server.handler = _models_handler(total=6, page_size=2)

    def scenario(env: Env) -> Scenario:
        page = yield env.messages.list(before_id="model-5", limit=2)
        assert [model.id for model in page.data] == ["model-3", "model-4"]
        info = page.next_page_info()
        assert isinstance(info, PageInfo) and info.params == {"before_id": "model-3"}
        items = yield env.collect(page)
        assert [model.id for model in items] == ["model-3", "model-4", "model-1", "model-2", "model-0"]

    dual.run(scenario)


def test_empty_page_stops(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(200, json={"data": [], "has_more": True, "first_id": None, "last_id": None}))

    def scenario(env: Env) -> Scenario:
        page = yield env.messages.list()
        assert not page.has_next_page()
        items = yield env.collect(page)
        assert items == []

    dual.run(scenario)


def test_cursor_pages(dual: Dual, server: ScriptedServer) -> None:
    server.script(
        reply(200, json={"data": [model_json(0)], "has_more": True, "next_page": "tok-2"}),
        reply(200, json={"data": [model_json(1)], "has_more": False, "next_page": "tok-3"}),
    )

    def scenario(env: Env) -> Scenario:
        page = yield env.messages.list_cursor()
        assert isinstance(page, AsyncPageCursor if env.is_async else SyncPageCursor)
        items = yield env.collect(page)
        assert [model.id for model in items] == ["model-0", "model-1"]

    dual.run(scenario)
    assert server.requests[0].target == "/v1/skills?beta=true"
    assert server.requests[1].target == "/v1/skills?beta=true&page=tok-2"


def test_raw_list_response_keeps_paginating(dual: Dual, server: ScriptedServer) -> None:
    server.handler = _models_handler(total=3, page_size=2)

    def scenario(env: Env) -> Scenario:
        raw = yield env.raw.list(limit=2)
        assert isinstance(raw, APIResponse)
        page = yield raw.parse()
        nxt = yield page.get_next_page()
        assert [model.id for model in nxt.data] == ["model-2"]

    dual.run(scenario)
    assert server.requests[0].header("x-stainless-raw-response") == "raw"
    assert server.requests[1].header("x-stainless-raw-response") is None


@pytest.mark.anyio
async def test_async_paginator_is_awaitable_and_iterable(server: ScriptedServer) -> None:
    from .clients import async_client
    from .fake_api import AsyncMessages

    server.handler = _models_handler(total=5, page_size=2)
    client = async_client(server.url)
    paginator = AsyncMessages(client).list(limit=2)
    assert isinstance(paginator, AsyncPaginator)
    page = await paginator
    assert len(page.data) == 2
    ids: List[str] = [model.id async for model in AsyncMessages(client).list(limit=2)]
    assert ids == [f"model-{index}" for index in range(5)]
    await client.close()


def test_page_info_repr() -> None:
    import httpx

    assert "after_id" in repr(PageInfo(params={"after_id": "x"}))
    assert "https://x" in repr(PageInfo(url=httpx.URL("https://x")))
    assert "json" in repr(PageInfo(json={"a": 1}))


def test_no_next_page() -> None:
    page = SyncPage[ModelInfo].model_validate({"data": [model_json(0)], "has_more": False})
    assert not page.has_next_page()
    with pytest.raises(RuntimeError, match="has_next_page"):
        page.get_next_page()


def test_page_without_client() -> None:
    page = SyncPage[ModelInfo].model_validate({"data": [model_json(0)], "has_more": True, "last_id": "model-0"})
    assert page.has_next_page()
    with pytest.raises(RuntimeError, match="client"):
        page.get_next_page()
    params: Dict[str, Any] = {}
    assert page.to_dict()["last_id"] == "model-0" and params == {}


class UrlPage(SyncPage[ModelInfo]):
    next_url: Optional[str] = None

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(url=httpx.URL(self.next_url)) if self.next_url else None


class BodyCursorPage(SyncPage[ModelInfo]):
    cursor: Optional[str] = None

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(json={"cursor": self.cursor}) if self.cursor else None


def test_url_and_body_cursors(server: ScriptedServer) -> None:
    from .clients import sync_client

    server.script(
        reply(200, json={"data": [model_json(0)], "next_url": server.url + "/v1/next?token=t2"}),
        reply(200, json={"data": [model_json(1)]}),
        reply(200, json={"data": [model_json(2)], "cursor": "c2"}),
        reply(200, json={"data": [model_json(3)]}),
    )
    client = sync_client(server.url)
    items = list(client.request_page("/v1/models", page=UrlPage, query={"limit": 1}))
    assert [model.id for model in items] == ["model-0", "model-1"]
    assert server.requests[1].path == "/v1/next"
    assert server.requests[1].query == {"limit": ["1"], "token": ["t2"]}
    items = list(client.request_page("/v1/search", page=BodyCursorPage, method="post", body={"q": "x"}))
    assert [model.id for model in items] == ["model-2", "model-3"]
    assert server.requests[3].json() == {"q": "x", "cursor": "c2"}
    client.close()

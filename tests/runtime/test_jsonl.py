from __future__ import annotations

import json
from typing import Any, List, Optional

import httpx
import pytest
from anthropic_runtime import _exceptions as errors
from anthropic_runtime._decoders.jsonl import JSONLDecoder
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.servers import ScriptedServer, chunked, reply, reset_mid_body

from .dual import Dual, Env, Scenario
from .fake_api import BatchResult


def _lines(count: int, newline: bytes = b"\n") -> bytes:
    return b"".join(
        json.dumps({"custom_id": f"r{index}", "result": {"type": "succeeded"}}).encode() + newline
        for index in range(count)
    )


def _decode(chunks: List[bytes]) -> List[BatchResult]:
    response = httpx.Response(200, request=httpx.Request("GET", "https://x"))
    return list(JSONLDecoder(raw_iterator=iter(chunks), line_type=BatchResult, http_response=response))


class TestDecoder:
    @settings(max_examples=100, deadline=None)
    @given(
        st.integers(min_value=0, max_value=6),
        st.sampled_from([b"\n", b"\r\n"]),
        st.lists(st.integers(min_value=0, max_value=2000), max_size=10),
    )
    def test_any_chunking(self, count: int, newline: bytes, cuts: List[int]) -> None:
        raw = _lines(count, newline)
        points = sorted({cut % (len(raw) + 1) for cut in cuts})
        chunks = [raw[start:end] for start, end in zip([0, *points], [*points, len(raw)])]
        items = _decode(chunks)
        assert [item.custom_id for item in items] == [f"r{index}" for index in range(count)]

    def test_blank_lines_and_missing_final_newline(self) -> None:
        raw = b'\n{"custom_id":"a","result":{}}\n\n{"custom_id":"b","result":{}}'
        assert [item.custom_id for item in _decode([raw])] == ["a", "b"]

    def test_a_cut_off_last_line_fails_after_the_complete_ones(self) -> None:
        response = httpx.Response(200, request=httpx.Request("GET", "https://x"))
        decoder = JSONLDecoder(
            raw_iterator=iter([_lines(2) + b'{"custom_id": "r2", "res']), line_type=BatchResult, http_response=response
        )
        delivered: List[str] = []
        with pytest.raises(errors.APIResponseValidationError) as info:
            for item in decoder:
                delivered.append(item.custom_id)
        assert delivered == ["r0", "r1"]
        assert "middle of a line" in str(info.value)
        assert "2 complete lines" in str(info.value)

    def test_unknown_fields_are_kept(self) -> None:
        (item,) = _decode([b'{"custom_id":"a","result":{},"new":1}\n'])
        assert item.new == 1  # type: ignore[attr-defined]


def test_results_over_http(dual: Dual, server: ScriptedServer) -> None:
    raw = _lines(5)
    server.script(
        chunked([raw[index : index + 7] for index in range(0, len(raw), 7)], content_type="application/x-jsonl")
    )

    def scenario(env: Env) -> Scenario:
        decoder = yield env.messages.results("batch_1")
        items = yield env.collect(decoder)
        assert [item.custom_id for item in items] == [f"r{index}" for index in range(5)]
        assert decoder.http_response.is_closed

    dual.run(scenario)
    request = server.requests[0]
    assert request.path == "/v1/messages/batches/batch_1/results"
    assert request.header("accept") == "application/binary"


def test_results_connection_cut(dual: Dual, server: ScriptedServer) -> None:
    body = _lines(3) + b'{"custom_id": "r3"'
    server.script(reset_mid_body(body=body, declared_length=len(body) + 100, content_type="application/x-jsonl"))

    def scenario(env: Env) -> Scenario:
        decoder = yield env.messages.results("b")
        delivered: List[Optional[str]] = []
        with pytest.raises(errors.APIConnectionError):
            while True:
                item = yield env.next(decoder)
                delivered.append(item.custom_id)
        assert delivered == ["r0", "r1", "r2"]
        assert decoder.http_response.is_closed

    dual.run(scenario)


def test_results_error_status(dual: Dual, server: ScriptedServer) -> None:
    server.script(reply(404, json={"type": "error", "error": {"type": "not_found_error", "message": "no batch"}}))

    def scenario(env: Env) -> Scenario:
        with pytest.raises(errors.NotFoundError):
            yield env.messages.results("missing")

    dual.run(scenario)


def test_results_close_early(dual: Dual, server: ScriptedServer) -> None:
    server.script(chunked([_lines(2)], then="stall"))

    def scenario(env: Env) -> Scenario:
        decoder: Any = yield env.messages.results("b")
        first = yield env.next(decoder)
        assert first.custom_id == "r0"
        yield env.close(decoder)
        assert decoder.http_response.is_closed

    dual.run(scenario)

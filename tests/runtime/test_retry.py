from __future__ import annotations

import email.utils
from typing import Dict, Optional

import httpx
import pytest
from anthropic_runtime._retry import (
    backoff_delay,
    decide_after_error,
    decide_after_response,
    parse_retry_after,
    should_retry_status,
)

NOW = 1_700_000_000.0


def _now() -> float:
    return NOW


def _response(status: int, headers: Optional[Dict[str, str]] = None) -> httpx.Response:
    return httpx.Response(status, headers=headers or {})


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (408, True),
        (409, True),
        (429, True),
        (500, True),
        (503, True),
        (529, True),
        (400, False),
        (401, False),
        (404, False),
        (422, False),
    ],
)
def test_retryable_statuses(status: int, expected: bool) -> None:
    assert should_retry_status(status, {}) is expected


def test_x_should_retry_is_obeyed() -> None:
    assert should_retry_status(400, {"x-should-retry": "true"}) is True
    assert should_retry_status(500, {"x-should-retry": "false"}) is False
    assert should_retry_status(500, {"x-should-retry": "maybe"}) is True


def test_backoff_doubles_and_caps() -> None:
    delays = [backoff_delay(n, lambda: 0.0) for n in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff_delay(10_000, lambda: 0.0) == 8.0


def test_jitter_takes_off_at_most_a_quarter() -> None:
    assert backoff_delay(0, lambda: 1.0) == pytest.approx(0.375)
    assert backoff_delay(3, lambda: 0.5) == pytest.approx(4.0 * 0.875)


class TestRetryAfter:
    def test_milliseconds_first(self) -> None:
        assert parse_retry_after(httpx.Headers({"retry-after-ms": "1500", "retry-after": "9"}), _now) == 1.5

    def test_seconds(self) -> None:
        assert parse_retry_after(httpx.Headers({"retry-after": "3"}), _now) == 3.0
        assert parse_retry_after(httpx.Headers({"retry-after": "2.5"}), _now) == 2.5

    def test_http_date(self) -> None:
        date = email.utils.formatdate(NOW + 20, usegmt=True)
        assert parse_retry_after(httpx.Headers({"retry-after": date}), _now) == pytest.approx(20.0)

    def test_garbage(self) -> None:
        assert parse_retry_after(httpx.Headers({"retry-after": "soon"}), _now) is None
        assert parse_retry_after(httpx.Headers({"retry-after-ms": "x"}), _now) is None
        assert parse_retry_after(httpx.Headers(), _now) is None


class TestDecisions:
    def decide(
        self, status: int, headers: Optional[Dict[str, str]] = None, retries_taken: int = 0, max_retries: int = 2
    ) -> tuple[bool, float]:
        decision = decide_after_response(
            _response(status, headers),
            retries_taken=retries_taken,
            max_retries=max_retries,
            random=lambda: 0.0,
            now=_now,
        )
        return decision.retry, decision.delay

    def test_server_requested_wait(self) -> None:
        assert self.decide(429, {"retry-after": "7"}) == (True, 7.0)
        assert self.decide(429, {"retry-after-ms": "250"}) == (True, 0.25)
        assert self.decide(429, {"retry-after": "60"}) == (True, 60.0)

    def test_too_long_a_wait_raises_instead(self) -> None:
        assert self.decide(429, {"retry-after": "61"})[0] is False
        assert self.decide(529, {"retry-after-ms": "120000"})[0] is False
        date = email.utils.formatdate(NOW + 3600, usegmt=True)
        assert self.decide(503, {"retry-after": date})[0] is False

    def test_zero_or_past_waits_use_backoff(self) -> None:
        assert self.decide(429, {"retry-after": "0"}) == (True, 0.5)
        past = email.utils.formatdate(NOW - 30, usegmt=True)
        assert self.decide(429, {"retry-after": past}, retries_taken=1) == (True, 1.0)

    def test_out_of_retries(self) -> None:
        assert self.decide(500, retries_taken=2, max_retries=2)[0] is False
        assert self.decide(500, max_retries=0)[0] is False

    def test_not_retryable(self) -> None:
        assert self.decide(400)[0] is False

    def test_errors(self) -> None:
        decision = decide_after_error(
            httpx.ConnectError("x"), retries_taken=1, max_retries=2, random=lambda: 0.0, now=_now
        )
        assert (decision.retry, decision.delay) == (True, 1.0)
        decision = decide_after_error(
            httpx.ReadTimeout("x"), retries_taken=2, max_retries=2, random=lambda: 0.0, now=_now
        )
        assert decision.retry is False

"""When to retry and how long to wait: pure functions of the attempt, the headers and the clock.

The clients call :func:`decide_after_response` / :func:`decide_after_error`
and then sleep with their own (injectable) sleep function.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from typing import Callable, Mapping, Optional

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

__all__ = [
    "RetryDecision",
    "backoff_delay",
    "decide_after_error",
    "decide_after_response",
    "parse_retry_after",
    "should_retry_status",
]

RETRYABLE_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True)
class RetryDecision:
    retry: bool
    delay: float = 0.0
    reason: str = ""


def should_retry_status(status_code: int, headers: Mapping[str, str]) -> bool:
    """``x-should-retry: true|false`` decides when present; else 408, 409, 429 and 5xx retry."""
    explicit = headers.get("x-should-retry")
    if explicit == "true":
        return True
    if explicit == "false":
        return False
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def parse_retry_after(headers: Mapping[str, str], now: Callable[[], float]) -> Optional[float]:
    """Seconds the server asks us to wait: ``retry-after-ms``, else ``retry-after`` (seconds or an HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed)) - now()


def backoff_delay(retries_taken: int, random: Callable[[], float]) -> float:
    """0.5 s doubling per retry, capped at 8 s, minus up to 25 % jitter."""
    base = min(INITIAL_RETRY_DELAY * (2.0 ** min(retries_taken, 64)), MAX_RETRY_DELAY)
    return max(base * (1.0 - 0.25 * random()), 0.0)


def _delay(
    headers: Optional[Mapping[str, str]], retries_taken: int, random: Callable[[], float], now: Callable[[], float]
) -> Optional[float]:
    """The wait before the next attempt, or None when the server asks for more than we allow."""
    if headers is not None:
        requested = parse_retry_after(headers, now)
        if requested is not None and requested > MAX_RETRY_AFTER:
            return None
        if requested is not None and requested > 0:
            return requested
    return backoff_delay(retries_taken, random)


def decide_after_response(
    response: httpx.Response,
    *,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
    now: Callable[[], float],
) -> RetryDecision:
    if retries_taken >= max_retries:
        return RetryDecision(False, reason="no retries left")
    if not should_retry_status(response.status_code, response.headers):
        return RetryDecision(False, reason=f"status {response.status_code} is not retried")
    delay = _delay(response.headers, retries_taken, random, now)
    if delay is None:
        return RetryDecision(False, reason=f"the server asked to wait longer than {MAX_RETRY_AFTER:g} s")
    return RetryDecision(True, delay, reason=f"status {response.status_code}")


def decide_after_error(
    error: BaseException,
    *,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
    now: Callable[[], float],
) -> RetryDecision:
    if retries_taken >= max_retries:
        return RetryDecision(False, reason="no retries left")
    delay = _delay(None, retries_taken, random, now)
    assert delay is not None
    return RetryDecision(True, delay, reason=type(error).__name__)

"""Numbers and names the runtime agrees on with the API and with the official SDK."""

from __future__ import annotations

from typing import Dict

import httpx

# Ten minutes overall, five seconds to connect.
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

# Back-off: 0.5 s, 1 s, 2 s, ... never more than 8 s, minus up to 25 % jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# The longest server-requested wait (retry-after) we honour; longer ones fail fast.
MAX_RETRY_AFTER = 60.0

# Set by `.with_raw_response` ("raw") and `.with_streaming_response` ("stream").
RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"

HUMAN_PROMPT = "\n\nHuman:"
AI_PROMPT = "\n\nAssistant:"

# Non-streaming requests: an hour for the largest output, ten minutes allowed.
NONSTREAMING_MAX_TIME = 60 * 60
NONSTREAMING_DEFAULT_TIME = 60 * 10
NONSTREAMING_REFERENCE_TOKENS = 128_000

# Models whose non-streaming output is capped lower than the general rule allows.
MODEL_NONSTREAMING_TOKENS: Dict[str, int] = {
    "claude-opus-4-20250514": 8_192,
    "claude-opus-4-0": 8_192,
    "claude-4-opus-20250514": 8_192,
    "anthropic.claude-opus-4-20250514-v1:0": 8_192,
    "claude-opus-4@20250514": 8_192,
    "claude-opus-4-1-20250805": 8_192,
    "anthropic.claude-opus-4-1-20250805-v1:0": 8_192,
    "claude-opus-4-1@20250805": 8_192,
}

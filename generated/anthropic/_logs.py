"""Logging, switched on with ``ANTHROPIC_LOG=info`` or ``ANTHROPIC_LOG=debug``.

Nothing logged here ever contains a credential: headers go through
:func:`redact_headers` first.
"""

from __future__ import annotations

import logging
import os
from typing import Dict, Iterable, Tuple

__all__ = ["httpx_logger", "logger", "redact_headers", "setup_logging"]

logger: logging.Logger = logging.getLogger("anthropic")
httpx_logger: logging.Logger = logging.getLogger("httpx")

_SENSITIVE_WORDS = ("authorization", "api-key", "apikey", "token", "secret", "cookie", "signature", "credential")
_configured = False


def setup_logging() -> None:
    """Apply ``ANTHROPIC_LOG`` once per process."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("ANTHROPIC_LOG", "").strip().lower())
    if level is None:
        return
    logging.basicConfig(
        format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s", datefmt="%Y-%m-%d %H:%M:%S"
    )
    logger.setLevel(level)
    httpx_logger.setLevel(level)


def is_sensitive_header(name: str, extra: Iterable[str] = ()) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SENSITIVE_WORDS) or lowered in {item.lower() for item in extra}


def redact_headers(headers: Iterable[Tuple[str, str]], extra: Iterable[str] = ()) -> Dict[str, str]:
    """``headers`` (as ``(name, value)`` pairs) with every credential-like value replaced by ``<redacted>``."""
    sensitive = tuple(extra)
    return {key: "<redacted>" if is_sensitive_header(key, sensitive) else value for key, value in headers}

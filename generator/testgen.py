"""generated/tests: per-endpoint tests against the Prism mock server."""

from __future__ import annotations

from pathlib import Path

from .config import SdkConfig
from .ir import Api


def render_tests(api: Api, config: SdkConfig, templates: Path) -> dict[str, str]:
    return {}

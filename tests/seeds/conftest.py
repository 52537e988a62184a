"""Fixtures for the seed-sample tests: the fake API (one per worker) and the ``api`` view reset per test."""

from __future__ import annotations

from tests.e2e._support import api, fake_api

__all__ = ["api", "fake_api"]

"""Base classes of the generated resource classes (``client.messages``, ``client.beta.files``...)."""

from __future__ import annotations

from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


class SyncAPIResource:
    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _sleep(self, seconds: float) -> None:
        self._client._sleep(seconds)


class AsyncAPIResource:
    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _sleep(self, seconds: float) -> None:
        await self._client._sleep(seconds)

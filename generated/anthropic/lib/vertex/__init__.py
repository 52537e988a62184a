"""Claude on Google Cloud Vertex AI (``pip install anthropic[vertex]``; google-auth is imported on first use)."""

from ._client import AnthropicVertex as AnthropicVertex
from ._client import AsyncAnthropicVertex as AsyncAnthropicVertex

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex"]

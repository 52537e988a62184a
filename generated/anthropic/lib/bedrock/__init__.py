"""Claude on Amazon Bedrock (``pip install anthropic[bedrock]``; boto3 is imported on first use)."""

from ._client import AnthropicBedrock as AnthropicBedrock
from ._client import AsyncAnthropicBedrock as AsyncAnthropicBedrock

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock"]

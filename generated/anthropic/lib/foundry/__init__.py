"""Claude in Microsoft Foundry (Azure): the first-party API with Azure credentials."""

from ._client import AnthropicFoundry as AnthropicFoundry
from ._client import AsyncAnthropicFoundry as AsyncAnthropicFoundry
from ._client import AsyncAzureADTokenProvider as AsyncAzureADTokenProvider
from ._client import AzureADTokenProvider as AzureADTokenProvider
from ._client import MutuallyExclusiveAuthError as MutuallyExclusiveAuthError

__all__ = [
    "AnthropicFoundry",
    "AsyncAnthropicFoundry",
    "AsyncAzureADTokenProvider",
    "AzureADTokenProvider",
    "MutuallyExclusiveAuthError",
]

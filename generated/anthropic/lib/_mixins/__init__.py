"""Methods the generated messages resources inherit: `stream()`, `parse()`, `tool_runner()`."""

from ._beta_messages import AsyncBetaMessagesHelpers as AsyncBetaMessagesHelpers
from ._beta_messages import BetaMessagesHelpers as BetaMessagesHelpers
from ._messages import AsyncMessagesHelpers as AsyncMessagesHelpers
from ._messages import MessagesHelpers as MessagesHelpers

__all__ = ["MessagesHelpers", "AsyncMessagesHelpers", "BetaMessagesHelpers", "AsyncBetaMessagesHelpers"]

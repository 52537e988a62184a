"""Messages whose text blocks carry a structured `parsed_output` (see `client.messages.parse`)."""

from ..lib._parse._parsed_message import ParsedContentBlock, ParsedMessage, ParsedTextBlock

__all__ = ["ParsedTextBlock", "ParsedContentBlock", "ParsedMessage"]

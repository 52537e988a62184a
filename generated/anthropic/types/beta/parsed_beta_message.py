"""Beta messages whose text blocks carry a structured `parsed_output` (see `client.beta.messages.parse`)."""

from ...lib._parse._parsed_beta_message import ParsedBetaContentBlock, ParsedBetaMessage, ParsedBetaTextBlock

__all__ = ["ParsedBetaTextBlock", "ParsedBetaContentBlock", "ParsedBetaMessage"]

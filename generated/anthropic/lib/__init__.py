"""Handwritten helpers layered over the generated client (streaming, parsing, tools)."""

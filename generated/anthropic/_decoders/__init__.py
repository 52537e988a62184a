"""Decoders for streamed response bodies."""

"""Structured outputs: schemas for `output_format` types and parsing replies into them."""

from ._response import ResponseFormatT, StructuredOutputError, json_schema_format, parse_text
from ._transform import transform_schema

__all__ = ["ResponseFormatT", "StructuredOutputError", "parse_text", "json_schema_format", "transform_schema"]

# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing_extensions import TypeAlias

from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = [
    "BetaBase64PDFBlockParam",
]

BetaBase64PDFBlockParam: TypeAlias = BetaRequestDocumentBlockParam
"""Older name for a request document block; same shape as BetaRequestDocumentBlock."""

"""Every Python name the generator emits is decided here.

Rules: schema keys are kept as type names; request-side types get a `Param`
suffix unless they already end in Param/Params; modules are the snake_case of
the type name; identifiers that are keywords or start with a digit are made
safe by a trailing underscore / leading prefix. Nothing is ever numbered.
"""

from __future__ import annotations

import keyword
import re
import unicodedata

_ACRONYM_BOUNDARY = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL_BOUNDARY = re.compile(r"([a-z0-9])([A-Z])")
_DATE_BOUNDARY = re.compile(r"([A-Za-z])(\d{4,})")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")
# Acronyms that may run together in a type name (`URLPDFSource`): each keeps its own word.
_ACRONYMS = re.compile(r"(API|JSON|MCP|PDF|URL)(?=[A-Z])")

# Names a generated model field must not take, because the base model class uses them.
RESERVED_MODEL_ATTRIBUTES = frozenset({"model_config", "model_fields", "to_dict", "to_json", "construct", "copy"})


def ascii_fold(text: str) -> str:
    """Fold accents and drop other non-ASCII characters, so names stay valid identifiers."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def snake(name: str) -> str:
    """`BetaBase64PDFSource` -> `beta_base64_pdf_source`; `ToolBash20250124` -> `tool_bash_20250124`."""
    text = ascii_fold(name)
    text = _ACRONYMS.sub(r"\1_", text)
    text = _ACRONYM_BOUNDARY.sub(r"\1_\2", text)
    text = _CAMEL_BOUNDARY.sub(r"\1_\2", text)
    text = _DATE_BOUNDARY.sub(r"\1_\2", text)
    text = _NON_WORD.sub("_", text).strip("_").lower()
    return re.sub("_+", "_", text) or "_"


def pascal(name: str) -> str:
    """`message_batch-id` -> `MessageBatchId`; keeps existing inner capitals (`ToolUse` stays)."""
    parts = [p for p in _NON_WORD.split(ascii_fold(name)) if p]
    return "".join(p[0].upper() + p[1:] for p in parts) or "Unnamed"


def identifier(name: str) -> str:
    """A safe Python identifier for a property or parameter name."""
    text = _NON_WORD.sub("_", ascii_fold(name)).strip("_") or "field"
    if text[0].isdigit():
        text = "_" + text
    if keyword.iskeyword(text):
        text += "_"
    return text


def param_type_name(schema_name: str) -> str:
    """The request-side name of a schema: `TextBlock` -> `TextBlockParam`; `BetaSkillParams` stays."""
    if schema_name.endswith(("Param", "Params")):
        return schema_name
    return schema_name + "Param"


def module_name(type_name: str) -> str:
    return snake(type_name)


def singular(word: str) -> str:
    """A light singular for resource names (`batches` -> `batch`, `files` -> `file`)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def params_type_name(resource_singular: str, method: str) -> str:
    """`Batch` + `create` -> `BatchCreateParams`, the official name of a method's params TypedDict."""
    return f"{resource_singular}{pascal(method)}Params"


def resource_class_name(resource: str) -> str:
    return pascal(resource)

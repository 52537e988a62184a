"""Every Python name the generator emits is decided here.

Rules: schema keys are kept as type names when they are already valid
identifiers (`BetaMessage` stays), otherwise they are PascalCased (`foo-bar` ->
`FooBar`); request-side types get a `Param` suffix unless they already end in
Param/Params; modules are the snake_case of the type name. Identifiers that are
Python keywords get a trailing underscore (`class_`), names that start with a
digit a word prefix (`3d` -> `field_3d` for attributes and arguments,
`Type3d` for types), and names that would shadow what the generated code or its
base classes use (`json` on a model, `timeout` as a method argument, `close` on
the client) a trailing underscore. Nothing is ever numbered.
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

# Names a generated model field must not take, because the base model class (pydantic's and the
# runtime's BaseModel) defines them; tests/generator check this list against both classes.
RESERVED_MODEL_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "to_dict",
        "to_json",
        "update_forward_refs",
        "validate",
    }
)

# Attributes of the generated client classes (the runtime's SyncAPIClient/AsyncAPIClient and what the
# client template adds): a top-level resource may not take these names.
RESERVED_CLIENT_ATTRIBUTES = frozenset(
    {
        "auth_headers",
        "base_url",
        "close",
        "copy",
        "default_headers",
        "default_query",
        "delete",
        "get",
        "get_api_list",
        "is_closed",
        "max_retries",
        "nonstreaming_timeout",
        "patch",
        "platform_headers",
        "post",
        "put",
        "request",
        "request_page",
        "stream_idle_timeout",
        "timeout",
        "user_agent",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
    }
)

# Names generated types modules and resource modules import (typing, pydantic, the runtime): a public type
# may not take one.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Any",
        "Annotated",
        "AsyncAPIResource",
        "AsyncBinaryAPIResponse",
        "AsyncJSONLDecoder",
        "AsyncPage",
        "AsyncPageCursor",
        "AsyncPaginator",
        "AsyncStream",
        "BaseModel",
        "BinaryAPIResponse",
        "Body",
        "Dict",
        "FieldInfo",
        "FileTypes",
        "Headers",
        "Iterable",
        "JSONLDecoder",
        "List",
        "Literal",
        "NoneType",
        "NotGiven",
        "Omit",
        "Optional",
        "Query",
        "RequestOverrides",
        "Required",
        "SequenceNotStr",
        "Stream",
        "SyncAPIResource",
        "SyncPage",
        "SyncPageCursor",
        "Type",
        "TypeAlias",
        "TypedDict",
        "Union",
    }
)

# Attributes of generated resource classes: methods and sub-resources may not take these names.
RESERVED_RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})

# Names a method argument may not take: the keywords every method has, and every name a generated
# resource module imports or uses in a method body (an argument would shadow it there).
RESERVED_ARGUMENTS = frozenset(
    {
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "httpx",
        "cached_property",
        "overload",
        "Literal",
        "List",
        "Iterable",
        "Dict",
        "Optional",
        "Union",
        "Omit",
        "omit",
        "NotGiven",
        "not_given",
        "NoneType",
        "Headers",
        "Query",
        "Body",
        "FileTypes",
        "SequenceNotStr",
        "RequestOverrides",
        "path_template",
        "beta_header",
        "Stream",
        "AsyncStream",
        "Any",
        "cast",
        "Type",
        "TYPE_CHECKING",
        "stream_cls",
    }
)


def ascii_fold(text: str) -> str:
    """ASCII for names: accents folded (`naïve` -> `naive`); a letter or digit with no ASCII form becomes its
    code point as a word of its own (`日本` -> ` u65e5  u672c `), so such names stay distinct; the rest is dropped."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if char.isascii():
            out.append(char)
        elif unicodedata.category(char).startswith("M"):
            continue  # a combining accent
        elif char.isalnum():
            out.append(f" u{ord(char):04x} ")
    return "".join(out)


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
    """A safe Python identifier for a property or parameter name (`3d` -> `field_3d`, `class` -> `class_`)."""
    text = _NON_WORD.sub("_", ascii_fold(name)).strip("_") or "field"
    if text[0].isdigit():
        text = "field_" + text
    if keyword.iskeyword(text):
        text += "_"
    return text


def type_name(key: str) -> str:
    """The Python name of a schema key: kept when it is an identifier starting with a capital letter
    (`BetaMessage`, `URLSource`), else PascalCased (`customer` -> `Customer`, `3d` -> `Type3d`); a name
    that is a keyword or that generated modules import (`None`, `List`, `Stream`) gets a `Model` suffix."""
    name = key if key.isidentifier() and key.isascii() and key[:1].isupper() else pascal(key)
    if name[0].isdigit():
        name = "Type" + name
    return safe_type_name(name)


def safe_type_name(name: str) -> str:
    if keyword.iskeyword(name) or name in RESERVED_TYPE_NAMES:
        return name + "Model"
    return name


def python_string(value: str) -> str:
    """A double-quoted Python string literal for any text (quotes, backslashes, control characters)."""
    out = ['"']
    for char in value:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif not char.isprintable() or 0xD800 <= ord(char) <= 0xDFFF:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def param_type_name(schema_name: str) -> str:
    """The request-side name of a schema: `TextBlock` -> `TextBlockParam`; `BetaSkillParams` stays."""
    if schema_name.endswith(("Param", "Params")):
        return schema_name
    return schema_name + "Param"


def module_name(type_name: str) -> str:
    """`BetaMessage` -> `beta_message`. A module may not be a keyword (`Class` -> `class_`), nor a builtin or
    a name the lazy package `__init__` uses: once imported, a submodule is an attribute of its package and
    would shadow it there (`Str` -> `str_`)."""
    name = snake(type_name)
    if name[0].isdigit():
        name = "type_" + name
    if keyword.iskeyword(name) or name in _SHADOWING_MODULE_NAMES:
        name += "_"
    return name


# Python's lowercase builtins (a fixed list, so that names do not depend on the generator's Python) and
# the names a lazy package `__init__` uses.
_SHADOWING_MODULE_NAMES = frozenset(
    [
        "abs",
        "aiter",
        "all",
        "anext",
        "any",
        "ascii",
        "bin",
        "bool",
        "breakpoint",
        "bytearray",
        "bytes",
        "callable",
        "chr",
        "classmethod",
        "compile",
        "complex",
        "copyright",
        "credits",
        "delattr",
        "dict",
        "dir",
        "divmod",
        "enumerate",
        "eval",
        "exec",
        "exit",
        "filter",
        "float",
        "format",
        "frozenset",
        "getattr",
        "globals",
        "hasattr",
        "hash",
        "help",
        "hex",
        "id",
        "input",
        "int",
        "isinstance",
        "issubclass",
        "iter",
        "len",
        "license",
        "list",
        "locals",
        "map",
        "max",
        "memoryview",
        "min",
        "next",
        "object",
        "oct",
        "open",
        "ord",
        "pow",
        "print",
        "property",
        "quit",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "setattr",
        "slice",
        "sorted",
        "staticmethod",
        "str",
        "sum",
        "super",
        "tuple",
        "type",
        "vars",
        "zip",
        "importlib",
        "annotations",
    ]
)


def singular(word: str) -> str:
    """A light singular for resource names (`batches` -> `batch`, `files` -> `file`)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def params_type_name(resource_singular: str, method: str) -> str:
    """`Batch` + `create` -> `BatchCreateParams`, the official name of a method's params TypedDict."""
    return f"{resource_singular}{pascal(method)}Params"


def resource_class_name(resource: str) -> str:
    return pascal(resource)

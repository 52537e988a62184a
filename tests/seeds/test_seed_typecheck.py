"""Every Python sample of the seed documents type-checks against the generated package.

pyright (the project's pinned one, ``standard`` mode, Python 3.9) checks every prepared sample
(see samples.py: context, elisions, async wrapping; the text of a sample is never changed) in a
single run, with ``extraPaths`` = generated/ and the stub modules. Documentation code is loosely
typed in places: ``message.content[0].text`` reads ``.text`` from a union of content blocks, and
``tools = [{...}]`` is inferred as ``list[dict[str, ...]]`` rather than the ``ToolParam`` TypedDict.
Those diagnostics are listed in EXPECTED. They are exactly what the same pyright reports for the
same files against the official ``anthropic==0.79.0`` wheel (compared once, by hand, with the wheel
from PyPI; the tests never download it). Any other diagnostic is a defect of our SDK's types.

A second check makes sure the names the samples import from ``anthropic`` are declared: a module
``__getattr__`` visible to the type checker would make any name (even a misspelled one) ``Any``,
and the first check could not notice a missing export.
"""

from __future__ import annotations

import ast
import collections
import json
import re
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from tests.e2e._support import GENERATED, ROOT, once, run
from tests.seeds.samples import all_samples, prepare, write_stubs

PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
SAMPLES = all_samples()

Diagnostic = Tuple[str, str, str]  # (rule, the source line, stripped; the message's first line)

_BLOCKS = ("RedactedThinkingBlock", "ServerToolUseBlock", "ThinkingBlock", "ToolUseBlock", "WebSearchToolResultBlock")
_DELTAS = ("CitationsDelta", "InputJSONDelta", "SignatureDelta", "ThinkingDelta")


def _text_on_union(line: str, classes: Tuple[str, ...], times: int = 1) -> List[Diagnostic]:
    """``.text`` read from a union (content blocks or deltas) without narrowing it first."""
    message = 'Cannot access attribute "text" for class "{}"'
    return [("reportAttributeAccessIssue", line, message.format(name)) for name in classes] * times


def _untyped_tools(times: int = 1) -> List[Diagnostic]:
    """``tools = [{...}]`` is a ``list[dict[str, ...]]`` for pyright, not ``Iterable[ToolUnionParam]``."""
    message = (
        'Argument of type "list[dict[str, Unknown]]" cannot be assigned to parameter "tools" of type '
        '"Iterable[ToolUnionParam] | Omit" in function "create"'
    )
    return [("reportArgumentType", "tools=tools,", message)] * times


_PRINT_TEXT = "print(message.content[0].text)"
_DELTA_TEXT = 'print(event.delta.text, end="", flush=True)'

# The diagnostics each sample gets, identical with the official 0.79.0 package; others get none.
EXPECTED: Dict[str, List[Diagnostic]] = {
    "reference:1": _text_on_union(_PRINT_TEXT, _BLOCKS),
    "reference:3": _text_on_union(_PRINT_TEXT, _BLOCKS),
    "reference:4": _text_on_union(_PRINT_TEXT + '  # "The capital of France is Paris."', _BLOCKS),
    "reference:6": _text_on_union(
        'messages.append({"role": "assistant", "content": response.content[0].text})', _BLOCKS
    ),
    "reference:9": _text_on_union(_DELTA_TEXT, _DELTAS),
    "reference:11": _text_on_union(_PRINT_TEXT, _BLOCKS)
    + _text_on_union("accumulated_text = stream.current_message_snapshot.content[0].text", _BLOCKS),
    "reference:12": _text_on_union(_DELTA_TEXT, _DELTAS),
    "reference:13": _text_on_union(_PRINT_TEXT, _BLOCKS),
    "reference:16": _untyped_tools(),
    "reference:17": _untyped_tools(3) + _text_on_union("print(response.content[0].text)", _BLOCKS),
    "reference:31": _text_on_union("assistant_message = response.content[0].text", _BLOCKS, times=2),
}


def _file_name(key: str) -> str:
    return "sample_" + key.replace(":", "_") + ".py"


def _imported_names() -> List[Tuple[str, str]]:
    """(module, name) for every ``from anthropic... import name`` and ``anthropic.<name>`` in the samples."""
    found: List[Tuple[str, str]] = []
    for sample in SAMPLES:
        for node in ast.walk(ast.parse(sample.code)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "anthropic":
                found.extend((node.module or "", alias.name) for alias in node.names)
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "anthropic":
                found.append(("anthropic", node.attr))
    return sorted(set(found))


def _write_probe(directory: Path) -> None:
    lines = ["# reveal_type of every name the samples take from the anthropic package"]
    for index, (module, name) in enumerate(_imported_names()):
        lines.append(f"from {module} import {name} as _name{index}")
        lines.append(f"reveal_type(_name{index})  # {module}.{name}")
    (directory / "probe_imports.py").write_text("\n".join(lines) + "\n")
    (directory / "probe_unknown.py").write_text(UNKNOWN_NAMES)


# Misspelled names: the official package makes pyright report each line (a user's typo is caught).
UNKNOWN_NAMES = """\
import anthropic
from anthropic import Anthropc
from anthropic.types import MesageParam
client = anthropic.Anthropic(api_key="k")
anthropic.AsyncAnthropik
"""


def _run_pyright(directory: Path) -> None:
    write_stubs(directory / "stubs")
    for sample in SAMPLES:
        (directory / _file_name(sample.key)).write_text(prepare(sample).code)
    _write_probe(directory)
    config = {
        "include": ["."],
        "exclude": ["stubs", "**/__pycache__"],
        "extraPaths": [str(GENERATED), str(directory / "stubs")],
        "pythonVersion": "3.9",
        "typeCheckingMode": "standard",
        "venvPath": str(ROOT),
        "venv": ".venv",
    }
    (directory / "pyrightconfig.json").write_text(json.dumps(config, indent=2))
    result = run([PYRIGHT, "-p", directory / "pyrightconfig.json", "--outputjson"], cwd=directory, check=False)
    report = json.loads(result.stdout)
    (directory / "report.json").write_text(json.dumps(report, indent=1))


@pytest.fixture(scope="session")
def pyright_report(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Any]:
    directory = once(tmp_path_factory, "seeds-pyright", _run_pyright)
    return {"dir": directory, **json.loads((directory / "report.json").read_text())}


def _diagnostics(report: Dict[str, Any], file_name: str, severity: str = "error") -> List[Diagnostic]:
    found: List[Diagnostic] = []
    for item in report["generalDiagnostics"]:
        path = Path(item["file"])
        if path.name != file_name or item["severity"] != severity:
            continue
        line = path.read_text().splitlines()[item["range"]["start"]["line"]].strip()
        found.append((item.get("rule", ""), line, item["message"].splitlines()[0]))
    return found


def test_every_python_fence_is_a_sample() -> None:
    """36 ```python fences (31 + 5); the "Best Practices 1" one is split in two."""
    assert [s.key for s in SAMPLES if s.doc == "briefing"] == [f"briefing:{n}" for n in range(1, 6)]
    reference = [s.key for s in SAMPLES if s.doc == "reference"]
    assert len(reference) == 32 and "reference:27a" in reference and "reference:27b" in reference
    for sample in SAMPLES:
        assert sample.code.strip(), sample.key
        assert sample.path.read_text().count(sample.code.strip().splitlines()[0]) >= 1


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.test_id for s in SAMPLES])
def test_sample_type_checks(sample: Any, pyright_report: Dict[str, Any]) -> None:
    assert pyright_report["summary"]["filesAnalyzed"] >= len(SAMPLES)
    found = collections.Counter(_diagnostics(pyright_report, _file_name(sample.key)))
    expected = collections.Counter(EXPECTED.get(sample.key, []))
    unexpected = sorted((found - expected).elements())
    missing = sorted((expected - found).elements())
    source = pyright_report["dir"] / _file_name(sample.key)
    assert not unexpected and not missing, (
        f"{sample.key} ({sample.heading}): pyright differs from the official SDK's diagnostics\n"
        f"unexpected: {json.dumps(unexpected, indent=1)}\nmissing: {json.dumps(missing, indent=1)}\n"
        f"file: {source}"
    )


@pytest.mark.parametrize("module_name", _imported_names(), ids=[f"{m}.{n}" for m, n in _imported_names()])
def test_imported_names_are_declared(module_name: Tuple[str, str], pyright_report: Dict[str, Any]) -> None:
    """pyright knows the type of every name the samples import (not ``Any`` from a module ``__getattr__``)."""
    module, name = module_name
    index = _imported_names().index(module_name)
    alias = re.compile(rf"\b_name{index}\b")
    errors = [d for d in _diagnostics(pyright_report, "probe_imports.py") if alias.search(d[1])]
    assert not errors, errors
    revealed = [
        d[2] for d in _diagnostics(pyright_report, "probe_imports.py", "information") if f'"_name{index}"' in d[2]
    ]
    assert len(revealed) == 1, revealed
    assert not revealed[0].endswith(('is "Any"', 'is "Unknown"')), (
        f"`from {module} import {name}` is typed as Any: {module} does not declare {name} for type checkers "
        f"(a module __getattr__ answers for any name). pyright said: {revealed[0]}"
    )


def test_misspelled_names_are_reported(pyright_report: Dict[str, Any]) -> None:
    """``from anthropic import Anthropc`` is an error for pyright, as with the official package."""
    lines = sorted(line for _, line, _ in _diagnostics(pyright_report, "probe_unknown.py"))
    assert lines == sorted(
        ["from anthropic import Anthropc", "from anthropic.types import MesageParam", "anthropic.AsyncAnthropik"]
    ), (
        "pyright accepts misspelled names from the anthropic package: its __init__ modules define a "
        "module-level __getattr__ returning Any that type checkers see (official 0.79.0 reports all three). "
        f"Reported: {lines}"
    )

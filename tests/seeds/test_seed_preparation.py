"""How each seed sample is prepared (samples.py), pinned so that a change in the seeds is noticed.

Most reference samples are fragments of one document: they use the ``client`` the Quick Start
creates, ``tools`` from "Defining Tools", the error classes imported by "Error Handling". Two
samples elide arguments (``create(...)``) and two await at top level. The briefing's samples are
complete programs except the batches one, which awaits at top level.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Tuple

import pytest

from tests.seeds.samples import Sample, all_samples, free_names, prepare

SAMPLES = all_samples()

# sample -> (free names given context, elided call filled, wrapped in async main)
PREPARATION: Dict[str, Tuple[List[str], bool, bool]] = {
    **{
        f"reference:{n}": (["client"], False, False) for n in (4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 18, 19, 28, 30)
    },
    "reference:10": (["AsyncAnthropic", "asyncio"], False, False),
    "reference:17": (["tools", "client"], False, False),
    "reference:20": (["Anthropic"], False, False),
    "reference:22": (["RateLimitError", "client"], False, False),
    "reference:25": (["client"], True, False),
    "reference:26": (["message"], False, False),
    "reference:27a": (["client"], True, False),
    "reference:27b": (["client"], True, True),
    "reference:29": (["AsyncAnthropic"], False, False),
    "briefing:5": ([], False, True),
}


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.test_id for s in SAMPLES])
def test_preparation(sample: Sample) -> None:
    prepared = prepare(sample)
    names, elided, wrapped = PREPARATION.get(sample.key, ([], False, False))
    assert prepared.context_names == names
    assert any(note.startswith("elision:") for note in prepared.notes) == elided
    assert any(note.startswith("async:") for note in prepared.notes) == wrapped
    # The result is a complete program: it compiles and binds every name it uses.
    compile(prepared.code, sample.key, "exec")
    assert free_names(prepared.code) == []
    # The sample's own text is in it, unchanged (apart from the indentation of an async wrap
    # and the filled elision).
    body = prepared.code
    for line in sample.code.splitlines():
        if line.strip() and "(...)" not in line:
            assert line.strip() in body, line


def test_context_keeps_the_environment() -> None:
    """Borrowed statements never pin a key or the real API's URL (the samples must hit the fake API)."""
    for sample in SAMPLES:
        code = prepare(sample).code
        if "# --- sample ---" not in code:
            continue
        header = code.split("# --- sample ---")[0]
        for node in ast.walk(ast.parse(header)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert "your-api-key" not in node.value, "a context must not replace the environment's key"
                assert "api.anthropic.com" not in node.value, "a context must not pin the real API's URL"

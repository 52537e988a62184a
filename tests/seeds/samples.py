"""The Python samples of the seed documents, and how each one is made runnable.

The samples are read at test time from ``/work/shared/seeds/*.md`` (the ```` ```python ```` fences,
in document order); nothing of them is copied into this repository. A sample is never edited;
before it is type-checked and run, these mechanical steps may apply, each one driven by a small
explicit table below and reported in :attr:`Prepared.notes`:

1. **split** (``SPLITS``): a block that shows two alternatives side by side ("# Good" ... "# Also
   good for async") becomes two samples, cut at the line that starts the second one.
2. **elision** (``ELISIONS``): the documents write ``client.messages.create(...)`` for "the
   arguments shown before"; the literal ``(...)`` is replaced by the argument list of the call
   the table names (a sample of the same document), read from that sample's syntax tree.
3. **context** (``CONTEXT``): names the sample uses but never binds (``client``, ``tools``,
   ``AsyncAnthropic``, ...) are found with :mod:`ast`; for each, the table names the sample of the
   same document that introduces it, and the statements binding that name (an import, or an
   assignment, dedented out of a function when needed) are prefixed, with the imports they need
   in turn, recursively.
4. **async wrap**: a sample with ``await`` / ``async with`` / ``async for`` outside a function is
   indented into ``async def main()`` and run with ``asyncio.run(main())``.
5. **stubs and files** (``STUBS``, ``FILES``): third-party modules the samples import but the SDK
   does not depend on (``rich``, ``tenacity``) are tiny stubs on the path; files they open
   (``image.jpg``) are written next to them.

Everything else (what each sample must send to the fake API, which diagnostics pyright reports
for it) lives with the tests that check it.
"""

from __future__ import annotations

import ast
import builtins
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
DOCS = {"reference": "sdk-reference.md", "briefing": "sdk-product-briefing.md"}


@dataclass(frozen=True)
class Sample:
    key: str  # "<doc>:<n>" with n the 1-based index of the python fence in the document, "a"/"b" for splits
    doc: str  # a key of DOCS
    heading: str  # the innermost heading (or the bold label before the fence, in the briefing)
    section: str  # the enclosing second-level heading
    line: int  # line of the sample's first line in the document
    code: str

    @property
    def test_id(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.heading.lower()).strip("-")
        return f"{self.key.replace(':', '-')}-{slug}"

    @property
    def path(self) -> Path:
        return SEEDS_DIR / DOCS[self.doc]


# --------------------------------------------------------------------------- extraction

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_FENCE = re.compile(r"^```(\S*)\s*$")
_LABEL = re.compile(r"^\*\*(.+?):?\*\*\s*$")


def extract(doc: str) -> List[Sample]:
    """Every ```python fence of one seed document, in order (splits applied)."""
    path = SEEDS_DIR / DOCS[doc]
    lines = path.read_text(encoding="utf-8").splitlines()
    samples: List[Sample] = []
    headings: List[str] = []
    label: Optional[str] = None
    fence: Optional[str] = None
    start = 0
    body: List[str] = []
    count = 0
    for number, line in enumerate(lines, 1):
        if fence is None:
            heading = _HEADING.match(line)
            if heading:
                level = len(heading.group(1))
                headings = headings[: level - 1] + [""] * (level - 1 - len(headings)) + [heading.group(2)]
                label = None
                continue
            bold = _LABEL.match(line.strip())
            if bold:
                label = bold.group(1).rstrip(":")
                continue
            opening = _FENCE.match(line)
            if opening:
                fence, start, body = opening.group(1).lower(), number, []
            continue
        if line.startswith("```"):
            if fence in ("python", "py"):
                count += 1
                named = [h for h in headings if h]
                heading = label or (named[-1] if named else DOCS[doc])
                section = headings[1] if len(headings) > 1 and headings[1] else heading
                code = "\n".join(body) + "\n"
                samples.extend(_split(Sample(f"{doc}:{count}", doc, heading, section, start + 1, code)))
            fence = None
            continue
        body.append(line)
    return samples


def all_samples() -> List[Sample]:
    return [sample for doc in DOCS for sample in extract(doc)]


# --------------------------------------------------------------------------- the tables

# A block showing two alternatives: the line (stripped) where the second sample starts.
SPLITS: Dict[str, str] = {
    # "# Good" (sync, with the sync client) / "# Also good for async" (needs the async client and
    # an event loop): one client name cannot serve both halves.
    "reference:27": "# Also good for async",
}

# (sample, callee) -> the sample whose call to the same callee supplies the elided arguments.
ELISIONS: Dict[Tuple[str, str], str] = {
    ("reference:25", "client.messages.create"): "reference:4",  # Message Object <- Creating Messages
    ("reference:27a", "client.messages.stream"): "reference:8",  # Best Practices <- Basic Streaming
    ("reference:27b", "client.messages.stream"): "reference:10",  # (async) <- Async Streaming
}

# Where a name a sample uses without binding it comes from: (sample or doc, name) -> sample.
# A sample-specific entry wins over the document-wide one.
CONTEXT: Dict[Tuple[str, str], str] = {
    # The document's first client: `client = anthropic.Anthropic(api_key=os.environ.get(...))`.
    ("reference", "client"): "reference:1",
    # `from anthropic import Anthropic` (Retries and Timeouts uses it without importing it).
    ("reference", "Anthropic"): "reference:2",
    # `AsyncAnthropic` and `asyncio` from the "Async Client" sample.
    ("reference", "AsyncAnthropic"): "reference:3",
    ("reference", "asyncio"): "reference:3",
    # The error classes, imported by the "Error Handling" sample.
    ("reference", "RateLimitError"): "reference:19",
    # `tools = [...]` from "Defining Tools", used by "Handling Tool Use".
    ("reference", "tools"): "reference:16",
    # `message = client.messages.create(...)` from "Message Object", used by "Content Blocks".
    ("reference", "message"): "reference:25",
    # The async half of Best Practices 1 needs the async client: `client = AsyncAnthropic()`.
    ("reference:27b", "client"): "reference:3",
}

# Modules some samples import that the SDK does not depend on: stubbed with what they use.
STUBS: Dict[str, str] = {
    "rich": '''\
"""Stub of rich (only ``rich.print``) for running the seed samples."""
import builtins
from typing import IO, Any, Optional


def print(*objects: Any, sep: str = " ", end: str = "\\n", file: Optional[IO[str]] = None, flush: bool = False) -> None:
    builtins.print(*objects, sep=sep, end=end, file=file, flush=flush)
''',
    "tenacity": '''\
"""Stub of tenacity (``retry``, ``stop_after_attempt``, ``wait_exponential``) for the seed samples.

It retries like tenacity but never sleeps."""
import functools
from typing import Any, Callable, TypeVar

from typing_extensions import ParamSpec

P = ParamSpec("P")
R = TypeVar("R")


class stop_after_attempt:
    def __init__(self, max_attempt_number: int) -> None:
        self.max_attempt_number = max_attempt_number


class wait_exponential:
    def __init__(self, multiplier: float = 1, max: float = 60, exp_base: float = 2, min: float = 0) -> None:
        self.multiplier, self.max, self.exp_base, self.min = multiplier, max, exp_base, min


def retry(*, stop: stop_after_attempt, wait: Any = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, stop.max_attempt_number + 1):
                try:
                    return function(*args, **kwargs)
                except Exception:
                    if attempt == stop.max_attempt_number:
                        raise
            raise AssertionError("unreachable")

        return wrapper

    return decorate
''',
}

# A real 1x1 JPEG (JFIF, baseline, grey), for the vision samples' ``open("image.jpg", "rb")``.
JPEG_1X1 = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912"
    "130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001"
    "000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b51000020103"
    "03020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f0243362"
    "7282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a7374"
    "75767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8"
    "c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9"
)

# Files a sample opens, written into its working directory.
FILES: Dict[str, Dict[str, bytes]] = {
    "reference:13": {"image.jpg": JPEG_1X1},
}

# Samples for the cloud platforms: type-checked here, run by the platform tests.
PLATFORM_SAMPLES = frozenset({"reference:23", "reference:24"})


# --------------------------------------------------------------------------- preparation


@dataclass
class Prepared:
    sample: Sample
    code: str
    notes: List[str] = field(default_factory=list)
    context_names: List[str] = field(default_factory=list)


def _split(sample: Sample) -> List[Sample]:
    marker = SPLITS.get(sample.key)
    if marker is None:
        return [sample]
    lines = sample.code.splitlines(keepends=True)
    cut = next(index for index, line in enumerate(lines) if line.strip() == marker)
    first, second = "".join(lines[:cut]).rstrip() + "\n", "".join(lines[cut:])
    return [
        Sample(f"{sample.key}a", sample.doc, sample.heading, sample.section, sample.line, first),
        Sample(f"{sample.key}b", sample.doc, f"{sample.heading} (async)", sample.section, sample.line + cut, second),
    ]


def _by_key() -> Dict[str, Sample]:
    return {sample.key: sample for sample in all_samples()}


def _callee(node: ast.AST) -> str:
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def _call_arguments(code: str, callee: str) -> str:
    """The source of the arguments of the first call to ``callee`` in ``code``."""
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee(node.func) == callee:
            pieces = [ast.get_source_segment(code, argument) for argument in [*node.args, *node.keywords]]
            return ", ".join(piece for piece in pieces if piece)
    raise LookupError(f"no call to {callee} in the sample")


def fill_elisions(key: str, code: str, samples: Dict[str, Sample]) -> Tuple[str, List[str]]:
    notes = []
    for (target, callee), source in ELISIONS.items():
        if target != key:
            continue
        elided = f"{callee}(...)"
        if elided not in code:
            raise AssertionError(f"{key}: the table expects {elided} in the sample")
        arguments = _call_arguments(fill_elisions(source, samples[source].code, samples)[0], callee)
        code = code.replace(elided, f"{callee}({arguments})")
        notes.append(f"elision: {elided} takes the arguments of {source} ({samples[source].heading})")
    return code, notes


_BUILTINS = set(dir(builtins)) | {"__name__", "__file__"}


def free_names(code: str) -> List[str]:
    """Names read but never bound anywhere in ``code`` (flow-insensitive), in order of first use."""
    tree = ast.parse(code)
    bound: Set[str] = set()
    used: List[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, (ast.Store, ast.Del)):
                bound.add(node.id)
            elif node.id not in used:
                used.append(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bound.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return [name for name in used if name not in bound and name not in _BUILTINS]


def _binding_statements(code: str, name: str) -> List[str]:
    """The statements of ``code`` that bind ``name``: imports (just that name) or an assignment."""
    tree = ast.parse(code)
    found: List[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if (alias.asname or alias.name).split(".")[0] == name:
                    found.append(f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else ""))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    found.append(
                        f"from {'.' * node.level}{node.module or ''} import {alias.name}"
                        + (f" as {alias.asname}" if alias.asname else "")
                    )
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            segment = ast.get_source_segment(code, node, padded=True)
            assert segment is not None
            found.append(textwrap.dedent(segment))
    if not found:
        raise LookupError(f"the sample does not bind {name!r}")
    return found[:1]


def _context(key: str, doc: str, names: Sequence[str], samples: Dict[str, Sample]) -> Tuple[List[str], List[str]]:
    """Statements (in dependency order) that bind ``names``, and one note per resolved name."""
    statements: List[str] = []
    notes: List[str] = []
    done: Set[str] = set()

    def resolve(name: str, requester: str, wanted_from: Optional[str]) -> None:
        if name in done:
            return
        done.add(name)
        source = (
            wanted_from if wanted_from is not None else (CONTEXT.get((requester, name)) or CONTEXT.get((doc, name)))
        )
        if source is None:
            raise LookupError(f"{key}: no context for the free name {name!r}; add it to CONTEXT")
        source_code, _ = fill_elisions(source, samples[source].code, samples)
        for statement in _binding_statements(source_code, name):
            # What the borrowed statement needs comes from its own sample first, then the table.
            for needed in free_names(statement):
                own = _binds(source_code, needed)
                resolve(needed, source, source if own else None)
            statements.append(statement.rstrip())
        if requester == key:
            notes.append(f"context: {name!r} from {source} ({samples[source].heading})")

    for name in names:
        resolve(name, key, None)
    return statements, notes


def _binds(code: str, name: str) -> bool:
    try:
        _binding_statements(code, name)
    except LookupError:
        return False
    return True


def _has_top_level_async(code: str) -> bool:
    tree = ast.parse(code)

    def visit(node: ast.AST, inside: bool) -> bool:
        if isinstance(node, (ast.Await, ast.AsyncWith, ast.AsyncFor)) and not inside:
            return True
        if isinstance(node, (ast.comprehension,)) and node.is_async and not inside:
            return True
        child_inside = inside or isinstance(node, (ast.AsyncFunctionDef, ast.FunctionDef, ast.Lambda))
        return any(visit(child, child_inside) for child in ast.iter_child_nodes(node))

    return visit(tree, False)


def prepare(sample: Sample) -> Prepared:
    """The sample made runnable: elisions filled, context prefixed, top-level await wrapped."""
    samples = _by_key()
    code, notes = fill_elisions(sample.key, sample.code, samples)
    names = free_names(code)
    statements, context_notes = _context(sample.key, sample.doc, names, samples)
    notes.extend(context_notes)
    if _has_top_level_async(code):
        code = (
            "import asyncio\n\n\nasync def main() -> None:\n"
            + textwrap.indent(code, "    ")
            + "\n\nasyncio.run(main())\n"
        )
        notes.append("async: top-level await wrapped in `async def main()` + `asyncio.run(main())`")
    header = f"# {sample.path.name}, python sample {sample.key.split(':')[1]} ({sample.heading}), line {sample.line}\n"
    if statements:
        header += "# --- context (see tests/seeds/samples.py) ---\n" + "\n".join(statements) + "\n# --- sample ---\n"
    return Prepared(sample, header + code, notes, names)


def write_stubs(directory: Path, modules: Iterable[str] = STUBS) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for module in modules:
        (directory / f"{module}.py").write_text(STUBS[module])
    return directory


def write_files(sample: Sample, directory: Path) -> None:
    for name, data in FILES.get(sample.key, {}).items():
        (directory / name).write_bytes(data)

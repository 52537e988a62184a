"""The benchmark cases: names, what each measures, and its budget.

Standard library only (imported by the workers of every implementation).

Kinds:
  loop       a persistent worker per implementation repeats one operation; samples interleaved
  import     a fresh interpreter per sample: `import anthropic` (or `import httpx`)
  firstcall  a fresh interpreter per sample: construct the client, first and second create
  generator  our generator vs openapi-python-client, each a fresh process per sample
  typecheck  mypy and pyright, cold, over a 10-line user script: ours vs the official package
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    title: str
    op: str = ""  # loop cases: create | async | models | events | text | tool
    variant: str = "small"  # the server's canned response (x-bench-variant)
    request: str = "small"  # small | large | stream | tool
    size: int = 0  # stream cases: number of deltas
    max_wall: float = 20.0  # seconds for the whole case (all implementations), full run
    max_rounds: int = 40  # rounds of A B C samples
    max_iters: int = 20000  # operations per implementation over all samples
    min_rounds: int = 3  # keep going past max_wall (up to 1.5x) until this many rounds
    heavy: bool = False  # left out of --quick unless named in --cases (ops of seconds for the official SDK)


def _k(n: int) -> str:
    return f"{n // 1000}k"


CASES: List[Case] = [
    Case("import", "import", "cold `import anthropic` (raw: `import httpx`)", max_wall=20, max_rounds=15),
    Case(
        "first-call",
        "firstcall",
        "fresh process: construct client, 1st and 2nd messages.create",
        max_wall=20,
        max_rounds=12,
    ),
    Case("create-small", "loop", "messages.create, ~1 KB response", op="create", variant="small", max_wall=15),
    Case(
        "create-large-response", "loop", "messages.create, ~100 KB response", op="create", variant="large", max_wall=15
    ),
    Case(
        "create-large-request",
        "loop",
        "messages.create, 40 turns + 5 tools (~23 KB request)",
        op="create",
        request="large",
        max_wall=15,
    ),
    Case("async-16", "loop", "async messages.create, 16 concurrent (per batch of 16)", op="async", max_wall=15),
    Case("models-list", "loop", "`for m in client.models.list()`: 50 pages", op="models", max_wall=15),
]
for _n in (20000, 64000):
    CASES.append(
        Case(
            f"stream-events-{_k(_n)}",
            "loop",
            f"stream=True, iterate {_n:,} raw text-delta events",
            op="events",
            variant=f"text-{_n}",
            request="stream",
            size=_n,
            max_wall=20 if _n < 50000 else 28,
            heavy=_n > 50000,
        )
    )
for _n in (20000, 64000):
    CASES.append(
        Case(
            f"stream-text-{_k(_n)}",
            "loop",
            f"messages.stream: text_stream + get_final_message(), {_n:,} deltas",
            op="text",
            variant=f"text-{_n}",
            request="stream",
            size=_n,
            max_wall=20 if _n < 50000 else 32,
            heavy=_n > 50000,
        )
    )
for _n in (1000, 5000, 20000):
    CASES.append(
        Case(
            f"tool-stream-{_k(_n)}",
            "loop",
            f"messages.stream tool use: {_n:,} input_json_delta chunks, get_final_message()",
            op="tool",
            variant=f"tool-{_n}",
            request="tool",
            size=_n,
            max_wall={1000: 12, 5000: 20, 20000: 60}[_n],
            min_rounds=2 if _n > 10000 else 3,
            heavy=_n > 10000,
        )
    )
CASES += [
    Case(
        "generator",
        "generator",
        "full SDK generation incl. formatting vs openapi-python-client",
        max_wall=30,
        max_rounds=8,
    ),
    Case(
        "typecheck",
        "typecheck",
        "mypy and pyright, cold, over a 10-line user script",
        max_wall=45,
        max_rounds=4,
        min_rounds=2,
    ),
]

BY_NAME: Dict[str, Case] = {c.name: c for c in CASES}

# The three implementations, in the order of the table's columns.
IMPLS: Tuple[str, ...] = ("ours", "official", "raw")

"""RESULTS.md: tables of medians (min–max), ratios to raw httpx, machine info, date."""

from __future__ import annotations

import math
import os
import platform
import statistics
import subprocess
from typing import Any, Dict, List, Optional, Sequence

from .cases import IMPLS
from .envs import ROOT
from .harness import CaseResult, Series

LABELS = {"ours": "ours", "official": "official 0.79.0", "raw": "raw httpx"}


def fmt_time(s: float) -> str:
    if s < 1e-3:
        return f"{s * 1e6:.3g} µs"
    if s < 1:
        return f"{s * 1e3:.3g} ms"
    return f"{s:.3g} s"


def fmt_bytes(b: float) -> str:
    return f"{b / 2**20:.1f} MiB"


def fmt_count(n: float) -> str:
    return f"{n:.0f}"


def cell(series: Optional[Series], fmt=fmt_time, spread: bool = True) -> str:
    if not series:
        return ""
    if not spread or len(series.values) == 1:
        return fmt(series.median)
    return f"{fmt(series.median)} ({fmt(series.lo)}–{fmt(series.hi)})"


def ratio(a: Optional[Series], b: Optional[Series], brackets: bool = False) -> str:
    """The median of the per-round ratios (samples taken side by side, so a slow spell of a noisy
    machine hits both), or the ratio of the medians when the samples do not pair up."""
    if not a or not b or b.median <= 0:
        return ""
    if len(a.values) == len(b.values) and len(a.values) >= 3 and min(b.values) > 0:
        value = statistics.median([x / y for x, y in zip(a.values, b.values)])
    else:
        value = a.median / b.median
    text = f"{value:.2f}×"
    return f"[{text}]" if brackets else text


def _impl_cell(res: CaseResult, metric: str, impl: str, fmt=fmt_time, spread: bool = True) -> str:
    if impl in res.na:
        return "n/a" if res.na[impl].startswith("n/a") or "not importable" in res.na[impl] else "error"
    text = cell(res.metrics.get(metric, {}).get(impl), fmt, spread)
    if impl in res.extra.get("mismatch", []):
        text += " ⚠ mismatch"
    return text


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> List[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly)) / den if den else float("nan")


def tool_slopes(results: List[CaseResult]) -> Dict[str, Any]:
    tools = sorted((r for r in results if r.case.op == "tool"), key=lambda r: r.case.size)
    out: Dict[str, Any] = {"sizes": [r.case.size for r in tools], "rows": {}}
    for impl in IMPLS:
        pts = [(r.case.size, r.metrics["op"][impl].median) for r in tools if r.metrics.get("op", {}).get(impl)]
        out["rows"][impl] = {"points": dict(pts), "slope": slope(*zip(*pts)) if len(pts) >= 2 else None}
    return out


def machine_info() -> List[str]:
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = fmt_bytes(int(f.readline().split()[1]) * 1024)
    except (OSError, ValueError, IndexError):
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    return [
        f"- CPU: {cpu}; {os.cpu_count()} logical CPUs ({usable} usable by this process)",
        f"- memory: {mem}; OS: {platform.platform()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
    ]


def git_state() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "generated", "templates", "handwritten", "generator", "openapi"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return f"{head}{' + uncommitted changes in generated/templates/handwritten/generator/openapi' if dirty else ''}"
    except OSError:
        return "?"


def render(results: List[CaseResult], meta: Dict[str, Any]) -> str:
    lines: List[str] = ["# Benchmark results", ""]
    lines.append(
        f"Run of {meta['date']} (`{meta['command']}`), {meta['duration']:.0f} s in all. "
        "Figures are medians over interleaved samples (min–max in parentheses); "
        "a ratio is the median over the rounds of (this implementation's sample ÷ raw httpx's sample in the same "
        "round); the official SDK's ratio is in brackets. "
        "See README.md for what each figure means."
    )
    lines.append("")
    lines.append("## Machine")
    lines.append("")
    lines += machine_info()
    lines.append(f"- load average at start / end: {meta['load_start']} / {meta['load_end']}")
    lines.append(f"- ours: generated tree `{meta['ours_path']}`, project commit {meta['git']}")
    for name, vers in meta["versions"].items():
        lines.append(f"- {name} env: " + ", ".join(f"{k} {v}" for k, v in sorted(vers.items())))
    lines.append("")

    by_kind: Dict[str, List[CaseResult]] = {}
    for r in results:
        by_kind.setdefault(r.case.kind, []).append(r)

    loop = by_kind.get("loop", [])
    if loop:
        lines += ["## Time per operation", ""]
        rows = []
        for r in loop:
            raw = r.metrics.get("op", {}).get("raw")
            rows.append(
                [
                    f"`{r.case.name}`: {r.case.title}",
                    *(_impl_cell(r, "op", i) for i in IMPLS),
                    ratio(r.metrics.get("op", {}).get("ours"), raw),
                    ratio(r.metrics.get("op", {}).get("official"), raw, brackets=True),
                    f"{r.rounds}",
                ]
            )
        lines += _table(["case", *(LABELS[i] for i in IMPLS), "ours ÷ raw", "[official ÷ raw]", "rounds"], rows)
        lines.append("")

    for r in by_kind.get("import", []):
        lines += [
            "## Cold import",
            "",
            "A fresh interpreter per sample; raw httpx column: `import httpx` / `httpx.Client`.",
            "",
        ]
        spec = [
            ("`import anthropic`", "import", fmt_time),
            ("… + first access to `anthropic.Anthropic`", "import+client", fmt_time),
            ("resident memory (VmRSS) after import", "rss", fmt_bytes),
            ("… after accessing the client class", "rss+client", fmt_bytes),
            ("`len(sys.modules)` after import", "modules", fmt_count),
            ("… after accessing the client class", "modules+client", fmt_count),
        ]
        rows = []
        for title, metric, fmt in spec:
            m = r.metrics.get(metric, {})
            timed = fmt is fmt_time
            rows.append(
                [
                    title,
                    *(_impl_cell(r, metric, i, fmt, spread=timed) for i in IMPLS),
                    ratio(m.get("ours"), m.get("raw")),
                    ratio(m.get("official"), m.get("raw"), brackets=True),
                ]
            )
        lines += _table(["", *(LABELS[i] for i in IMPLS), "ours ÷ raw", "[official ÷ raw]"], rows)
        lines += ["", f"{r.rounds} rounds.", ""]

    for r in by_kind.get("firstcall", []):
        lines += ["## First calls in a fresh process", ""]
        steps = [
            ("import", "`import anthropic` (raw: `import httpx`)"),
            (
                "construct",
                "`anthropic.Anthropic(api_key=..., base_url=...)`, lazy loading included (raw: `httpx.Client(...)`)",
            ),
            ("first", "first `messages.create` (~1 KB response)"),
            ("second", "second `messages.create`"),
            ("total", "total, from `import` to the second response"),
        ]
        rows = []
        for metric, title in steps:
            m = r.metrics.get(metric, {})
            rows.append(
                [
                    title,
                    *(_impl_cell(r, metric, i) for i in IMPLS),
                    ratio(m.get("ours"), m.get("raw")),
                    ratio(m.get("official"), m.get("raw"), brackets=True),
                ]
            )
        lines += _table(["", *(LABELS[i] for i in IMPLS), "ours ÷ raw", "[official ÷ raw]"], rows)
        lines += ["", f"{r.rounds} rounds.", ""]

    slopes = tool_slopes(loop)
    if len(slopes["sizes"]) >= 2:
        lines += [
            "## Tool-use stream scaling",
            "",
            "Median time of one `get_final_message()` over N `input_json_delta` chunks (~10 characters each), and the "
            "slope of log(time) over log(N): 1 is linear, 2 quadratic.",
            "",
        ]
        rows = []
        for impl in IMPLS:
            row = slopes["rows"][impl]
            s = row["slope"]
            rows.append(
                [
                    LABELS[impl],
                    *(fmt_time(row["points"][n]) if n in row["points"] else "n/a" for n in slopes["sizes"]),
                    f"{s:.2f}" if s is not None else "n/a",
                ]
            )
        lines += _table(["", *(f"{n:,} chunks" for n in slopes["sizes"]), "slope"], rows)
        lines.append("")

    for r in by_kind.get("generator", []):
        lines += [
            "## The generator",
            "",
            "Full regeneration into an empty temporary directory, formatting included, one fresh process per sample "
            "(ours: `python -m generator generate --output <tmp>`; openapi-python-client: `generate --path "
            "openapi/anthropic.openapi.yaml --meta none`, which runs its ruff post-hooks). CPU includes child processes.",
            "",
        ]
        w, c = r.metrics.get("wall", {}), r.metrics.get("cpu", {})
        na = {n: r.na.get(n, "").split(":")[0] for n in ("ours", "opc")}
        endpoints = r.extra.get("endpoints")
        dropped = r.extra.get("opc_dropped")
        rows = [
            [
                "wall time",
                cell(w.get("ours")) or na["ours"],
                cell(w.get("opc")) or na["opc"],
                ratio(w.get("ours"), w.get("opc")),
            ],
            [
                "CPU time",
                cell(c.get("ours")) or na["ours"],
                cell(c.get("opc")) or na["opc"],
                ratio(c.get("ours"), c.get("opc")),
            ],
            ["Python files written", str(r.extra.get("files:ours", "")), str(r.extra.get("files:opc", "")), ""],
        ]
        total = endpoints or "?"
        ours_endpoints = r.extra.get("endpoints:ours")
        opc_cell = ""
        if dropped is not None:
            opc_cell = (
                f"{(endpoints - len(dropped)) if endpoints else '?'}/{total} ({len(dropped)} dropped, "
                f"{len(r.extra.get('opc_partial', []))} with parts omitted, {r.extra.get('opc_warnings')} warnings)"
            )
        rows.append(["endpoints generated", f"{ours_endpoints}/{total}" if ours_endpoints else "", opc_cell, ""])
        lines += _table(["", "ours", "openapi-python-client", "ours ÷ opc"], rows)
        if dropped:
            lines += ["", "openapi-python-client dropped: " + ", ".join(f"`{d}`" for d in dropped) + "."]
            if r.extra.get("opc_partial"):
                lines += ["Generated with parts omitted: " + ", ".join(f"`{d}`" for d in r.extra["opc_partial"]) + "."]
        lines += ["", f"{r.rounds} rounds.", ""]

    for r in by_kind.get("typecheck", []):
        lines += [
            "## Type-checking a user script",
            "",
            "A 10-line script (client, `messages.create`, a `TextBlock` narrowing, passing `message.content` back, "
            "`messages.stream`) checked cold (fresh cache dir per run) against each package, both found through "
            "site-packages (ours via a `.pth` file in `bench/.cache/ours-installed-venv`), so errors inside a package "
            "are not reported, as for an installed one.",
            "",
        ]
        rows = []
        for checker in ("mypy", "pyright"):
            m = r.metrics.get(checker, {})
            if not m:
                continue
            errs = [r.extra.get(f"errors:{checker}:{n}", "") for n in ("ours", "official")]
            rows.append(
                [
                    checker,
                    _impl_cell(r, checker, "ours"),
                    _impl_cell(r, checker, "official"),
                    ratio(m.get("ours"), m.get("official")),
                    f"{errs[0]} / {errs[1]}",
                ]
            )
        lines += _table(["", "ours", "official 0.79.0", "ours ÷ official", "errors reported (ours / official)"], rows)
        for key, text in r.extra.items():
            if key.startswith("out:"):
                _, checker, name = key.split(":")
                lines += ["", f"{checker} on {name}:", "", "```", text, "```"]
        lines += ["", f"{r.rounds} rounds.", ""]

    if loop:
        lines += [
            "## Server headroom",
            "",
            "The fake server's CPU time per operation (from its own `time.process_time()`) against raw httpx's client "
            "CPU and wall time per operation. *Busy* is the share of raw httpx's wall time the server spent on CPU: "
            "well under 100 % means the server is not the bottleneck; *headroom* = raw client CPU ÷ server CPU.",
            "",
        ]
        rows = []
        for r in loop:
            raw = r.metrics.get("op", {}).get("raw")
            raw_cpu = r.metrics.get("cpu", {}).get("raw")
            srv = r.server_cpu
            if not srv or not raw or not raw_cpu:
                continue
            rows.append(
                [
                    f"`{r.case.name}`",
                    f"{r.requests_per_op:.0f}",
                    fmt_time(srv.median),
                    fmt_time(raw_cpu.median),
                    fmt_time(raw.median),
                    f"{100 * srv.median / raw.median:.0f} %",
                    f"{raw_cpu.median / srv.median:.1f}×" if srv.median > 0 else "∞",
                ]
            )
        lines += _table(
            ["case", "requests/op", "server CPU/op", "raw client CPU/op", "raw wall/op", "busy", "headroom"], rows
        )
        lines.append("")

    notes = []
    for r in results:
        for impl, reason in r.na.items():
            notes.append(f"- `{r.case.name}`, {LABELS.get(impl, impl)}: {reason}")
        for n in r.notes:
            notes.append(f"- `{r.case.name}`: {n}")
        if "profile" in r.extra:
            notes.append(f"- `{r.case.name}`: cProfile of ours in `{r.extra['profile']}`")
    if notes:
        lines += ["## Notes", "", *notes, ""]
    return "\n".join(lines).rstrip() + "\n"

"""Command line of the benchmark suite."""

from __future__ import annotations

import argparse
import datetime
import fnmatch
import os
import shlex
import sys
import time
import traceback
from pathlib import Path
from typing import List

from . import envs, harness, report
from .cases import CASES, IMPLS, Case
from .envs import BENCH, ROOT

EPILOG = """examples:
  python -m bench                         every case; writes bench/RESULTS.md (< 10 minutes)
  python -m bench --quick                 every case, few samples (~1 minute); writes bench/RESULTS-partial.md
  python -m bench --cases create-small,stream-text-*
  python -m bench --cases tool-stream-* --profile      also dump cProfile of our side to bench/.cache/profiles/
  python -m bench --ours-path /tmp/gen    benchmark a generated tree other than generated/
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmark our SDK against the official anthropic 0.79.0 and raw httpx on a local fake server.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--quick",
        action="store_true",
        help="a ~1 minute smoke run: few, short samples; leaves out the heavy cases (64k streams, 20k tool chunks) "
        "unless --cases names them",
    )
    p.add_argument("--cases", default="", help="comma-separated case names or glob patterns (see --list)")
    p.add_argument("--impls", default=",".join(IMPLS), help="comma-separated subset of: " + ", ".join(IMPLS))
    p.add_argument("--list", action="store_true", help="list the cases and exit")
    p.add_argument(
        "--ours-path", type=Path, default=ROOT / "generated", help="directory holding our `anthropic` package"
    )
    p.add_argument("--out", type=Path, help="where to write the markdown report (default: RESULTS.md for a full run)")
    p.add_argument("--no-write", action="store_true", help="print the report, write no file")
    p.add_argument(
        "--deadline",
        type=float,
        help="seconds the whole run may take; later cases get smaller budgets to keep to it (default 540, quick 100)",
    )
    p.add_argument("--profile", action="store_true", help="cProfile our side of each loop case (after measuring)")
    return p


def select_cases(spec: str, quick: bool) -> List[Case]:
    if not spec:
        return [c for c in CASES if not (quick and c.heavy)]
    patterns = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [p for p in patterns if not any(fnmatch.fnmatchcase(c.name, p) for c in CASES)]
    if unknown:
        raise SystemExit(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(c.name for c in CASES)}")
    return [c for c in CASES if any(fnmatch.fnmatchcase(c.name, p) for p in patterns)]


def main(argv: List[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list:
        for c in CASES:
            print(f"{c.name:24} {c.kind:10} {'heavy' if c.heavy else '':6} {c.title}")
        return 0
    cases = select_cases(args.cases, args.quick)
    wanted = [i.strip() for i in args.impls.split(",") if i.strip()]
    if not set(wanted) <= set(IMPLS) or not wanted:
        raise SystemExit(f"--impls: choose from {', '.join(IMPLS)}")
    log = harness.log_to_stderr
    started = time.perf_counter()
    load_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
    envs.CACHE.mkdir(parents=True, exist_ok=True)

    ours_path = args.ours_path.resolve()
    impls = envs.impls(ours_path)
    for name in IMPLS:
        if name not in wanted:
            impls[name].na = "n/a: not selected (--impls)"
    if "official" in wanted:
        problem = envs.ensure_official(log)
        if problem:
            impls["official"].na = f"error: could not set up the official SDK's venv: {problem}"
    if "ours" in wanted:
        problem = envs.ours_importable(impls["ours"])
        if problem:
            impls["ours"].na = f"n/a: our SDK is not importable from {ours_path}: {problem}"
    for name in IMPLS:
        if impls[name].na and name in wanted:
            log(f"{name}: {impls[name].na}")
    opc_na = None
    if any(c.kind == "generator" for c in cases):
        opc_na = envs.ensure_opc(log)

    budget = harness.Budget.make(args.quick)
    if args.deadline:
        budget.deadline = args.deadline
    results = []
    server = harness.Server(log)
    log(f"server on {server.base_url} (pid {server.proc.pid})")
    try:
        for k, case in enumerate(cases):
            budget.fit(cases[k:], time.perf_counter() - started)
            squeezed = f" (budgets squeezed to {budget.squeeze:.0%} to end in time)" if budget.squeeze < 1 else ""
            log(f"[{case.name}] {case.title}{squeezed}")
            try:
                if case.kind == "loop":
                    res = harness.run_loop(case, impls, server, budget, log, args.profile)
                elif case.kind in ("import", "firstcall"):
                    res = harness.run_fresh(case, impls, server, budget, log)
                elif case.kind == "generator":
                    res = harness.run_generator(case, budget, log, opc_na)
                else:
                    res = harness.run_typecheck(case, impls, ours_path, budget, log)
            except Exception as exc:  # one broken case must not lose the others' figures
                traceback.print_exc()
                res = harness.CaseResult(case)
                res.notes.append(f"the harness failed on this case: {type(exc).__name__}: {exc}")
            if budget.squeeze < 1:
                res.notes.append(
                    f"budget squeezed to {budget.squeeze:.0%} to keep the run within {budget.deadline:.0f} s"
                )
            results.append(res)
            log(_summary(res))
    finally:
        server.close()

    duration = time.perf_counter() - started
    versions = {
        "project .venv (ours, raw)": envs.versions(
            envs.project_python(), ["httpx", "pydantic", "pydantic-core", "jiter", "mypy"], envs.base_env()
        ),
    }
    if "official" in wanted and not impls["official"].na:
        versions["official venv"] = envs.versions(
            impls["official"].python, ["anthropic", "httpx", "pydantic", "pydantic-core", "jiter"], envs.base_env()
        )
    if opc_na is None and any(c.kind == "generator" for c in cases):
        versions["opc venv"] = envs.versions(
            str(envs.OPC_VENV / "bin" / "python"), ["openapi-python-client", "ruff"], envs.base_env()
        )
    meta = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join(["python -m bench", *(shlex.quote(a) for a in (sys.argv[1:] if argv is None else argv))]),
        "duration": duration,
        "load_start": load_start,
        "load_end": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "ours_path": os.path.relpath(ours_path, ROOT),
        "git": report.git_state(),
        "versions": versions,
    }
    text = report.render(results, meta)
    print(text)
    if not args.no_write:
        full = not args.quick and not args.cases and set(wanted) == set(IMPLS)
        out = args.out or (BENCH / ("RESULTS.md" if full else "RESULTS-partial.md"))
        out.write_text(text)
        log(f"wrote {out} ({duration:.0f} s)")
    return 0


def _summary(res: harness.CaseResult) -> str:
    parts = []
    metric = {"loop": "op", "import": "import", "firstcall": "first", "generator": "wall", "typecheck": "mypy"}[
        res.case.kind
    ]
    for name, s in res.metrics.get(metric, {}).items():
        if s:
            parts.append(f"{name} {report.fmt_time(s.median)}")
    for name, why in res.na.items():
        parts.append(f"{name} {why.split(':')[0]}")
    return f"  {metric}: " + ", ".join(parts) + f"  ({res.rounds} rounds, {res.seconds:.1f} s)"

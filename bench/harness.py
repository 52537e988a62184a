"""The harness: starts the server and the workers, interleaves samples, collects the figures.

Every implementation runs in its own process (imports never mix) and the server in another.
A loop case runs in rounds; in each round every implementation takes one sample (a batch of
operations lasting about `sample_time`), in an order rotated from round to round, so slow
drifts of a noisy machine hit all of them alike. Per-op time of a sample = batch wall time / n.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import resource
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

from . import envs
from .cases import Case
from .envs import CACHE, ROOT, Impl
from .probes import IMPORT_PROBE

Log = Callable[[str], None]


# ---------------------------------------------------------------------------------------------
# Results


@dataclass
class Series:
    """Samples of one measured quantity (seconds per op unless said otherwise)."""

    values: List[float] = field(default_factory=list)

    def add(self, v: float) -> None:
        self.values.append(v)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def lo(self) -> float:
        return min(self.values)

    @property
    def hi(self) -> float:
        return max(self.values)

    def __bool__(self) -> bool:
        return bool(self.values)


@dataclass
class CaseResult:
    case: Case
    # metric name -> impl -> samples. Loop cases use "op" (wall per op) and "cpu" (client CPU per op).
    metrics: Dict[str, Dict[str, Series]] = field(default_factory=dict)
    na: Dict[str, str] = field(default_factory=dict)  # impl -> reason (n/a or error)
    notes: List[str] = field(default_factory=list)
    server_cpu: Series = field(default_factory=Series)  # server CPU seconds per op
    requests_per_op: float = 0.0
    iters: Dict[str, int] = field(default_factory=dict)
    rounds: int = 0
    seconds: float = 0.0
    extra: Dict[str, Any] = field(default_factory=dict)

    def series(self, metric: str, impl: str) -> Series:
        return self.metrics.setdefault(metric, {}).setdefault(impl, Series())


# ---------------------------------------------------------------------------------------------
# Processes


class Server:
    def __init__(self, log: Log) -> None:
        self.log = log
        CACHE.mkdir(parents=True, exist_ok=True)
        self.stderr = open(CACHE / "server.log", "w")  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen(
            [envs.project_python(), "-m", "bench.server"],
            cwd=str(ROOT),
            env={**envs.base_env(), "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
        )
        assert self.proc.stdout is not None
        line = _readline(self.proc, 60)
        if not line:
            raise RuntimeError(f"the bench server did not start; see {CACHE / 'server.log'}")
        self.port = json.loads(line)["port"]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def stats(self) -> Dict[str, float]:
        self.conn.request("GET", "/_bench/stats")
        return json.loads(self.conn.getresponse().read())

    def close(self) -> None:
        self.conn.close()
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.stderr.close()


def _readline(proc: subprocess.Popen, timeout: float) -> Optional[str]:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        return None
    line = proc.stdout.readline()
    return line or None


class WorkerError(Exception):
    pass


class Worker:
    def __init__(self, impl: Impl, base_url: str, case: str) -> None:
        self.impl = impl
        (CACHE / "logs").mkdir(parents=True, exist_ok=True)
        self.log_path = CACHE / "logs" / f"{case}-{impl.name}.log"
        self.stderr = open(self.log_path, "w")  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen(
            [impl.python, "-m", "bench.worker", impl.worker, base_url],
            cwd=str(ROOT),
            env=impl.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
        )

    def receive(self, timeout: float = 300) -> Dict[str, Any]:
        line = _readline(self.proc, timeout)
        if line is None:
            self.kill()
            raise WorkerError(f"worker {self.impl.name} gave no answer in {timeout:.0f} s (log: {self.log_path})")
        return json.loads(line)

    def call(self, msg: Dict[str, Any], timeout: float = 300) -> Dict[str, Any]:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(json.dumps(msg) + "\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            raise WorkerError(f"worker {self.impl.name} died (log: {self.log_path})") from None
        return self.receive(timeout)

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write('{"op": "exit"}\n')
                self.proc.stdin.close()
                self.proc.wait(10)
            except (BrokenPipeError, OSError, subprocess.TimeoutExpired):
                self.kill()
        self.stderr.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


# ---------------------------------------------------------------------------------------------
# Budgets


@dataclass
class Budget:
    quick: bool = False
    sample_time: float = 0.3  # target wall time of one sample (a batch of ops)
    wall_scale: float = 1.0
    deadline: float = 540.0  # seconds for the whole run: later cases are squeezed to keep to it
    squeeze: float = 1.0  # set by fit() before each case

    @classmethod
    def make(cls, quick: bool) -> Budget:
        return cls(quick=True, sample_time=0.08, wall_scale=0.14, deadline=100.0) if quick else cls()

    def fit(self, remaining: Sequence[Case], elapsed: float) -> None:
        """Scale the budgets of the cases still to run so that the run ends before the deadline."""
        planned = sum(case.max_wall * self.wall_scale for case in remaining)
        available = self.deadline - elapsed
        self.squeeze = 1.0 if planned <= available else max(0.05, available / planned)

    def max_wall(self, case: Case) -> float:
        return case.max_wall * self.wall_scale * self.squeeze

    def max_rounds(self, case: Case) -> int:
        return min(case.max_rounds, 4) if self.quick else case.max_rounds

    def min_rounds(self, case: Case) -> int:
        return 1 if self.quick or self.squeeze < 0.6 else case.min_rounds


def _rotate(items: Sequence[str], k: int) -> List[str]:
    k %= max(len(items), 1)
    return list(items[k:]) + list(items[:k])


class RoundClock:
    """Decides when a case has enough rounds: max rounds, max wall time (after min rounds), max iterations."""

    def __init__(self, case: Case, budget: Budget, start: Optional[float] = None) -> None:
        self.case, self.budget = case, budget
        self.start = time.perf_counter() if start is None else start  # the budget includes set-up
        self.rounds = 0
        self.last_round = 0.0
        self._round_start = self.start

    def begin(self) -> None:
        self._round_start = time.perf_counter()

    def end(self) -> None:
        self.rounds += 1
        self.last_round = time.perf_counter() - self._round_start

    def more(self, iters_done: int = 0) -> bool:
        c, b = self.case, self.budget
        elapsed = time.perf_counter() - self.start
        if self.rounds >= b.max_rounds(c) or iters_done >= c.max_iters:
            return False
        if self.rounds < b.min_rounds(c):
            return elapsed + self.last_round <= 1.5 * b.max_wall(c) or self.rounds == 0
        return elapsed + self.last_round <= b.max_wall(c)


# ---------------------------------------------------------------------------------------------
# Loop cases


def run_loop(case: Case, impls: Dict[str, Impl], server: Server, budget: Budget, log: Log, profile: bool) -> CaseResult:
    res = CaseResult(case)
    t_case = time.perf_counter()
    workers: Dict[str, Worker] = {}
    for name, impl in impls.items():
        if impl.na:
            res.na[name] = impl.na
        else:
            workers[name] = Worker(impl, server.base_url, case.name)
    try:
        fingerprints: Dict[str, Any] = {}
        first_op: Dict[str, float] = {}
        for name, w in list(workers.items()):
            try:
                ready = w.receive(120)
                reply = ready if "error" in ready else w.call({"op": "setup", "case": case.name})
            except WorkerError as exc:
                reply = {"error": str(exc), "na": False}
            if "error" in reply:
                res.na[name] = ("n/a: " if reply.get("na") else "error: ") + reply["error"]
                log(f"  {name}: {res.na[name]}")
                w.close()
                del workers[name]
            else:
                fingerprints[name] = reply["fingerprint"]
                first_op[name] = reply["wall"]
        _check_fingerprints(res, fingerprints)

        # calibrate: time one op, pick a batch size lasting about sample_time, warm up with one batch;
        # ops that take over a second already got their warm-up from the setup op: one op per sample.
        batch: Dict[str, int] = {}
        for name, w in workers.items():
            if first_op[name] > 1.0:
                batch[name] = 1
                continue
            one = max(w.call({"op": "run", "n": 1})["wall"], 1e-6)
            batch[name] = max(1, min(int(budget.sample_time / one), max(1, case.max_iters // 20)))
            if one * batch[name] < 1.0:
                w.call({"op": "run", "n": batch[name]})
        clock = RoundClock(case, budget, t_case)
        while workers and clock.more(max((res.iters.get(n, 0) for n in workers), default=0)):
            clock.begin()
            for name in _rotate(list(workers), clock.rounds):
                s0 = server.stats()
                r = workers[name].call({"op": "run", "n": batch[name]})
                s1 = server.stats()
                n = r["n"]
                res.series("op", name).add(r["wall"] / n)
                res.series("cpu", name).add(r["cpu"] / n)
                res.server_cpu.add((s1["cpu"] - s0["cpu"]) / n)
                res.requests_per_op = (s1["requests"] - s0["requests"]) / n
                res.iters[name] = res.iters.get(name, 0) + n
            clock.end()
        res.rounds = clock.rounds
        if profile and "ours" in workers:
            path = CACHE / "profiles" / f"{case.name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            workers["ours"].call({"op": "profile", "n": max(1, batch["ours"]), "path": str(path)})
            res.extra["profile"] = str(path.relative_to(ROOT))
    except WorkerError as exc:
        res.notes.append(str(exc))
        log(f"  {exc}")
    finally:
        for w in workers.values():
            w.close()
    res.seconds = time.perf_counter() - t_case
    return res


def _check_fingerprints(res: CaseResult, fingerprints: Dict[str, Any]) -> None:
    reference = fingerprints.get("raw")
    for name, fp in fingerprints.items():
        if reference is not None and fp != reference:
            res.notes.append(f"{name} decoded something different from raw httpx: {fp!r} != {reference!r}")
            res.extra.setdefault("mismatch", []).append(name)


# ---------------------------------------------------------------------------------------------
# Fresh-process cases


def _run_json(cmd: List[str], env: Dict[str, str], timeout: float = 120) -> Dict[str, Any]:
    r = subprocess.run(cmd, env=env, cwd=str(ROOT), capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        lines = [x for x in r.stderr.strip().splitlines() if x.strip()]
        raise WorkerError(lines[-1] if lines else f"exit status {r.returncode}")
    try:
        return json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise WorkerError(f"unexpected output: {r.stdout[-300:]!r}") from None


def run_fresh(case: Case, impls: Dict[str, Impl], server: Server, budget: Budget, log: Log) -> CaseResult:
    res = CaseResult(case)
    t_case = time.perf_counter()

    def command(impl: Impl) -> List[str]:
        if case.kind == "import":
            return [impl.python, "-c", IMPORT_PROBE, impl.import_module, impl.client_attr]
        return [impl.python, "-m", "bench.probes", "firstcall", impl.worker, server.base_url]

    active = []
    fingerprints = {}
    for name, impl in impls.items():
        if impl.na:
            res.na[name] = impl.na
            continue
        try:  # warm-up run: fills the bytecode cache, pages the files in
            out = _run_json(command(impl), impl.env)
            fingerprints[name] = out.get("fingerprint")
            if case.kind == "import":
                res.extra[f"file:{name}"] = out["file"]
            active.append(name)
        except (WorkerError, subprocess.TimeoutExpired) as exc:
            res.na[name] = f"error: {exc}"
            log(f"  {name}: {res.na[name]}")
    if case.kind == "firstcall":
        _check_fingerprints(res, fingerprints)
    clock = RoundClock(case, budget, t_case)
    while active and clock.more():
        clock.begin()
        for name in _rotate(active, clock.rounds):
            try:
                out = _run_json(command(impls[name]), impls[name].env)
            except (WorkerError, subprocess.TimeoutExpired) as exc:
                res.notes.append(f"{name}: {exc}")
                continue
            if case.kind == "import":
                res.series("import", name).add(out["import"])
                res.series("import+client", name).add(out["import"] + out["attr"])
                res.series("rss", name).add(out["rss_kib"] * 1024.0)
                res.series("modules", name).add(out["modules"])
                res.series("rss+client", name).add(out["rss_kib_attr"] * 1024.0)
                res.series("modules+client", name).add(out["modules_attr"])
            else:
                for key in ("import", "construct", "first", "second"):
                    res.series(key, name).add(out[key])
                res.series("total", name).add(sum(out[k] for k in ("import", "construct", "first", "second")))
        clock.end()
    res.rounds = clock.rounds
    res.seconds = time.perf_counter() - t_case
    return res


# ---------------------------------------------------------------------------------------------
# The generator: ours vs openapi-python-client

_OPC_WARNING = re.compile(r"^WARNING parsing (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) within \S+?\.(.*)$")


def _timed(cmd: List[str], env: Dict[str, str], cwd: Path, timeout: float = 300) -> Dict[str, Any]:
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        r = subprocess.run(cmd, env=env, cwd=str(cwd), capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return {"wall": time.perf_counter() - t0, "cpu": 0.0, "rc": -1, "out": f"{type(exc).__name__}: {exc}"}
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    return {"wall": wall, "cpu": cpu, "rc": r.returncode, "out": r.stdout + r.stderr}


def run_generator(case: Case, budget: Budget, log: Log, opc_na: Optional[str]) -> CaseResult:
    res = CaseResult(case)
    t_case = time.perf_counter()
    env = envs.base_env()
    tmp = Path(tempfile.mkdtemp(prefix="bench-gen-"))
    spec = ROOT / "openapi" / "anthropic.openapi.yaml"
    opc_env = {**env, "PATH": f"{envs.OPC_VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"}

    def cmd(name: str, k: int) -> List[str]:
        out = tmp / f"{name}-{k}"
        if name == "ours":
            return [envs.project_python(), "-m", "generator", "generate", "--output", str(out), "-q"]
        return [
            str(envs.OPC_VENV / "bin" / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out),
            "--meta",
            "none",
        ]

    res.extra["endpoints"] = _count_operations(spec)
    active = ["ours"]
    if opc_na:
        res.na["opc"] = opc_na
    else:
        active.append("opc")
    try:
        for name in list(active):  # warm-up, and the one run whose output we inspect
            r = _timed(cmd(name, 0), opc_env if name == "opc" else env, ROOT)
            if r["rc"] != 0:
                res.na[name] = f"error: exit {r['rc']}: " + " ".join(r["out"].strip().splitlines()[-3:])[:300]
                active.remove(name)
                log(f"  {name}: {res.na[name]}")
                continue
            files = sum(1 for p in (tmp / f"{name}-0").rglob("*.py"))
            res.extra[f"files:{name}"] = files
            if name == "opc":
                _opc_summary(res, r["out"], tmp / "opc-0")
            else:
                prov = tmp / "ours-0" / "PROVENANCE.json"
                if prov.exists():
                    res.extra["endpoints:ours"] = json.loads(prov.read_text()).get("endpoints")
        clock = RoundClock(case, budget, t_case)
        k = 1
        while active and clock.more():
            clock.begin()
            for name in _rotate(active, clock.rounds):
                r = _timed(cmd(name, k), opc_env if name == "opc" else env, ROOT)
                shutil.rmtree(tmp / f"{name}-{k}", ignore_errors=True)
                if r["rc"] == 0:
                    res.series("wall", name).add(r["wall"])
                    res.series("cpu", name).add(r["cpu"])
            k += 1
            clock.end()
        res.rounds = clock.rounds
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    res.seconds = time.perf_counter() - t_case
    return res


def _count_operations(spec: Path) -> Optional[int]:
    try:
        import yaml

        doc = yaml.load(spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except Exception:
        return None
    verbs = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(1 for item in doc.get("paths", {}).values() for verb in item if verb in verbs)


def _opc_summary(res: CaseResult, output: str, out_dir: Path) -> None:
    dropped: List[str] = []
    partial: List[str] = []
    for line in output.splitlines():
        m = _OPC_WARNING.match(line.strip())
        if m:
            (dropped if "will not be generated" in m.group(3) else partial).append(f"{m.group(1)} {m.group(2)}")
    res.extra["opc_dropped"] = dropped
    res.extra["opc_partial"] = partial
    res.extra["opc_warnings"] = sum(1 for line in output.splitlines() if line.startswith("WARNING"))
    api = [p for p in out_dir.rglob("api/**/*.py") if p.name != "__init__.py"]
    res.extra["opc_endpoint_modules"] = len(api)


# ---------------------------------------------------------------------------------------------
# Type checking a user script: ours vs the official package

USER_SCRIPT = """\
from anthropic import Anthropic
from anthropic.types import MessageParam, TextBlock

client = Anthropic(api_key="bench", base_url="http://127.0.0.1:9")
history: list[MessageParam] = [{"role": "user", "content": "Hello, Claude"}]
message = client.messages.create(model="claude-sonnet-4-5", max_tokens=64, messages=history)
texts = [block.text for block in message.content if isinstance(block, TextBlock)]
history.append({"role": "assistant", "content": message.content})
with client.messages.stream(model="claude-sonnet-4-5", max_tokens=64, messages=history) as stream:
    print(texts, stream.get_final_message().usage.output_tokens)
"""

_MYPY_ERRORS = re.compile(r"Found (\d+) errors?")
_PYRIGHT_ERRORS = re.compile(r"(\d+) errors?, \d+ warnings?")


def run_typecheck(case: Case, impls: Dict[str, Impl], ours_path: Path, budget: Budget, log: Log) -> CaseResult:
    res = CaseResult(case)
    t_case = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="bench-tc-"))
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    env = envs.base_env()
    active = [n for n in ("ours", "official") if not impls[n].na]
    for n in ("ours", "official"):
        reason = impls[n].na
        if reason:
            res.na[n] = reason
    pythons = {"official": impls["official"].python}
    if "ours" in active:
        ours_python = envs.ours_installed(ours_path, log)
        if ours_python:
            pythons["ours"] = ours_python
        else:
            res.na["ours"] = "error: could not make the venv where our package looks installed"
            active.remove("ours")
    for name in active:
        d = tmp / name
        d.mkdir()
        (d / "user_script.py").write_text(USER_SCRIPT)
        (d / "pyrightconfig.json").write_text(json.dumps({"include": ["user_script.py"], "pythonVersion": "3.11"}))

    def cmd(checker: str, name: str, k: int) -> tuple:
        d = tmp / name
        py = pythons[name]
        if checker == "mypy":
            e = dict(env)
            cache = str(tmp / f"mypy-cache-{name}-{k}")
            c = [
                envs.project_python(),
                "-m",
                "mypy",
                "--config-file",
                "",
                "--python-executable",
                py,
                "--cache-dir",
                cache,
            ]
            c.append("user_script.py")
            return c, e, d
        return [str(pyright), "-p", str(d / "pyrightconfig.json"), "--pythonpath", py], dict(env), d

    checkers = ["mypy", "pyright"] if pyright.exists() else ["mypy"]
    if not pyright.exists():
        res.notes.append(f"pyright not found at {pyright}")
    k = 0
    clock = RoundClock(case, budget, t_case)
    try:
        while active and clock.more():
            clock.begin()
            for checker in checkers:
                for name in _rotate(active, clock.rounds):
                    c, e, d = cmd(checker, name, k)
                    k += 1
                    r = _timed(c, e, d)
                    if r["rc"] < 0 or (checker == "mypy" and r["rc"] > 1):  # could not run (1: type errors)
                        res.notes.append(f"{checker} on {name} failed: {r['out'].strip()[-300:]}")
                        continue
                    res.series(checker, name).add(r["wall"])
                    if checker == "mypy":
                        m = _MYPY_ERRORS.search(r["out"])
                        errors = int(m.group(1)) if m else (0 if r["rc"] == 0 else -1)
                    else:
                        m = _PYRIGHT_ERRORS.search(r["out"])
                        errors = int(m.group(1)) if m else -1
                    res.extra[f"errors:{checker}:{name}"] = errors
                    if errors and f"out:{checker}:{name}" not in res.extra:
                        res.extra[f"out:{checker}:{name}"] = r["out"].strip()[-1500:]
                    shutil.rmtree(tmp / f"mypy-cache-{name}-{k - 1}", ignore_errors=True)
            clock.end()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    res.rounds = clock.rounds
    res.seconds = time.perf_counter() - t_case
    return res


def log_to_stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)

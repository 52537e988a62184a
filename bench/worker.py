"""A worker process: runs one implementation's side of the loop cases, driven by the harness.

    python -m bench.worker {sdk|raw} BASE_URL

Protocol: one JSON object per line on stdin, one reply per line on the original stdout (the
worker's own sys.stdout is redirected to stderr so nothing the SDK prints can corrupt it).
  {"op": "setup", "case": NAME}          -> {"fingerprint": ..., "wall": s} | {"error": "...", "na": bool}
                                            (builds the client and does one op, to check and warm up)
  {"op": "run", "n": N}                  -> {"wall": s, "cpu": s, "n": N}
  {"op": "profile", "n": N, "path": P}   -> {"ok": true}   (cProfile of N ops, text report to P)
  {"op": "exit"}
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from typing import Any, Callable, Optional


def main() -> int:
    impl, base_url = sys.argv[1], sys.argv[2]
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    def reply(value: Any) -> None:
        out.write(json.dumps(value) + "\n")

    try:
        if impl == "sdk":
            from . import impl_sdk as mod
        else:
            from . import impl_raw as mod  # type: ignore[no-redef]
    except Exception as exc:  # our SDK not importable yet, for instance
        traceback.print_exc()
        reply({"error": f"import failed: {type(exc).__name__}: {exc}", "na": True})
        return 0
    reply({"ready": True})

    from .cases import BY_NAME

    op: Optional[Callable[[], Any]] = None
    for line in sys.stdin:
        msg = json.loads(line)
        kind = msg["op"]
        if kind == "setup":
            try:
                op, fingerprint = mod.build(BY_NAME[msg["case"]], base_url)
                t0 = time.perf_counter()
                result = op()
                wall = time.perf_counter() - t0
                reply({"fingerprint": fingerprint(result), "wall": wall})
            except Exception as exc:
                traceback.print_exc()
                na = type(exc).__name__ in ("NotAvailable", "AttributeError", "ImportError", "ModuleNotFoundError")
                reply({"error": f"{type(exc).__name__}: {exc}"[:300], "na": na})
                op = None
        elif kind == "run":
            assert op is not None
            n = int(msg["n"])
            c0 = time.process_time()
            t0 = time.perf_counter()
            for _ in range(n):
                op()
            t1 = time.perf_counter()
            c1 = time.process_time()
            reply({"wall": t1 - t0, "cpu": c1 - c0, "n": n})
        elif kind == "profile":
            assert op is not None
            import cProfile
            import io
            import pstats

            prof = cProfile.Profile()
            prof.enable()
            for _ in range(int(msg["n"])):
                op()
            prof.disable()
            text = io.StringIO()
            stats = pstats.Stats(prof, stream=text)
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(35)
            with open(msg["path"], "w") as f:
                f.write(text.getvalue())
            reply({"ok": True})
        elif kind == "exit":
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

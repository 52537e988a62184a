"""Fresh-process probes: each sample is a new interpreter that prints one JSON line.

IMPORT_PROBE runs with `python -c` (so nothing of bench/ is imported): argv = [module, attribute].
    `json` is imported before the clock starts (both SDKs and raw httpx use it).
    It times `import <module>`, then the first access to `<module>.<attribute>` (the client
    class: lazy exports move cost from the import to here), and reports VmRSS and
    len(sys.modules) right after the import and after the attribute access.

`python -m bench.probes firstcall {sdk|raw} BASE_URL` times the import, the client's
construction, the first messages.create and the second one.
"""

from __future__ import annotations

import json
import sys
import time

IMPORT_PROBE = r"""
import json, sys, time
def rss_kib():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
name, attr = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
module = __import__(name)
t1 = time.perf_counter()
rss1, mods1 = rss_kib(), len(sys.modules)
t2 = time.perf_counter()
getattr(module, attr)
t3 = time.perf_counter()
rss2, mods2 = rss_kib(), len(sys.modules)
print(json.dumps({"import": t1 - t0, "attr": t3 - t2, "rss_kib": rss1, "modules": mods1, "rss_kib_attr": rss2,
                  "modules_attr": mods2, "file": getattr(module, "__file__", "")}))
"""


def firstcall(impl: str, base_url: str) -> dict:
    from . import payloads

    req = payloads.small_request()
    headers = {payloads.VARIANT_HEADER: "small"}
    t0 = time.perf_counter()
    if impl == "sdk":
        import anthropic

        t1 = time.perf_counter()
        client = anthropic.Anthropic(api_key="bench", base_url=base_url, default_headers=headers)
        t2 = time.perf_counter()
        m1 = client.messages.create(**req)
        t3 = time.perf_counter()
        m2 = client.messages.create(**req)
        t4 = time.perf_counter()
        texts = [m1.content[0].text, m2.content[0].text]
    else:
        import httpx

        t1 = time.perf_counter()
        client = httpx.Client(
            base_url=base_url, headers={"x-api-key": "bench", "anthropic-version": "2023-06-01", **headers}
        )
        t2 = time.perf_counter()
        m1 = json.loads(client.post("/v1/messages", json=req).content)
        t3 = time.perf_counter()
        m2 = json.loads(client.post("/v1/messages", json=req).content)
        t4 = time.perf_counter()
        texts = [m1["content"][0]["text"], m2["content"][0]["text"]]
    return {
        "import": t1 - t0,
        "construct": t2 - t1,
        "first": t3 - t2,
        "second": t4 - t3,
        "fingerprint": [len(t) for t in texts],
    }


if __name__ == "__main__":
    if sys.argv[1] == "firstcall":
        print(json.dumps(firstcall(sys.argv[2], sys.argv[3])))
    else:
        raise SystemExit(f"unknown probe {sys.argv[1]!r}")

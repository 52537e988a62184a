"""Every seed sample runs against the fake Anthropic API and sends what it should.

Each prepared sample (samples.py) runs in its own interpreter (the project's venv, with
generated/ and the stub modules on PYTHONPATH), in a fresh working directory holding the files it
opens, with only ``ANTHROPIC_BASE_URL`` and ``ANTHROPIC_API_KEY`` set. It must exit 0, print what
STDOUT expects, and the fake API must have seen exactly the requests REQUESTS describes (routes and
key body fields; every request authenticated and versioned). The Bedrock and Vertex samples are
only type-checked here (tests/platforms runs them). VARIANTS run a few samples again with a bad key
or scripted 429/529/500/400 answers, so that their ``except`` branches and the SDK's retries run
too; retries wait what the fake API's ``retry-after-ms`` says (1 ms), never a real back-off.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import pytest

from tests.e2e._support import GENERATED, clean_env, run, tail
from tests.seeds.expectations import API_KEY, REQUESTS, STDOUT, VARIANTS, Variant, check_requests
from tests.seeds.samples import PLATFORM_SAMPLES, Sample, all_samples, prepare, write_files, write_stubs
from tests.servers.anthropic_api import FakeAnthropicAPI

RUNNABLE = [s for s in all_samples() if s.key not in PLATFORM_SAMPLES]
VARIANT_CASES = [(s, v) for s in RUNNABLE for v in VARIANTS.get(s.key, [])]


def run_sample(
    sample: Sample,
    api: FakeAnthropicAPI,
    workdir: Path,
    *,
    python: str = sys.executable,
    pythonpath: Optional[List[Path]] = None,
    api_key: str = API_KEY,
) -> str:
    """Run the prepared sample in ``workdir``; return its stdout (asserting exit status 0)."""
    write_files(sample, workdir)
    (workdir / "sample.py").write_text(prepare(sample).code)
    env = clean_env(ANTHROPIC_BASE_URL=api.url, ANTHROPIC_API_KEY=api_key)
    if pythonpath:
        env["PYTHONPATH"] = ":".join(map(str, pythonpath))
    result = run([python, "sample.py"], cwd=workdir, env=env, timeout=90, check=False)
    assert result.returncode == 0, (
        f"{sample.key} ({sample.heading}) exited {result.returncode}\n{tail(result.stderr)}\n"
        f"requests: {api.routes()}\nprepared sample: {workdir / 'sample.py'}"
    )
    return result.stdout


def check_stdout(key: str, stdout: str, wanted: Optional[List[str]] = None) -> None:
    for text in STDOUT.get(key, []) if wanted is None else wanted:
        assert text in stdout, f"{key}: {text!r} not in the output:\n{tail(stdout)}"


def test_every_runnable_sample_has_expectations() -> None:
    assert sorted(s.key for s in RUNNABLE) == sorted(REQUESTS)
    assert len(RUNNABLE) == len(all_samples()) - len(PLATFORM_SAMPLES) == 35


@pytest.mark.parametrize("sample", RUNNABLE, ids=[s.test_id for s in RUNNABLE])
def test_sample_runs(sample: Sample, api: FakeAnthropicAPI, tmp_path: Path) -> None:
    stubs = write_stubs(tmp_path / "stubs")
    workdir = tmp_path / "work"
    workdir.mkdir()
    stdout = run_sample(sample, api, workdir, pythonpath=[GENERATED, stubs])
    check_requests(sample.key, api.requests)
    check_stdout(sample.key, stdout)


@pytest.mark.parametrize("sample, variant", VARIANT_CASES, ids=[f"{s.test_id}-{v.name}" for s, v in VARIANT_CASES])
def test_sample_variant(sample: Sample, variant: Variant, api: FakeAnthropicAPI, tmp_path: Path) -> None:
    if variant.setup is not None:
        variant.setup(api)
    stdout = run_sample(sample, api, tmp_path, pythonpath=[GENERATED], api_key=variant.api_key or API_KEY)
    assert len(api.requests) == variant.requests, api.routes()
    assert api.pending_faults == 0
    check_stdout(sample.key, stdout, list(variant.stdout))

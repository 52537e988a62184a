"""Every seed sample, run as a user would: the wheel installed in a fresh venv (with the real rich
and tenacity the samples import), the sample in its own directory, only ANTHROPIC_BASE_URL and
ANTHROPIC_API_KEY set, against the fake API. Also the README's quick start.

The samples are prepared exactly as in tests/seeds (context, elisions, async wrapping; see
tests/seeds/samples.py) and held to the same expectations (tests/seeds/expectations.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e._support import ROOT, clean_env, run, tail
from tests.seeds.expectations import API_KEY, VARIANTS, Variant, check_requests
from tests.seeds.samples import Sample
from tests.seeds.test_seed_run import RUNNABLE, VARIANT_CASES, check_stdout, run_sample
from tests.servers.anthropic_api import FakeAnthropicAPI

from .conftest import Venv


@pytest.mark.parametrize("sample", RUNNABLE, ids=[s.test_id for s in RUNNABLE])
def test_seed_sample_installed(sample: Sample, user_venv: Venv, api: FakeAnthropicAPI, tmp_path: Path) -> None:
    stdout = run_sample(sample, api, tmp_path, python=str(user_venv.python))
    check_requests(sample.key, api.requests)
    check_stdout(sample.key, stdout)


@pytest.mark.parametrize("sample, variant", VARIANT_CASES, ids=[f"{s.test_id}-{v.name}" for s, v in VARIANT_CASES])
def test_seed_sample_variant_installed(
    sample: Sample, variant: Variant, user_venv: Venv, api: FakeAnthropicAPI, tmp_path: Path
) -> None:
    if variant.setup is not None:
        variant.setup(api)
    stdout = run_sample(sample, api, tmp_path, python=str(user_venv.python), api_key=variant.api_key or API_KEY)
    assert len(api.requests) == variant.requests, api.routes()
    check_stdout(sample.key, stdout, list(variant.stdout))


def test_variants_cover_error_handling() -> None:
    assert sum(len(v) for v in VARIANTS.values()) == len(VARIANT_CASES) >= 6


def readme_quick_start() -> str:
    """The first ```python block of README.md (the quick start)."""
    blocks = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.S | re.M)
    assert blocks, "README.md has no python block"
    return blocks[0]


def test_readme_quick_start(user_venv: Venv, api: FakeAnthropicAPI, tmp_path: Path) -> None:
    (tmp_path / "quick_start.py").write_text(readme_quick_start())
    env = clean_env(ANTHROPIC_BASE_URL=api.url, ANTHROPIC_API_KEY=API_KEY)
    result = run([user_venv.python, "quick_start.py"], cwd=tmp_path, env=env, check=False)
    assert result.returncode == 0, tail(result.stderr)
    assert "stand-in for Claude" in result.stdout
    assert api.routes() == ["POST /v1/messages"]
    body = api.requests[0].json()
    assert body["messages"][0]["role"] == "user" and isinstance(body["max_tokens"], int)

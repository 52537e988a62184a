"""The wheel installed into fresh virtual envs: every interpreter 3.9-3.13, and each extra."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Callable, Dict

import pytest

from tests.e2e._support import PROJECT_PYTHON, clean_env, interpreters, pip_env, run
from tests.seeds.expectations import API_KEY
from tests.servers.anthropic_api import FakeAnthropicAPI

from .conftest import Venv

INTERPRETERS = interpreters()

SMOKE = "import anthropic; anthropic.Anthropic; from anthropic.types import Message; print('ok')"

# The top-level names of the official anthropic 0.79.0 package (its __all__, the response classes
# and the platform clients it re-exports), which user code imports from `anthropic`.
OFFICIAL_TOP_LEVEL = sorted(
    [
        "AI_PROMPT",
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "Anthropic",
        "AnthropicError",
        "AsyncAnthropic",
        "AsyncClient",
        "AsyncStream",
        "AuthenticationError",
        "BadRequestError",
        "BaseModel",
        "Client",
        "ConflictError",
        "DEFAULT_CONNECTION_LIMITS",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "DefaultAioHttpClient",
        "DefaultAsyncHttpxClient",
        "DefaultHttpxClient",
        "HUMAN_PROMPT",
        "InternalServerError",
        "NOT_GIVEN",
        "NoneType",
        "NotFoundError",
        "NotGiven",
        "Omit",
        "PermissionDeniedError",
        "ProxiesTypes",
        "RateLimitError",
        "RequestOptions",
        "Stream",
        "Timeout",
        "Transport",
        "UnprocessableEntityError",
        "__title__",
        "__version__",
        "beta_async_tool",
        "beta_tool",
        "file_from_path",
        "not_given",
        "omit",
        "transform_schema",
        "types",
        "APIResponse",
        "AsyncAPIResponse",
        "AnthropicBedrock",
        "AsyncAnthropicBedrock",
        "AnthropicVertex",
        "AsyncAnthropicVertex",
        "AnthropicFoundry",
        "AsyncAnthropicFoundry",
        "MessageStream",
        "AsyncMessageStream",
        "MessageStreamManager",
        "AsyncMessageStreamManager",
        "TextEvent",
        "InputJsonEvent",
        "MessageStopEvent",
        "ContentBlockStopEvent",
    ]
)


def test_interpreters_3_9_to_3_13_are_found() -> None:
    assert "3.9" in INTERPRETERS and "3.13" in INTERPRETERS, INTERPRETERS
    assert len(INTERPRETERS) >= 3


@pytest.mark.parametrize("version", sorted(INTERPRETERS, key=lambda v: tuple(map(int, v.split(".")))))
def test_import_smoke_on_each_interpreter(version: str, make_venv: Callable[..., Venv]) -> None:
    venv = make_venv(f"py{version}", python=INTERPRETERS[version])
    result = run([venv.python, "-c", SMOKE + "; import sys; print(sys.version_info[:2])"], env=clean_env())
    assert result.stdout.split("\n")[0] == "ok"
    assert result.stdout.split("\n")[1] == str(tuple(map(int, version.split("."))))
    # The installed package is the wheel, not the source tree.
    where = run([venv.python, "-c", "import anthropic; print(anthropic.__file__)"], env=clean_env()).stdout.strip()
    assert where.startswith(str(venv.path)), where


def test_user_install_is_consistent(user_venv: Venv) -> None:
    """pip check passes, the optional dependencies are not installed, the import pulls none of them."""
    run([PROJECT_PYTHON, "-m", "pip", "--python", user_venv.python, "check"], env=pip_env())
    code = textwrap.dedent(
        """
        import importlib.util, sys
        import anthropic
        client = anthropic.Anthropic(api_key="k")
        print([m for m in ("boto3", "botocore", "google.auth", "aiohttp") if importlib.util.find_spec(m.split(".")[0])])
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("boto3", "botocore", "google", "aiohttp")))
        """
    )
    lines = run([user_venv.python, "-c", code], env=clean_env()).stdout.splitlines()
    assert lines == ["[]", "[]"]


def test_official_top_level_names(user_venv: Venv) -> None:
    """Every name the official package offers at top level resolves on ours (`anthropic.X`)."""
    code = textwrap.dedent(
        f"""
        import anthropic
        missing = []
        for name in {OFFICIAL_TOP_LEVEL!r}:
            try:
                getattr(anthropic, name)
            except Exception as error:
                missing.append(name)
        print(" ".join(missing))
        """
    )
    missing = run([user_venv.python, "-c", code], env=clean_env()).stdout.split()
    assert not missing, f"missing from `anthropic` (present in the official 0.79.0): {missing}"


def _run_code(venv: Venv, code: str, api: FakeAnthropicAPI, tmp_path: Path) -> str:
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(code))
    env = clean_env(ANTHROPIC_BASE_URL=api.url, ANTHROPIC_API_KEY=API_KEY)
    return run([venv.python, script], cwd=tmp_path, env=env, timeout=90).stdout


def test_extra_aiohttp(make_venv: Callable[..., Venv], api: FakeAnthropicAPI, tmp_path: Path) -> None:
    """The async client on aiohttp (``DefaultAioHttpClient``): a message and a stream."""
    venv = make_venv("aiohttp", extras=["aiohttp"])
    code = """
        import asyncio
        import sys
        from anthropic import AsyncAnthropic, DefaultAioHttpClient

        async def main() -> None:
            async with AsyncAnthropic(http_client=DefaultAioHttpClient()) as client:
                message = await client.messages.create(
                    model="claude-sonnet-4-5-20250929",
                    max_tokens=1024,
                    messages=[{"role": "user", "content": "Hello, Claude"}],
                )
                print(message.content[0].type, message.stop_reason)
                async with client.messages.stream(
                    model="claude-sonnet-4-5-20250929",
                    max_tokens=1024,
                    messages=[{"role": "user", "content": "Write a story"}],
                ) as stream:
                    async for text in stream.text_stream:
                        print(text, end="")
                print()
            print("aiohttp" in sys.modules)

        asyncio.run(main())
    """
    out = _run_code(venv, code, api, tmp_path).splitlines()
    assert out[0] == "text end_turn"
    assert 'You said: "Write a story"' in out[1]
    assert out[2] == "True"  # the requests went through aiohttp
    assert api.routes() == ["POST /v1/messages", "POST /v1/messages"]
    assert [r.header("x-stainless-async") for r in api.requests][0].startswith("async:")


PLATFORM_CODE: Dict[str, str] = {
    "bedrock": """
        import boto3, botocore
        from anthropic import AnthropicBedrock, AsyncAnthropicBedrock
        client = AnthropicBedrock(aws_access_key="AKIDEXAMPLE", aws_secret_key="secret", aws_region="us-east-1")
        print(client.base_url)
        print(AsyncAnthropicBedrock(aws_access_key="AKIDEXAMPLE", aws_secret_key="secret", aws_region="us-west-2").base_url)
        print(callable(client.messages.create))
    """,
    "vertex": """
        import google.auth
        from anthropic import AnthropicVertex, AsyncAnthropicVertex
        client = AnthropicVertex(project_id="my-project", region="us-east5", access_token="token")
        print(client.base_url)
        print(AsyncAnthropicVertex(project_id="my-project", region="global", access_token="token").base_url)
        print(callable(client.messages.create))
    """,
}
PLATFORM_URLS = {
    "bedrock": ["https://bedrock-runtime.us-east-1.amazonaws.com", "https://bedrock-runtime.us-west-2.amazonaws.com"],
    "vertex": ["https://us-east5-aiplatform.googleapis.com/v1", "https://aiplatform.googleapis.com/v1"],
}


@pytest.mark.parametrize("extra", ["bedrock", "vertex"])
def test_extra_platform_clients(
    extra: str, make_venv: Callable[..., Venv], api: FakeAnthropicAPI, tmp_path: Path
) -> None:
    """The extra brings its dependencies; the platform client is constructed offline (tests/platforms runs it)."""
    venv = make_venv(extra, extras=[extra])
    out = _run_code(venv, PLATFORM_CODE[extra], api, tmp_path).splitlines()
    assert [line.rstrip("/") for line in out[:2]] == PLATFORM_URLS[extra]
    assert out[2] == "True"
    assert api.requests == []


def test_debug_logging_never_shows_the_key(user_venv: Venv, api: FakeAnthropicAPI, tmp_path: Path) -> None:
    """ANTHROPIC_LOG=debug logs requests and responses (stderr), with the credentials redacted."""
    code = """
        from anthropic import Anthropic

        client = Anthropic()
        client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=64, messages=[{"role": "user", "content": "Hi"}])
        client.with_options(max_retries=1).models.list()
    """
    (tmp_path / "script.py").write_text(textwrap.dedent(code))
    api.fail_next(429, route="GET /v1/models")
    env = clean_env(ANTHROPIC_BASE_URL=api.url, ANTHROPIC_API_KEY=API_KEY, ANTHROPIC_LOG="debug")
    logs = run([user_venv.python, "script.py"], cwd=tmp_path, env=env).stderr
    assert "HTTP request POST" in logs and "/v1/messages" in logs
    assert "Retrying GET" in logs
    assert "<redacted>" in logs
    assert API_KEY not in logs

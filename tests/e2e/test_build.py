"""The wheel and the sdist that ``make build`` produces: metadata, contents, nothing of the generator."""

from __future__ import annotations

import email.parser
import re
import tarfile
import zipfile
from typing import Dict, List

from tests.e2e._support import GENERATED

from .conftest import Dist

NOT_SHIPPED = ("generator/", "tests/", "templates/", "handwritten/", "openapi/", "bench/", "node_modules/", ".venv/")


def _metadata(text: str) -> email.message.Message:
    return email.parser.Parser().parsestr(text)


def _requirements(metadata: email.message.Message) -> Dict[str, List[str]]:
    """{extra or "": [requirement, ...]} from Requires-Dist."""
    found: Dict[str, List[str]] = {}
    for line in metadata.get_all("Requires-Dist") or []:
        requirement, _, marker = line.partition(";")
        extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        found.setdefault(extra.group(1) if extra else "", []).append(requirement.strip())
    return found


def _check_metadata(metadata: email.message.Message) -> None:
    assert metadata["Name"] == "anthropic"
    assert metadata["Version"] == "0.79.0"
    assert metadata["Requires-Python"] == ">=3.9"
    assert sorted(metadata.get_all("Provides-Extra") or []) == ["aiohttp", "bedrock", "vertex"]
    requirements = _requirements(metadata)
    base = {re.split(r"[<>=!~\[ ]", r, maxsplit=1)[0].lower(): r for r in requirements[""]}
    assert sorted(base) == sorted(
        ["httpx", "pydantic", "typing-extensions", "anyio", "distro", "sniffio", "jiter", "docstring-parser"]
    )
    for requirement in base.values():
        # Every runtime dependency has a lower bound and an upper bound (the next major version).
        assert ">=" in requirement and "<" in requirement.replace("<=", ""), requirement
    assert ">=0.25.0" in base["httpx"]
    for extra, names in {
        "aiohttp": ["aiohttp", "httpx-aiohttp"],
        "vertex": ["google-auth"],
        "bedrock": ["boto3", "botocore"],
    }.items():
        got = [re.split(r"[<>=!~\[ ]", r, maxsplit=1)[0].lower() for r in requirements[extra]]
        assert sorted(got) == sorted(names), (extra, requirements[extra])
        assert all(">=" in r for r in requirements[extra]), requirements[extra]


def _package_files() -> List[str]:
    return sorted(
        "anthropic/" + path.relative_to(GENERATED / "anthropic").as_posix()
        for path in (GENERATED / "anthropic").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


def test_wheel_metadata(dist: Dist) -> None:
    assert dist.wheel.name == "anthropic-0.79.0-py3-none-any.whl"
    with zipfile.ZipFile(dist.wheel) as wheel:
        _check_metadata(_metadata(wheel.read("anthropic-0.79.0.dist-info/METADATA").decode()))
        wheel_info = _metadata(wheel.read("anthropic-0.79.0.dist-info/WHEEL").decode())
    assert wheel_info["Root-Is-Purelib"] == "true"
    assert wheel_info["Tag"] == "py3-none-any"


def test_wheel_contents(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = sorted(wheel.namelist())
    shipped = [n for n in names if not n.startswith("anthropic-0.79.0.dist-info/")]
    assert "anthropic/py.typed" in shipped
    assert not [n for n in names if n.startswith(NOT_SHIPPED) or "/tests/" in n or n.endswith((".pyc", ".j2"))]
    assert all(n.startswith("anthropic/") for n in shipped), [n for n in shipped if not n.startswith("anthropic/")]
    # Exactly the generated package: nothing missing, nothing added.
    assert shipped == _package_files()


def test_sdist_contents(dist: Dist) -> None:
    assert dist.sdist.name == "anthropic-0.79.0.tar.gz"
    with tarfile.open(dist.sdist) as sdist:
        members = sorted(m.name for m in sdist.getmembers() if m.isfile())
        pkg_info = sdist.extractfile("anthropic-0.79.0/PKG-INFO")
        assert pkg_info is not None
        _check_metadata(_metadata(pkg_info.read().decode()))
    inside = [m.split("/", 1)[1] for m in members]
    assert "pyproject.toml" in inside and "generated/anthropic/py.typed" in inside
    assert not [n for n in inside if n.startswith(NOT_SHIPPED) or n.startswith("generated/tests")], inside
    package = sorted(
        "anthropic/" + n[len("generated/anthropic/") :] for n in inside if n.startswith("generated/anthropic/")
    )
    assert package == _package_files()

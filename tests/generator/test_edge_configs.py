"""Unusual but valid sdk.yaml shapes still generate."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import PETSHOP, petshop_args, run_generator


def test_config_without_auth_or_default_headers_generates(tmp_path: Path) -> None:
    """An API without credentials: `client.auth` and `client.default_headers` left out."""
    config = yaml.safe_load((PETSHOP / "sdk.yaml").read_text())
    del config["client"]["auth"]
    del config["client"]["default_headers"]
    path = tmp_path / "sdk.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    (tmp_path / "hw").mkdir()
    run = run_generator("generate", *petshop_args(tmp_path / "out", tmp_path / "hw", config=path))
    assert run.code == 0, str(run)
    assert "Traceback" not in run.err
    client = (tmp_path / "out" / "petshop" / "_client.py").read_text()
    assert "class Petshop(" in client and "api_key" not in client


def test_minimal_config_derives_the_client(tmp_path: Path) -> None:
    """Only `package` and `resources` given: the client section is derived from the spec (info.title,
    servers); retries and timeout take their defaults."""
    config = yaml.safe_load((PETSHOP / "sdk.yaml").read_text())
    minimal = {"package": config["package"], "resources": config["resources"], "exports_from": ["_types"]}
    path = tmp_path / "sdk.yaml"
    path.write_text(yaml.safe_dump(minimal, sort_keys=False))
    (tmp_path / "hw").mkdir()
    run = run_generator("generate", *petshop_args(tmp_path / "out", tmp_path / "hw", config=path))
    assert run.code == 0, str(run)
    assert "Traceback" not in run.err
    client = (tmp_path / "out" / "petshop" / "_client.py").read_text()
    assert "class Petshop(SyncAPIClient)" in client and "class AsyncPetshop(AsyncAPIClient)" in client
    assert 'base_url="https://petshop.example.com"' in client and 'base_url_env="PETSHOP_BASE_URL"' in client
    assert "max_retries=2," in client and "timeout=600.0," in client

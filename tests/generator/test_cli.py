"""The command line: help with examples and exit codes, timings, colors and a progress bar only on a terminal,
NO_COLOR, --watch, --config resolution, `init`, and the exit codes for internal errors and interrupts."""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, PETSHOP, REPO, TEMPLATES, petshop_args, run_generator, snapshot_tree

from generator import cli

COMMANDS = ["generate", "check", "validate", "diff", "init"]
WARNING_CASE = FIXTURES / "warnings" / "nullable-in-3.1"
SGR_COLOR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_has_examples_and_exit_codes(command: str | None) -> None:
    run = run_generator(*([command] if command else []), "--help")
    assert run.code == 0, str(run)
    assert "examples:" in run.out and "exit codes:" in run.out
    assert "3    internal error" in run.out and "130  interrupted" in run.out
    if command:
        assert f"python -m generator {command}" in run.out
    if command == "generate":
        assert "--watch" in run.out and "--watch-iterations" not in run.out  # the test hook stays hidden


def test_module_docstring_documents_the_exit_codes() -> None:
    for code in ("0 ", "1 ", "2 ", "3 ", "130"):
        assert f"\n  {code}" in (cli.__doc__ or "")


def test_verbose_prints_a_timing_per_stage(tmp_path: Path) -> None:
    (tmp_path / "hw").mkdir()
    run = run_generator("generate", "-v", *petshop_args(tmp_path / "out", tmp_path / "hw"))
    assert run.code == 0, str(run)
    stages = re.findall(r"^  (\w+)\s+\d+\.\d\d s", run.err, flags=re.MULTILINE)
    assert stages == ["load", "build", "render", "format", "write", "total"], run.err


def run_on_terminal(*args: str | os.PathLike[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the generator with stderr on a pseudo-terminal; return (exit code, stdout, what the terminal showed)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    environ.update({"PYTHONPATH": str(REPO), "TERM": "xterm"}, **(env or {}))
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=REPO,
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    shown = bytearray()
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    out = proc.stdout.read().decode() if proc.stdout else ""
    return proc.wait(timeout=60), out, shown.decode(errors="replace")


def warning_case_args(tmp_path: Path) -> list[str | os.PathLike[str]]:
    (tmp_path / "hw").mkdir(exist_ok=True)
    return [
        "--spec",
        WARNING_CASE / "openapi.yaml",
        "--config",
        WARNING_CASE / "sdk.yaml",
        "--templates",
        TEMPLATES,
        "--handwritten",
        tmp_path / "hw",
        "--output",
        tmp_path / "out",
    ]


def test_terminal_gets_colors_and_a_progress_bar(tmp_path: Path) -> None:
    code, _, shown = run_on_terminal("generate", *warning_case_args(tmp_path))
    assert code == 0, shown
    assert "\x1b[1;33mwarning\x1b[0m" in shown, "a warning is yellow on a terminal"
    assert re.search(r"\r\x1b\[K  render\s+\[[#.]+\]\s+\d+/\d+", shown), f"no progress bar in {shown!r}"
    assert shown.rstrip().splitlines()[-1].lstrip("\r\x1b[K").startswith("generate: "), "the bar is cleared"


def test_no_color_is_respected_on_a_terminal(tmp_path: Path) -> None:
    code, _, shown = run_on_terminal("generate", *warning_case_args(tmp_path), env={"NO_COLOR": "1"})
    assert code == 0, shown
    assert not SGR_COLOR.search(shown), f"colors despite NO_COLOR: {shown!r}"
    assert ": warning: 'nullable' is not part of OpenAPI 3.1" in shown


def test_quiet_has_no_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    code, _, shown = run_on_terminal("generate", "-q", *warning_case_args(tmp_path))
    assert code == 0 and "[#" not in shown and "\x1b[K" not in shown, shown


def test_plain_text_when_not_a_terminal(tmp_path: Path) -> None:
    run = run_generator("generate", *warning_case_args(tmp_path))
    assert run.code == 0, str(run)
    assert "\x1b[" not in run.err and "\r" not in run.err
    run = run_generator("generate", "--color", "always", *warning_case_args(tmp_path))
    assert "\x1b[1;33mwarning\x1b[0m" in run.err, "--color always colors a pipe too"


# ---- --config ----------------------------------------------------------------------------------------


def test_sdk_yaml_beside_the_spec_is_used_and_none_derives(tmp_path: Path) -> None:
    spec_dir = tmp_path / "api"
    spec_dir.mkdir()
    (spec_dir / "openapi.yaml").write_bytes((PETSHOP / "openapi.yaml").read_bytes())
    (spec_dir / "sdk.yaml").write_bytes((PETSHOP / "sdk.yaml").read_bytes())
    (tmp_path / "hw").mkdir()
    common = ["--spec", spec_dir / "openapi.yaml", "--templates", TEMPLATES, "--handwritten", tmp_path / "hw"]
    assert run_generator("generate", "-q", *common, "--output", tmp_path / "beside").code == 0
    assert "class Petshop(" in (tmp_path / "beside" / "petshop" / "_client.py").read_text()
    assert "def feed(" in (tmp_path / "beside" / "petshop" / "resources" / "pets" / "pets.py").read_text()
    run = run_generator("generate", "-q", *common, "--config", "none", "--output", tmp_path / "derived")
    assert run.code == 0, str(run)
    provenance = (tmp_path / "derived" / "PROVENANCE.json").read_text()
    assert '"derived_config_sections": [' in provenance
    # derived: pets.feed becomes an action named by its operationId (pets_feed -> feed) on `pets`
    assert (tmp_path / "derived" / "petshop" / "resources" / "pets" / "pets.py").is_file()


def test_init_prints_the_derived_sdk_yaml_which_generates_the_same_sdk(tmp_path: Path) -> None:
    spec = FIXTURES / "derived" / "petstore-3.0" / "openapi.yaml"
    run = run_generator("init", "--spec", spec)
    assert run.code == 0, str(run)
    assert run.out.startswith("# Derived from ") and "resources:" in run.out
    (tmp_path / "sdk.yaml").write_text(run.out)
    (tmp_path / "hw").mkdir()
    common = ["--spec", spec, "--templates", TEMPLATES, "--handwritten", tmp_path / "hw"]
    assert (
        run_generator("generate", "-q", *common, "--config", tmp_path / "sdk.yaml", "--output", tmp_path / "a").code
        == 0
    )
    assert run_generator("generate", "-q", *common, "--config", "none", "--output", tmp_path / "b").code == 0
    a, b = snapshot_tree(tmp_path / "a"), snapshot_tree(tmp_path / "b")
    differing = sorted(rel for rel in set(a) | set(b) if a.get(rel) != b.get(rel))
    assert differing == ["PROVENANCE.json"], differing


# ---- --watch -----------------------------------------------------------------------------------------


def watch_args(tmp_path: Path, iterations: int) -> argparse.Namespace:
    spec_dir, templates, hw = tmp_path / "openapi", tmp_path / "templates", tmp_path / "handwritten"
    for directory in (spec_dir, templates, hw):
        directory.mkdir(exist_ok=True)
    (spec_dir / "api.yaml").write_text("openapi: 3.1.0\n")
    return argparse.Namespace(
        spec=spec_dir / "api.yaml",
        config="none",
        templates=templates,
        handwritten=hw,
        output=tmp_path / "generated",
        watch_interval=0.01,
        watch_iterations=iterations,
        quiet=False,
    )


def test_watch_regenerates_after_each_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = watch_args(tmp_path, iterations=4)
    runs: list[int] = []
    edits = {
        1: lambda: (tmp_path / "openapi" / "api.yaml").write_text("openapi: 3.1.0\ninfo: {}\n"),
        3: lambda: (tmp_path / "templates" / "new.j2").write_text("x"),
    }
    polls = iter(range(1, 100))

    def sleep(seconds: float) -> None:
        assert seconds == 0.05, "the interval is clamped to at least 0.05 s"
        edits.get(next(polls), lambda: None)()
        (tmp_path / "generated").mkdir(exist_ok=True)
        (tmp_path / "generated" / "out.txt").write_text(str(len(runs)))  # output changes are not inputs

    def run(namespace: argparse.Namespace, console: cli.Console) -> int:
        runs.append(1)
        return 0 if len(runs) < 3 else 2

    console = cli.Console(args, cli.Style(False), None)
    code = cli.watch(args, console, sleep=sleep, run=run)
    assert len(runs) == 3, "the first run, then one per poll that saw a change (polls 1 and 3)"
    assert code == 2, "the last run's exit code"
    err = capsys.readouterr().err
    assert err.count("changed; regenerating") == 2 and "api.yaml changed" in err and "new.j2 changed" in err


def test_watch_subprocess_smoke(tmp_path: Path) -> None:
    (tmp_path / "hw").mkdir()
    run = run_generator(
        "generate",
        "--watch",
        "--watch-interval",
        "0.05",
        "--watch-iterations",
        "2",
        *petshop_args(tmp_path / "out", tmp_path / "hw"),
    )
    assert run.code == 0, str(run)
    assert "watch: watching " in run.err and run.err.count("generate: ") == 1


# ---- exit codes for the generator's own failures -----------------------------------------------------


def test_internal_error_is_exit_3_with_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "render_tree", boom)
    (tmp_path / "hw").mkdir()
    assert cli.main(["generate", *map(str, petshop_args(tmp_path / "out", tmp_path / "hw"))]) == 3
    err = capsys.readouterr().err
    assert "RuntimeError: boom" in err and "internal error in the generator (please report it)" in err
    assert not (tmp_path / "out").exists()


def test_interrupt_is_exit_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "render_tree", interrupt)
    (tmp_path / "hw").mkdir()
    assert cli.main(["generate", *map(str, petshop_args(tmp_path / "out", tmp_path / "hw"))]) == 130
    assert "interrupted; nothing was written" in capsys.readouterr().err


def test_bad_command_line_is_exit_2() -> None:
    run = run_generator("generate", "--no-such-option")
    assert run.code == 2 and "usage:" in run.err

"""Command line: `python -m generator {generate,check,validate,diff,init}`.

Exit codes (every command):
  0    success (`diff`: also when it found changes, unless --fail-on-breaking)
  1    `check` found differences; `validate` found problems; `diff --fail-on-breaking` found a breaking change
  2    the spec or sdk.yaml has errors, or --strict and warnings, or a bad command line (nothing was written)
  3    an internal error in the generator (a bug: please report it with the traceback; nothing was written)
  130  interrupted (Ctrl-C); nothing was written

Which sdk.yaml: `--config PATH`; without it, `sdk.yaml` next to the spec when there is
one, else the SDK's shape is derived from the spec (generator/derive.py); `--config none`
always derives. Sections a given sdk.yaml leaves out are derived too.

Output to a terminal: diagnostics are colored (not when NO_COLOR is set, or with
`--color never`), and `generate` / `check` draw a progress bar on stderr when it is a TTY.
`-v` prints a timing per stage. `generate --watch` polls openapi/ (the spec's directory),
templates/ and handwritten/ every --watch-interval seconds and regenerates on a change; errors
in the inputs are reported and the watch goes on; Ctrl-C ends it (exit 0).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TextIO

from .diagnostics import Diagnostic, DiagnosticError, Diagnostics
from .emit import GeneratedCodeError, compare, stage, swap_in, unified_diff
from .pipeline import Paths, Timings, build_ir, render_tree

EXIT_OK, EXIT_DIFF, EXIT_INVALID, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

DEFAULT_SPEC = Path("openapi/anthropic.openapi.yaml")

EXIT_CODES = """exit codes:
  0    success (diff: also when it found changes, unless --fail-on-breaking)
  1    check found differences; validate found problems; diff --fail-on-breaking found a breaking change
  2    the spec or sdk.yaml has errors, --strict and warnings, or a bad command line (nothing written)
  3    internal error in the generator: a bug, please report it (nothing written)
  130  interrupted
"""

CONFIG_HELP = (
    "the SDK's shape (sdk.yaml); default: sdk.yaml next to the spec if there is one, else derived from "
    "the spec; 'none' always derives"
)

EXAMPLES = {
    "generate": """examples:
  python -m generator generate                      regenerate generated/ from openapi/, templates/, handwritten/
  python -m generator generate -v                   the same, with a timing per stage
  python -m generator generate --watch              regenerate whenever openapi/, templates/ or handwritten/ change
  python -m generator generate --spec petstore.json --config none --output /tmp/petstore
                                                    an SDK for any spec, its shape derived from the spec
""",
    "check": """examples:
  python -m generator check                         exit 1 and print a diff if generated/ is not up to date
  python -m generator check -q --strict             CI: warnings count as errors, only errors are printed
""",
    "validate": """examples:
  python -m generator validate                      openapi-spec-validator over openapi/anthropic.openapi.yaml
  python -m generator validate --spec other.yaml --strict
""",
    "diff": """examples:
  git show HEAD:openapi/anthropic.openapi.yaml > /tmp/old.yaml
  python -m generator diff /tmp/old.yaml openapi/anthropic.openapi.yaml
                                                    what the spec edit changes in the SDK (openapi/sdk.yaml for both)
  python -m generator diff old.json new.json --json --fail-on-breaking
                                                    machine-readable; exit 1 when a change is breaking
  make diff OLD=/tmp/old.yaml NEW=openapi/anthropic.openapi.yaml

which sdk.yaml: --config for both sides, --old-config / --new-config for one; otherwise each side
uses the sdk.yaml next to its spec, both use the one found when only one side has it, and the shape
is derived from each spec when neither has one. The rules that make a change breaking are in
generator/diff.py.
""",
    "init": """examples:
  python -m generator init --spec petstore.yaml > sdk.yaml
                                                    the sdk.yaml the generator derives, as a starting point
""",
}

TOP_EXAMPLES = """examples:
  python -m generator generate                      regenerate generated/ (make generate)
  python -m generator check                         exit 1 with a diff if generated/ is stale (make check)
  python -m generator diff OLD.yaml NEW.yaml        what a spec change does to the SDK (make diff OLD=.. NEW=..)
  python -m generator generate --watch              regenerate on every change of openapi/, templates/, handwritten/
  python -m generator generate --spec any.json --config none --output /tmp/sdk
                                                    an SDK for any OpenAPI document, its shape derived
  python -m generator init --spec any.json          print that derived sdk.yaml
  python -m generator COMMAND --help                the options of one command
"""

COMMANDS = {
    "generate": "render the SDK and write it to the output directory",
    "check": "render the SDK and diff it against the output directory; exit 1 on any difference",
    "validate": "validate the spec with openapi-spec-validator",
    "diff": "list the changes between two versions of the API as they affect the SDK's public surface",
    "init": "print the sdk.yaml derived from a spec (a starting point for a new API)",
}


# ---- terminal output ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """ANSI colors for one stream, or none."""

    enabled: bool

    @staticmethod
    def for_stream(stream: TextIO, choice: str) -> Style:
        if choice == "always":
            return Style(True)
        if choice == "never" or os.environ.get("NO_COLOR"):
            return Style(False)
        return Style(_isatty(stream) and os.environ.get("TERM") != "dumb")

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def red(self, text: str) -> str:
        return self._wrap("1;31", text)

    def yellow(self, text: str) -> str:
        return self._wrap("1;33", text)

    def green(self, text: str) -> str:
        return self._wrap("32", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def diagnostic(self, d: Diagnostic) -> str:
        if not self.enabled:
            return d.render()
        where = self.bold(f"{d.location}: ") if d.location else ""
        severity = self.red("error") if d.severity == "error" else self.yellow("warning")
        text = f"{where}{severity}: {d.message}"
        if d.hint:
            text += "\n    " + self.dim(f"hint: {d.hint}")
        return text


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """One line on a terminal, redrawn in place: `render   [#######.............]  120/465`."""

    WIDTH = 24

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False
        self._last: tuple[str, int] | None = None

    def __call__(self, stage_name: str, done: int, total: int) -> None:
        if total:
            filled = self.WIDTH * done // total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            text = f"  {stage_name:<8} [{bar}] {done:>5}/{total}"
            key = (stage_name, filled)
        else:
            text = f"  {stage_name:<8} ..."
            key = (stage_name, -1)
        if key == self._last:
            return
        self._last = key
        self.stream.write("\r\x1b[K" + text)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
            self._last = None


# ---- the command line --------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colored diagnostics")
    verbosity = output.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true", help="print only errors and the summary")
    verbosity.add_argument("-v", "--verbose", action="store_true", help="print a timing per stage")

    spec = argparse.ArgumentParser(add_help=False)
    spec.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (YAML or JSON)")
    spec.add_argument("--config", default=None, help=CONFIG_HELP)
    spec.add_argument("--strict", action="store_true", help="treat warnings as errors")

    tree = argparse.ArgumentParser(add_help=False)
    tree.add_argument("--output", type=Path, default=Path("generated"), help="output directory")
    tree.add_argument("--templates", type=Path, default=Path("templates"), help="templates and runtime core")
    tree.add_argument("--handwritten", type=Path, default=Path("handwritten"), help="overlay tree")

    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate the Python SDK from an OpenAPI description.",
        epilog=TOP_EXAMPLES + "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="{" + ",".join(COMMANDS) + "}")
    parents = {
        "generate": [spec, tree, output],
        "check": [spec, tree, output],
        "validate": [spec, output],
        "diff": [output],
        "init": [spec, output],
    }
    for name, text in COMMANDS.items():
        sub = commands.add_parser(
            name,
            parents=parents[name],
            help=text,
            description=text,
            epilog=EXAMPLES[name] + "\n" + EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if name == "generate":
            sub.add_argument(
                "--watch", action="store_true", help="regenerate when openapi/, templates/ or handwritten/ change"
            )
            sub.add_argument(
                "--watch-interval",
                type=float,
                default=1.0,
                metavar="SECONDS",
                help="how often --watch polls for changes (0.05 to 10; default 1)",
            )
            sub.add_argument("--watch-iterations", type=int, default=None, help=argparse.SUPPRESS)
        if name == "diff":
            sub.add_argument("old", type=Path, metavar="OLD_SPEC", help="the earlier OpenAPI document")
            sub.add_argument("new", type=Path, metavar="NEW_SPEC", help="the later OpenAPI document")
            sub.add_argument("--config", default=None, help="sdk.yaml for both sides ('none': derive both)")
            sub.add_argument("--old-config", default=None, help="sdk.yaml for OLD_SPEC only ('none': derive)")
            sub.add_argument("--new-config", default=None, help="sdk.yaml for NEW_SPEC only ('none': derive)")
            sub.add_argument("--json", action="store_true", help="print the changes as JSON")
            sub.add_argument(
                "--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking for SDK users"
            )
    return parser


def config_path(spec: Path, choice: str | None) -> Path | None:
    """`--config` resolved: a path, None (derive), or the sdk.yaml next to the spec when not given."""
    if choice is not None:
        return None if choice.lower() == "none" else Path(choice)
    sibling = spec.parent / "sdk.yaml"
    return sibling if sibling.is_file() else None


@dataclass
class Console:
    """Where and how a run prints: stderr with its style and progress bar."""

    args: argparse.Namespace
    style: Style
    progress: ProgressBar | None

    def say(self, text: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        print(text, file=sys.stderr)

    def diagnostics(self, items: list[Diagnostic]) -> None:
        for item in items:
            self.say(self.style.diagnostic(item))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    style = Style.for_stream(sys.stderr, args.color)
    progress_wanted = args.command in ("generate", "check") and not args.quiet and _isatty(sys.stderr)
    console = Console(args, style, ProgressBar(sys.stderr) if progress_wanted else None)
    try:
        if args.command == "generate" and args.watch:
            return watch(args, console)
        return run_command(args, console)
    except KeyboardInterrupt:
        console.say(f"{args.command}: interrupted; nothing was written")
        return EXIT_INTERRUPTED
    finally:
        if console.progress is not None:
            console.progress.clear()


def run_command(args: argparse.Namespace, console: Console) -> int:
    """One command; every failure becomes an exit code and readable text, never an uncaught exception."""
    started = time.perf_counter()
    diagnostics = Diagnostics()
    try:
        if args.command == "validate":
            return _validate(args, console, diagnostics, started)
        if args.command == "diff":
            return _diff(args, console, diagnostics, started)
        if args.command == "init":
            return _init(args, console, diagnostics)
        return _generate(args, console, diagnostics, started)
    except DiagnosticError as exc:
        if not args.quiet:
            console.diagnostics(diagnostics.warnings)
        console.diagnostics(exc.diagnostics)
        tail = "" if args.command in ("diff", "init") else "; nothing was written"
        console.say(f"{args.command}: failed with {len(exc.diagnostics)} error(s){tail}")
        return EXIT_INVALID
    except KeyboardInterrupt:
        raise
    except GeneratedCodeError as exc:  # invalid Python rendered: a generator or template bug, shown without a traceback
        console.say(f"{args.command}: internal error: {exc}")
        console.say(f"{args.command}: the generator produced invalid code (please report it); nothing was written")
        return EXIT_INTERNAL
    except Exception:  # a bug in the generator, not in the input: say so, with the traceback
        if console.progress is not None:
            console.progress.clear()
        traceback.print_exc()
        console.say(f"{args.command}: internal error in the generator (please report it); nothing was written")
        return EXIT_INTERNAL


def _validate(args: argparse.Namespace, console: Console, diagnostics: Diagnostics, started: float) -> int:
    from .validate import validate_spec

    timings = Timings()
    validate_spec(args.spec, diagnostics)
    timings.mark("validate")
    console.diagnostics(diagnostics.errors)
    code = _report(diagnostics, args, console)
    _timings(args, console, timings)
    _summary(args, console, f"{len(diagnostics.errors)} errors", diagnostics, started)
    return code if code else (EXIT_DIFF if diagnostics.errors else EXIT_OK)


def _init(args: argparse.Namespace, console: Console, diagnostics: Diagnostics) -> int:
    from .derive import derive_config
    from .load import Document

    document = Document(args.spec, diagnostics)
    diagnostics.raise_if_errors()
    derived = derive_config(document)
    for notes in derived.notes.values():
        for note in notes:
            diagnostics.warning(note.location, note.message, note.hint)
    code = _report(diagnostics, args, console)
    if code:
        return code
    header = (
        f"# Derived from {args.spec} by `python -m generator init`; edit freely (see the README's maintainer guide).\n"
    )
    sys.stdout.write(header + derived.yaml_text((*derived.data,)))
    return EXIT_OK


def _generate(args: argparse.Namespace, console: Console, diagnostics: Diagnostics, started: float) -> int:
    paths = Paths(args.spec, config_path(args.spec, args.config), args.output, args.templates, args.handwritten)
    timings = Timings(progress=console.progress)
    rendered = render_tree(paths, diagnostics, timings)
    code = _report(diagnostics, args, console)
    if code:
        return code
    timings.report("format")
    staging = stage(rendered.files, args.output)
    timings.mark("format")
    try:
        outcome = compare(staging, args.output)
        if args.command == "check":
            if outcome.changed:
                if console.progress is not None:
                    console.progress.clear()
                sys.stdout.write(unified_diff(staging, args.output, outcome))
                console.say(
                    f"check: {args.output} is out of date: {len(outcome.written)} changed or new, "
                    f"{len(outcome.removed)} stray; run `make generate`"
                )
            shutil.rmtree(staging, ignore_errors=True)
            timings.mark("diff")
        elif outcome.changed:
            timings.report("write")
            swap_in(staging, args.output)
            timings.mark("write")
        else:
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _timings(args, console, timings)
    verb = "would write" if args.command == "check" else "written"
    counts = f"{len(outcome.written)} {verb}, {len(outcome.unchanged)} unchanged, {len(outcome.removed)} removed"
    _summary(args, console, counts, diagnostics, started)
    return EXIT_DIFF if args.command == "check" and outcome.changed else EXIT_OK


def _diff(args: argparse.Namespace, console: Console, diagnostics: Diagnostics, started: float) -> int:
    from .diff import compare as compare_surfaces
    from .surface import surface_of

    old_config, new_config = diff_configs(args.old, args.new, args.config, args.old_config, args.new_config)
    timings = Timings()
    surfaces = []
    for spec, config in ((args.old, old_config), (args.new, new_config)):
        side = Diagnostics()
        try:
            api, sdk = build_ir(spec, config, side, timings)
        finally:
            for item in side.items:
                (diagnostics.error if item.severity == "error" else diagnostics.warning)(
                    item.location, item.message, item.hint
                )
        surfaces.append(surface_of(api, (sdk.client.sync_name, sdk.client.async_name)))
    code = _report(diagnostics, args, console)
    if code:
        return code
    report = compare_surfaces(surfaces[0], surfaces[1])
    timings.mark("diff")
    if args.json:
        sys.stdout.write(report.to_json(str(args.old), str(args.new)))
    else:
        sys.stdout.write(_styled_report(report.to_text(str(args.old), str(args.new)), console.style))
    _timings(args, console, timings)
    counts = f"{len(report.breaking)} breaking, {len(report.other)} other change(s)"
    _summary(args, console, counts, diagnostics, started)
    return EXIT_DIFF if args.fail_on_breaking and report.breaking else EXIT_OK


def diff_configs(
    old: Path, new: Path, both: str | None, old_choice: str | None, new_choice: str | None
) -> tuple[Path | None, Path | None]:
    """The sdk.yaml of each side of a diff (see `diff --help`)."""
    if both is not None:
        shared = config_path(old, both)
        old_config = new_config = shared
    else:
        old_config, new_config = config_path(old, None), config_path(new, None)
        if old_config is None and new_config is not None:
            old_config = new_config
        elif new_config is None and old_config is not None:
            new_config = old_config
    if old_choice is not None:
        old_config = config_path(old, old_choice)
    if new_choice is not None:
        new_config = config_path(new, new_choice)
    return old_config, new_config


def _styled_report(text: str, style: Style) -> str:
    if not style.enabled:
        return text
    lines = []
    for line in text.splitlines():
        if line.startswith("  - "):
            line = style.red("  - ") + line[4:]
        elif line.startswith("  + "):
            line = style.green("  + ") + line[4:]
        elif line.endswith(":") and not line.startswith(" "):
            line = style.bold(line)
        lines.append(line)
    return "\n".join(lines) + "\n"


# ---- watch -------------------------------------------------------------------------------------

_UNWATCHED = {".git", ".venv", "node_modules", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


def watched_roots(args: argparse.Namespace) -> list[Path]:
    roots = [args.spec.parent, args.templates, args.handwritten]
    config = config_path(args.spec, args.config)
    if config is not None:
        roots.append(config.parent)
    unique: list[Path] = []
    for root in roots:
        resolved = root.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def fingerprint(roots: list[Path], ignore: list[Path]) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file under `roots`, leaving out `ignore` (the output) and caches."""
    ignored = [path.resolve() for path in ignore]
    found: dict[str, tuple[int, int]] = {}
    for root in roots:
        for directory, dirs, files in os.walk(root):
            here = Path(directory)
            dirs[:] = sorted(
                d for d in dirs if d not in _UNWATCHED and not d.startswith(".") and (here / d).resolve() not in ignored
            )
            for name in files:
                path = here / name
                try:
                    stat = path.stat()
                except OSError:
                    continue
                found[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return found


def watch(
    args: argparse.Namespace,
    console: Console,
    *,
    sleep: Callable[[float], None] = time.sleep,
    run: Callable[[argparse.Namespace, Console], int] | None = None,
) -> int:
    """Generate, then poll the inputs every --watch-interval seconds and regenerate when they change.

    Ends on Ctrl-C (exit 0), or after --watch-iterations polls (hidden; for tests), returning the last
    run's exit code. Errors in the inputs are reported and the watch goes on.
    """
    run = run or run_command
    interval = min(max(args.watch_interval, 0.05), 10.0)
    roots = watched_roots(args)
    state = fingerprint(roots, [args.output])
    code = run(args, console)
    shown = ", ".join(str(r) for r in roots)
    console.say(f"watch: watching {shown} every {interval:g} s; Ctrl-C to stop")
    polls = 0
    try:
        while args.watch_iterations is None or polls < args.watch_iterations:
            sleep(interval)
            polls += 1
            current = fingerprint(roots, [args.output])
            if current == state:
                continue
            changed = sorted(set(current) ^ set(state) | {k for k in current if k in state and current[k] != state[k]})
            state = current
            more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
            console.say(f"watch: {changed[0]}{more} changed; regenerating")
            code = run(args, console)
    except KeyboardInterrupt:
        console.say("watch: stopped")
        return EXIT_OK
    return code


# ---- reporting ---------------------------------------------------------------------------------


def _report(diagnostics: Diagnostics, args: argparse.Namespace, console: Console) -> int:
    if not args.quiet:
        console.diagnostics(diagnostics.warnings)
    if getattr(args, "strict", False) and diagnostics.warnings:
        console.say(f"{args.command}: {len(diagnostics.warnings)} warning(s) and --strict; nothing was written")
        return EXIT_INVALID
    return EXIT_OK


def _timings(args: argparse.Namespace, console: Console, timings: Timings) -> None:
    if not args.verbose or not timings.stages:
        return
    total = sum(timings.stages.values())
    for stage_name, seconds in timings.stages.items():
        share = 100 * seconds / total if total else 0
        console.say(f"  {stage_name:<8} {seconds:6.2f} s  {share:3.0f}%")
    console.say(f"  {'total':<8} {total:6.2f} s")


def _summary(args: argparse.Namespace, console: Console, counts: str, diagnostics: Diagnostics, started: float) -> None:
    elapsed = time.perf_counter() - started
    console.say(f"{args.command}: {counts}; {len(diagnostics.warnings)} warnings; {elapsed:.2f} s")

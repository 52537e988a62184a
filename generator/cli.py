"""Command line: `python -m generator {generate,check,validate}`.

Exit codes: 0 success; 1 `check` found differences (or `validate` found
problems); 2 the spec or config has errors (nothing was written); 3 an
unexpected internal failure.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import traceback
from pathlib import Path

from .diagnostics import DiagnosticError, Diagnostics
from .emit import compare, stage, swap_in, unified_diff
from .pipeline import Paths, Timings, render_tree

EXIT_OK, EXIT_DIFF, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3

EPILOG = """examples:
  python -m generator generate                 regenerate generated/ from openapi/, templates/, handwritten/
  python -m generator check                    exit 1 and print a diff if generated/ is not up to date
  python -m generator validate --strict        run openapi-spec-validator; warnings count as errors
  python -m generator generate --spec my.yaml --config my-sdk.yaml --output /tmp/out
"""


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--spec", type=Path, default=Path("openapi/anthropic.openapi.yaml"), help="OpenAPI document")
    common.add_argument("--config", type=Path, default=Path("openapi/sdk.yaml"), help="the SDK's shape (sdk.yaml)")
    common.add_argument("--output", type=Path, default=Path("generated"), help="output directory")
    common.add_argument("--templates", type=Path, default=Path("templates"), help="templates and runtime core")
    common.add_argument("--handwritten", type=Path, default=Path("handwritten"), help="overlay tree")
    common.add_argument("--strict", action="store_true", help="treat warnings as errors")
    verbosity = common.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true", help="print only errors and the summary")
    verbosity.add_argument("-v", "--verbose", action="store_true", help="print per-stage timings")
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate the Python SDK from an OpenAPI description.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "render the SDK and write it to the output directory"),
        ("check", "render the SDK and diff it against the output directory; exit 1 on any difference"),
        ("validate", "validate the spec with openapi-spec-validator"),
    ):
        commands.add_parser(
            name,
            parents=[common],
            help=text,
            description=text,
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    diagnostics = Diagnostics()
    try:
        if args.command == "validate":
            from .validate import validate_spec

            validate_spec(args.spec, diagnostics)
            for error in diagnostics.errors:
                print(error.render(), file=sys.stderr)
            code = _report(diagnostics, args, strict=args.strict)
            _summary(args, f"{len(diagnostics.errors)} errors", diagnostics, started)
            return code if code else (EXIT_DIFF if diagnostics.errors else EXIT_OK)
        return _generate(args, diagnostics, started)
    except DiagnosticError as exc:
        for warning in diagnostics.warnings:
            if not args.quiet:
                print(warning.render(), file=sys.stderr)
        for diagnostic in exc.diagnostics:
            print(diagnostic.render(), file=sys.stderr)
        print(f"{args.command}: failed with {len(exc.diagnostics)} error(s); nothing was written", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print(f"{args.command}: interrupted; nothing was written", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception:  # a bug in the generator, not in the input: say so, with the traceback
        traceback.print_exc()
        print(
            f"{args.command}: internal error in the generator (please report it); nothing was written", file=sys.stderr
        )
        return EXIT_INTERNAL


def _generate(args: argparse.Namespace, diagnostics: Diagnostics, started: float) -> int:
    paths = Paths(args.spec, args.config, args.output, args.templates, args.handwritten)
    timings = Timings()
    rendered = render_tree(paths, diagnostics, timings)
    code = _report(diagnostics, args, strict=args.strict)
    if code:
        return code
    staging = stage(rendered.files, args.output)
    timings.mark("format")
    try:
        outcome = compare(staging, args.output)
        if args.command == "check":
            if outcome.changed:
                sys.stdout.write(unified_diff(staging, args.output, outcome))
                print(
                    f"check: {args.output} is out of date: {len(outcome.written)} changed or new, "
                    f"{len(outcome.removed)} stray; run `make generate`",
                    file=sys.stderr,
                )
            shutil.rmtree(staging, ignore_errors=True)
            timings.mark("diff")
        elif outcome.changed:
            swap_in(staging, args.output)
            timings.mark("write")
        else:
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if args.verbose:
        for stage_name, seconds in timings.stages.items():
            print(f"  {stage_name:<8} {seconds:6.2f} s", file=sys.stderr)
    verb = "would write" if args.command == "check" else "written"
    counts = f"{len(outcome.written)} {verb}, {len(outcome.unchanged)} unchanged, {len(outcome.removed)} removed"
    _summary(args, counts, diagnostics, started)
    return EXIT_DIFF if args.command == "check" and outcome.changed else EXIT_OK


def _report(diagnostics: Diagnostics, args: argparse.Namespace, *, strict: bool) -> int:
    if not args.quiet:
        for warning in diagnostics.warnings:
            print(warning.render(), file=sys.stderr)
    if strict and diagnostics.warnings:
        print(
            f"{args.command}: {len(diagnostics.warnings)} warning(s) and --strict; nothing was written", file=sys.stderr
        )
        return EXIT_INVALID
    return EXIT_OK


def _summary(args: argparse.Namespace, counts: str, diagnostics: Diagnostics, started: float) -> None:
    elapsed = time.perf_counter() - started
    print(f"{args.command}: {counts}; {len(diagnostics.warnings)} warnings; {elapsed:.2f} s", file=sys.stderr)

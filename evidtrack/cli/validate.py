"""``evidtrack validate PATH...``: run the rules, print located findings, exit 0, 1 or 2."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TextIO

from evidtrack.cache import Cache, default_folder
from evidtrack.cli._common import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    add_as_of,
    add_cache_dir_option,
    add_config,
    add_jobs_option,
    fail,
    missing_paths,
    read_config,
)
from evidtrack.config import ConfigError
from evidtrack.report import FORMATS, text
from evidtrack.rules import SelectorError, catalogue
from evidtrack.validation import resolve, validate

NAME = "validate"
HELP = "check evidence files against the rules; print path:line:col: CODE message for each problem"

#: Progress appears only after this many seconds: short runs stay quiet.
PROGRESS_AFTER = 1.0


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="YAML files or folders")
    parser.add_argument(
        "--format", choices=sorted(FORMATS), default="text", help="output format (default: text)"
    )
    add_as_of(parser, "report dates after the end of DATE (default: today)")
    parser.add_argument(
        "--archive", metavar="DIR", help="folder of document texts for the quote check"
    )
    parser.add_argument(
        "--select",
        type=_codes,
        metavar="CODES",
        help="comma-separated codes, prefixes or families to run (replaces the configuration's)",
    )
    parser.add_argument(
        "--ignore",
        type=_codes,
        default=[],
        metavar="CODES",
        help="comma-separated codes, prefixes or families to skip (adds to the configuration's)",
    )
    add_config(parser)
    parser.add_argument(
        "--list-rules", action="store_true", help="print the rule catalogue and exit"
    )
    parser.add_argument(
        "--verbose", action="store_true", help="also list the documents whose text is missing"
    )
    add_jobs_option(parser)
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read every file again, and keep nothing for the next run",
    )
    add_cache_dir_option(parser, "where to keep what each file gave, for the next run")


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        return _list_rules()
    if not args.paths:
        return fail("give at least one PATH (a YAML file or folder), or --list-rules")
    missing = missing_paths(args.paths)
    if missing:
        return fail(f"no such file or folder: {', '.join(missing)}")
    if args.archive is not None and not os.path.isdir(args.archive):
        return fail(f"--archive {args.archive}: no such folder")
    try:
        # Selectors are checked before a file is read: a typo is the user's to fix at once,
        # and any other exception from the run is a bug, never reported as the user's error.
        config = resolve(read_config(args.config), select=args.select, ignore=args.ignore)
    except (ConfigError, SelectorError) as exc:
        return fail(str(exc))
    progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
    cache = None if args.no_cache else Cache(args.cache_dir or default_folder(config.path))
    try:
        result = validate(
            args.paths,
            as_of=args.as_of,
            archive=args.archive,
            config=config,
            progress=progress,
            jobs=args.jobs,
            cache=cache,
        )
    finally:
        if progress is not None:
            progress.clear()
    if cache is not None and cache.write_error is not None:
        problem = cache.write_error.strerror or cache.write_error
        print(
            f"evidtrack: warning: cache not written to {cache.folder}: {problem}", file=sys.stderr
        )
    if args.format == "text":
        colour = text.colour_for(sys.stdout)
        sys.stdout.write(text.render(result, verbose=args.verbose, colour=colour))
    else:
        sys.stdout.write(FORMATS[args.format](result))
    return EXIT_CLEAN if result.ok else EXIT_FINDINGS


def _list_rules() -> int:
    for info in catalogue():
        where = " (reported by the loader)" if info.loader else ""
        print(f"{info.code} {info.name} [{info.family.value}, {info.severity.value}]{where}")
        print(f"    {info.message}")
    return EXIT_CLEAN


class _Progress:
    """Draws "stage done/total" on one terminal line, once a run has lasted PROGRESS_AFTER."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.drawn = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if time.monotonic() - self.started < PROGRESS_AFTER:
            return
        self.stream.write(f"\revidtrack: {stage} {done}/{total}\033[K")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()

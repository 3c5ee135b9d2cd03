"""What the subcommands share: the command protocol, argument checks, and the evidence gate.

Exit statuses mean the same in every command: 0 clean (warnings do not fail a run), 1 findings
at error level, 2 could not run (bad arguments, a missing path, a broken configuration).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Protocol

import attrs

from evidtrack.as_of import FORMS, AsOf, AsOfError, parse_as_of
from evidtrack.cache import ENVIRONMENT, WHERE
from evidtrack.config import Config, ConfigError, find_config, load_config
from evidtrack.findings import Severity
from evidtrack.loading import LoadResult
from evidtrack.report import text
from evidtrack.rules import SelectorError
from evidtrack.validation import ValidationResult, load_and_validate, resolve
from evidtrack.wording import plural


class Command(Protocol):
    NAME: str
    HELP: str

    def configure(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


#: Exit statuses shared by every subcommand.
EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_CANNOT_RUN = 2


def missing_paths(paths: list[str]) -> list[str]:
    """The given paths that do not exist; the command reports them and exits 2."""
    return [p for p in paths if not os.path.exists(p)]


def fail(message: str) -> int:
    print(f"evidtrack: error: {message}", file=sys.stderr)
    return EXIT_CANNOT_RUN


def as_of_date(value: str) -> AsOf:
    """An ``--as-of`` argument, read by the library's one reader of as-of dates."""
    try:
        return parse_as_of(value)
    except AsOfError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_as_of(parser: argparse.ArgumentParser, meaning: str) -> None:
    """The ``--as-of`` option, with its forms written once."""
    parser.add_argument("--as-of", type=as_of_date, metavar="DATE", help=f"{meaning} ({FORMS})")


def add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="evidtrack.toml or pyproject.toml to read (default: the nearest, from here up)",
    )


def read_config(explicit: str | None) -> Config:
    """The configuration named by ``--config``, or the nearest one; ``ConfigError`` if broken."""
    if explicit is not None:
        return load_config(explicit)
    found = find_config(Path.cwd())
    return load_config(found) if found is not None else Config()


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give a number of processes, 1 or more")
    return jobs


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """``-j/--jobs N``: how many processes read the files (every command that reads them)."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="read the files in N processes (default: one per core; 1 reads them in this one)",
    )


def add_cache_dir_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--cache-dir DIR``: which cache (validate keeps it, cache clean removes it)."""
    parser.add_argument(
        "--cache-dir", metavar="DIR", help=f"{what} (default: ${ENVIRONMENT} if set, else {WHERE})"
    )


def add_gate(parser: argparse.ArgumentParser, doing: str) -> None:
    """The options of a command that reads evidence: ``--config``, ``--allow-errors``,
    ``--jobs``."""
    add_config(parser)
    add_jobs_option(parser)
    parser.add_argument(
        "--allow-errors",
        action="store_true",
        help=f"go on {doing} when validation finds errors (they are still printed, records the"
        " loader rejected are left out, and the exit status is still 1)",
    )


@attrs.frozen(kw_only=True)
class Evidence:
    """What passed the gate: the records, the validation, and the status the command ends with."""

    loaded: LoadResult
    validation: ValidationResult
    #: EXIT_CLEAN, or EXIT_FINDINGS when errors were let through with --allow-errors.
    status: int


def gate(
    args: argparse.Namespace, doing: str, *, archive: str | os.PathLike[str] | None = None
) -> Evidence | int:
    """Load ``args.paths`` and validate them as ``evidtrack validate`` would, before any use.

    Every command that reads evidence goes through here, so none publishes what ``validate``
    rejects: error-level findings are printed (to stderr, as ``validate`` prints them) and the
    command exits 1, unless ``--allow-errors`` was given. Returns an exit status when the
    command must stop, else the evidence.
    """
    missing = missing_paths(args.paths)
    if missing:
        return fail(f"no such file or folder: {', '.join(missing)}")
    try:
        config = resolve(read_config(args.config), select=None, ignore=())
    except (ConfigError, SelectorError) as exc:
        return fail(str(exc))
    # Each file read once, for the records and for their validation, over --jobs processes.
    loaded, validation = load_and_validate(
        args.paths, config=config, archive=archive, jobs=args.jobs
    )
    errors = [f for f in validation.findings if f.severity is Severity.ERROR]
    if not errors:
        return Evidence(loaded=loaded, validation=validation, status=EXIT_CLEAN)
    for line in text.lines(errors, colour=text.colour_for(sys.stderr)):
        print(line, file=sys.stderr)
    print(text.summary(validation), file=sys.stderr)
    if not args.allow_errors:
        print(
            f"evidtrack: stopped before {doing}: fix the {plural(len(errors), 'error')} above"
            " (evidtrack validate lists them too), or pass --allow-errors to go on with the"
            " records that loaded",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    left_out = (
        f"; {plural(len(loaded.rejected), 'record')} the loader rejected left out"
        if loaded.rejected
        else ""
    )
    print(
        f"evidtrack: {doing} despite {plural(len(errors), 'error')} (--allow-errors){left_out}",
        file=sys.stderr,
    )
    return Evidence(loaded=loaded, validation=validation, status=EXIT_FINDINGS)

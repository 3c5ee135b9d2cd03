"""The ``evidtrack`` command: a thin layer over the library, one module per subcommand.

Exit status: 0 clean, 1 findings at error level, 2 could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence

import evidtrack
from evidtrack.cli import cache, docs, export, migrate, schema, score, summary, validate
from evidtrack.cli._common import Command, fail
from evidtrack.loading import NoEvidenceFiles

#: Each subcommand module exposes NAME, HELP, configure(parser) and run(args) -> int.
COMMANDS: tuple[Command, ...] = (summary, schema, docs, validate, score, export, migrate, cache)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evidtrack",
        description="Track evidence about alleged violations of UN sanctions.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {evidtrack.__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command_parser = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        command.configure(command_parser)
        command_parser.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # `evidtrack ... | head` is fine
        return 0
    except NoEvidenceFiles as exc:  # as ruff says "No Python files found": a run over nothing
        return fail(str(exc))
    finally:
        gc.unfreeze()  # a command may have frozen its records; the caller's collector is its own
    return status


def entry() -> None:
    """The console script: ``main``, then the process ends at once with its status."""
    status = main()
    # What the command built (its records: millions of objects at scale) ends with the
    # process: freed object by object, after a last pass of the collector over all of them, it
    # would add seconds to a run that is done. Nothing is lost: the output is flushed here,
    # and the cache renames each entry into place whole as it is written.
    with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing left to say
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(status)

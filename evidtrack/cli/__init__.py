"""The ``evidtrack`` command: a thin layer over the library, one module per subcommand.

Exit status: 0 clean, 1 findings at error level, 2 could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Final, cast

import evidtrack
from evidtrack.cli._common import Command, fail
from evidtrack.loading import NoEvidenceFiles

#: The subcommands, in the order ``evidtrack --help`` lists them. Each is the module of this
#: package of the same name, exposing NAME, HELP, configure(parser) and run(args) -> int.
COMMANDS: Final = ("summary", "schema", "docs", "validate", "score", "export", "migrate", "cache")


def command(name: str) -> Command:
    """The module of the subcommand ``name``, imported now: a command pays only for its own
    imports (``validate`` does not load the exporters, the scorer, rich or the docs builder)."""
    return cast(Command, importlib.import_module(f"{__name__}.{name}"))


def chosen(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names, or None when the whole parser is needed (no command, a
    misspelt one, or ``--help`` before it). The top-level options take no value, so the first
    word that is not an option is the command."""
    for word in argv:
        if word in ("-h", "--help"):
            return None
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of ``only`` (the one the command line names)."""
    parser = argparse.ArgumentParser(
        prog="evidtrack",
        description="Track evidence about alleged violations of UN sanctions.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {evidtrack.__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        module = command(name)
        command_parser = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.configure(command_parser)
        command_parser.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(chosen(words))
    args = parser.parse_args(words)
    # A command holds the cyclic garbage collector off while it runs. What it builds (records,
    # findings, scores: millions of objects at scale) lives until it ends and forms no cycles,
    # and every collection its allocations would trigger walks all of it again and frees
    # nothing: two fifths of the time to score 100,000 records once loaded. The collector is
    # as it was when the command returns: the caller's (a test's, a script's) is its own.
    collecting = gc.isenabled()
    gc.disable()
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # `evidtrack ... | head` is fine
        return 0
    except NoEvidenceFiles as exc:  # as ruff says "No Python files found": a run over nothing
        return fail(str(exc))
    finally:
        if collecting:
            gc.enable()
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

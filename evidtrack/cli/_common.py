"""What the subcommands share: the command protocol and argument checks."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import Protocol

from evidtrack.model import PartialDate


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


def as_of_date(text: str) -> PartialDate:
    """An ``--as-of`` argument: a year, a month or a day, meaning the end of it."""
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{exc}; for --as-of write YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None


def last_day(date: PartialDate) -> dt.date:
    """The last calendar day a partial date covers (UTC): 2024-03 -> 2024-03-31."""
    return date.end().subtract(days=1).date()

"""What the subcommands share: the command protocol and argument checks."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Protocol


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

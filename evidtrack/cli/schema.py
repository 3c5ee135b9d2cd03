"""``evidtrack schema [--out DIR] [--check]``: write the JSON Schemas, or check they are current."""

from __future__ import annotations

import argparse
from pathlib import Path

from evidtrack.cli._common import EXIT_CLEAN, EXIT_FINDINGS, fail
from evidtrack.schema import DEFAULT_FOLDER, stale, write

NAME = "schema"
HELP = "write the JSON Schemas of the evidence files, generated from the model"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        default=DEFAULT_FOLDER,
        metavar="DIR",
        help=f"folder to write the schemas to (default: {DEFAULT_FOLDER})",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when a file in DIR is missing or differs from the model's",
    )


def run(args: argparse.Namespace) -> int:
    folder = Path(args.out)
    if folder.exists() and not folder.is_dir():
        return fail(f"--out {args.out} is a file, not a folder")
    try:
        if args.check:
            return _check(folder, args.out)
        changed = write(folder)
    except OSError as exc:
        return fail(f"cannot write to {args.out}: {exc.strerror or exc}")
    for path in changed:
        print(f"wrote {path}")
    if not changed:
        print(f"{args.out}: schemas already up to date")
    return EXIT_CLEAN


def _check(folder: Path, given: str) -> int:
    out_of_date = stale(folder)
    for name in out_of_date:
        print(f"{folder / name}: out of date with the model; run: evidtrack schema --out {given}")
    if out_of_date:
        return EXIT_FINDINGS
    print(f"{given}: schemas up to date")
    return EXIT_CLEAN

"""``evidtrack export PATH... --format stix|ftm|csv``: the data as other tools read it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidtrack.cli._common import EXIT_CLEAN, EXIT_FINDINGS, as_of_date, fail, missing_paths
from evidtrack.config import Config, ConfigError, find_config, load_config
from evidtrack.export import FORMATS, DuplicateIds, NotOurOutput, write
from evidtrack.loading import load_paths
from evidtrack.report import text
from evidtrack.validation import validate_loaded

NAME = "export"
HELP = "export the data as a STIX 2.1 bundle, FollowTheMoney entities or CSV tables"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="YAML files or folders")
    parser.add_argument(
        "--format",
        required=True,
        choices=list(FORMATS),
        help="; ".join(f"{f.name}: {f.description}" for f in FORMATS.values()),
    )
    parser.add_argument(
        "--out",
        metavar="PATH",
        help="file to write (stix, ftm; default: standard output) or folder (csv, required);"
        " a folder is replaced only if an earlier export wrote it",
    )
    parser.add_argument(
        "--as-of",
        type=as_of_date,
        metavar="DATE",
        help="score each allegation on what was published by the end of DATE"
        " (YYYY, YYYY-MM or YYYY-MM-DD; default: all the evidence); every record is exported",
    )


def run(args: argparse.Namespace) -> int:
    chosen = FORMATS[args.format]
    missing = missing_paths(args.paths)
    if missing:
        return fail(f"no such file or folder: {', '.join(missing)}")
    if chosen.folder and args.out is None:
        return fail(f"--format {chosen.name} writes a folder of files: give --out DIR")
    try:
        config = _config()
    except ConfigError as exc:
        return fail(str(exc))
    loaded = load_paths(args.paths)
    result = validate_loaded(loaded, config=config)
    if not result.ok:
        # The same gate as every command: data with errors is not published in any form.
        sys.stdout.write(text.render(result))
        print("evidtrack: nothing exported: fix the errors above", file=sys.stderr)
        return EXIT_FINDINGS
    try:
        if args.out is None:
            data = chosen.build(loaded.dataset, as_of=args.as_of)
            sys.stdout.write(chosen.files(data)[""])
            counts: dict[str, int] = chosen.counts(data)
            where = "standard output"
        else:
            counts = write(loaded.dataset, chosen.name, args.out, as_of=args.as_of)
            where = args.out
    except (NotOurOutput, DuplicateIds) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror or exc}")
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    # With the data on standard output, the summary goes to standard error.
    print(f"wrote {where}: {summary}", file=sys.stderr if args.out is None else sys.stdout)
    return EXIT_CLEAN


def _config() -> Config:
    """The nearest configuration, as `evidtrack validate` reads it (selection, severities)."""
    found = find_config(Path.cwd())
    return load_config(found) if found is not None else Config()

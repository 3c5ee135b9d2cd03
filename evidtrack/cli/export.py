"""``evidtrack export PATH... --format stix|ftm|csv``: the data as other tools read it."""

from __future__ import annotations

import argparse
import sys

from evidtrack.cli._common import add_as_of, add_gate, fail, gate
from evidtrack.export import FORMATS, DuplicateIds, NotOurOutput, write

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
    add_as_of(
        parser,
        "score each allegation on what was published by the end of DATE (default: all the"
        " evidence); every record is exported whatever its date",
    )
    add_gate(parser, "exporting")


def run(args: argparse.Namespace) -> int:
    chosen = FORMATS[args.format]
    if chosen.folder and args.out is None:
        return fail(f"--format {chosen.name} writes a folder of files: give --out DIR")
    evidence = gate(args, "exporting")
    if isinstance(evidence, int):
        return evidence
    dataset = evidence.loaded.dataset
    try:
        if args.out is None:
            data = chosen.build(dataset, as_of=args.as_of)
            sys.stdout.write(chosen.files(data)[""])
            counts: dict[str, int] = chosen.counts(data)
            where = "standard output"
        else:
            counts = write(dataset, chosen.name, args.out, as_of=args.as_of)
            where = args.out
    except NotOurOutput as exc:
        return fail(str(exc))
    except DuplicateIds as exc:  # only past --allow-errors: records an export would merge
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror or exc}")
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    # With the data on standard output, the summary goes to standard error.
    print(f"wrote {where}: {summary}", file=sys.stderr if args.out is None else sys.stdout)
    return evidence.status  # 1 when errors were let through with --allow-errors

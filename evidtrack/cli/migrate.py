"""``evidtrack migrate PATH... [--check]``: rewrite evidence files written in older keys."""

from __future__ import annotations

import argparse
from pathlib import Path

from evidtrack.cli._common import EXIT_CLEAN, EXIT_FINDINGS, fail, missing_paths
from evidtrack.loading import find_files
from evidtrack.loading.migration import migrate

NAME = "migrate"
HELP = (
    "rewrite evidence files from older keys into today's (allegation -> allegations, document and"
    " quote -> citations, ...), keeping comments, order and quoting"
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="YAML files or folders")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when a file holds keys to rewrite",
    )


def run(args: argparse.Namespace) -> int:
    missing = missing_paths(args.paths)
    if missing:
        return fail(f"no such file or folder: {', '.join(missing)}")
    status = EXIT_CLEAN
    rewritten = 0
    files = find_files(args.paths)
    for name in files:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{name}: cannot read the file: {exc}")
            status = EXIT_FINDINGS
            continue
        migration = migrate(text, name)
        for problem in migration.problems:
            print(f"{name}: not rewritten: {problem}")
            status = EXIT_FINDINGS
        if not migration.changes:
            continue
        rewritten += 1
        if args.check:
            print(f"{name}: {migration.changes} keys to rewrite")
            status = EXIT_FINDINGS
            continue
        path.write_text(migration.text, encoding="utf-8")
        print(f"{name}: rewrote {migration.changes} keys")
    verb = "to rewrite" if args.check else "rewritten"
    print(f"{rewritten} of {len(files)} files {verb}.")
    return status

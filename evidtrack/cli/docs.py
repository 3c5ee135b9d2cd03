"""``evidtrack docs build``: generate the docs site from the model and the data, run Sphinx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidtrack.cli._common import EXIT_CLEAN, EXIT_FINDINGS, fail, missing_paths
from evidtrack.config import ConfigError, find_config, load_config
from evidtrack.loading import load_paths

NAME = "docs"
HELP = "build the docs site: model reference, rule catalogue, a dossier per allegation"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="docs_command", required=True, metavar="ACTION")
    build = sub.add_parser(
        "build",
        help="generate the pages into OUT/source and build them into OUT/html",
        description="Generate the Markdown pages and charts into OUT/source from the data, then"
        " build them with Sphinx (warnings as errors) into OUT/html.",
    )
    build.add_argument(
        "paths",
        nargs="*",
        default=["seeds"],
        metavar="PATH",
        help="YAML files or folders of data (default: seeds)",
    )
    build.add_argument(
        "--out", default="build/docs", metavar="DIR", help="output folder (default: build/docs)"
    )
    build.add_argument(
        "--archive",
        metavar="DIR",
        help="folder of document texts, to show whether each quote is found verbatim"
        " (default: the archive of [tool.evidtrack] or evidtrack.toml, if any)",
    )
    build.add_argument(
        "--pages",
        default="docs",
        metavar="DIR",
        help="folder of your own Markdown pages to add to the site, when present (default: docs);"
        " a page named methodology.md or schema-differences.md replaces evidtrack's own",
    )


def run(args: argparse.Namespace) -> int:
    # Sphinx and matplotlib are the docs extra's: imported here so other commands never need them.
    try:
        from evidtrack.docs import build_site
        from evidtrack.integrity.archive import Archive
    except ImportError as exc:
        return fail(f"the docs need the docs extra: pip install 'evidtrack[docs]' ({exc})")

    missing = missing_paths(args.paths)
    if args.archive is not None and not Path(args.archive).is_dir():
        missing.append(args.archive)
    if missing:
        return fail(f"no such file or folder: {', '.join(missing)}")
    try:
        archive = args.archive if args.archive is not None else _configured_archive()
    except ConfigError as exc:
        return fail(str(exc))
    result = load_paths(args.paths)
    if result.findings:
        for finding in result.findings:
            print(finding)
        print(
            f"{len(result.findings)} loading problems: fix them to build the docs"
            " (evidtrack summary PATH lists them too)",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    out = Path(args.out)
    try:
        built = build_site(
            result.dataset,
            out,
            archive=Archive(archive),
            extra_dir=Path(args.pages),
        )
    except FileExistsError as exc:  # an output folder of someone else's: never replaced
        return fail(str(exc))
    if built.log:
        print(built.log, end="" if built.log.endswith("\n") else "\n", file=sys.stderr)
    if not built.ok:
        return fail(f"Sphinx could not build the site (status {built.status}); see above")
    print(f"pages: {built.source_dir}")
    print(f"site:  {built.html_dir / 'index.html'}")
    return EXIT_CLEAN


def _configured_archive() -> Path | None:
    """The archive folder the project's configuration names, as `evidtrack validate` reads it."""
    found = find_config(Path.cwd())
    return None if found is None else load_config(found).archive

"""``evidtrack cache clean``: remove the cache that ``validate`` keeps for its next run."""

from __future__ import annotations

import argparse
from pathlib import Path

from evidtrack.cache import WHERE, Cache, NotACache, default_folder
from evidtrack.cli._common import EXIT_CLEAN, add_cache_dir_option, fail
from evidtrack.config import find_config

NAME = "cache"
HELP = f"manage the cache validate keeps ({WHERE})"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="cache_command", required=True, metavar="ACTION")
    clean = sub.add_parser(
        "clean",
        help="remove the cache folder",
        description="Remove the cache folder: the next validate reads every file again.",
    )
    add_cache_dir_option(clean, "the cache to remove")


def run(args: argparse.Namespace) -> int:
    folder = Path(args.cache_dir) if args.cache_dir else default_folder(find_config(Path.cwd()))
    try:
        removed = Cache(folder).clean()
    except NotACache as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot remove {folder}: {exc.strerror or exc}")
    print(f"removed {folder}" if removed else f"no cache at {folder}")
    return EXIT_CLEAN

"""``evidtrack summary PATH...``: load evidence files, report problems, say what they hold."""

from __future__ import annotations

import argparse
from collections import Counter

import attrs

from evidtrack.cli._common import EXIT_CLEAN, EXIT_FINDINGS, fail, missing_paths
from evidtrack.loading import load_paths
from evidtrack.model import Dataset

NAME = "summary"
HELP = "load evidence files, report every problem with its location, summarise the dataset"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="YAML files or folders")


def run(args: argparse.Namespace) -> int:
    missing = missing_paths(args.paths)
    if missing:
        return fail(f"no such file or folder: {', '.join(missing)}")
    result = load_paths(args.paths)
    for finding in result.findings:
        print(finding)
    dataset = result.dataset
    print(
        f"{len(result.files)} files, {len(dataset)} records,"
        f" {len(result.findings)} loading problems"
    )
    counts = ", ".join(f"{len(getattr(dataset, f.name))} {f.name}" for f in attrs.fields(Dataset))
    print(f"  {counts}")
    per_allegation = Counter(item.allegation for item in dataset.evidence)
    replies = Counter(r.allegation for r in dataset.responses)
    for allegation in dataset.allegations:
        items, answers = per_allegation[allegation.id], replies[allegation.id]
        print(
            f"  {allegation.id}: {allegation.title}"
            f" ({_count(items, 'evidence item')}, {_count(answers, 'response')})"
        )
    return EXIT_FINDINGS if result.findings else EXIT_CLEAN


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

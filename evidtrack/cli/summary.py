"""``evidtrack summary PATH...``: load evidence files, report problems, say what they hold."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Final

import attrs

from evidtrack.cli._common import Evidence, add_gate, gate
from evidtrack.model import Dataset
from evidtrack.wording import plural

NAME = "summary"
HELP = "say what the evidence files hold, once they pass validation"

#: Each list of a dataset, named in the singular and the plural.
_NOUNS: Final = {
    "resolutions": ("resolution", "resolutions"),
    "actors": ("actor", "actors"),
    "sources": ("source", "sources"),
    "documents": ("document", "documents"),
    "vessels": ("vessel", "vessels"),
    "events": ("event", "events"),
    "allegations": ("allegation", "allegations"),
    "evidence": ("evidence item", "evidence items"),
    "responses": ("response", "responses"),
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="YAML files or folders")
    add_gate(parser, "summarising")


def run(args: argparse.Namespace) -> int:
    evidence = gate(args, "summarising")
    if not isinstance(evidence, Evidence):
        return evidence
    result = evidence.loaded
    dataset = result.dataset
    print(f"{plural(len(result.files), 'file')}, {plural(len(dataset), 'record')}")
    counts = ", ".join(
        plural(len(getattr(dataset, f.name)), *_NOUNS[f.name]) for f in attrs.fields(Dataset)
    )
    print(f"  {counts}")
    per_allegation = Counter(a for item in dataset.evidence for a in item.allegations)
    replies = Counter(a for r in dataset.responses for a in r.allegations)
    for allegation in dataset.allegations:
        items, answers = per_allegation[allegation.id], replies[allegation.id]
        print(
            f"  {allegation.id}: {allegation.title}"
            f" ({plural(items, 'evidence item')}, {plural(answers, 'response')})"
        )
    return evidence.status

"""``evidtrack score PATH...``: how well each allegation is corroborated, as of a date, and why."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from evidtrack.cli._common import EXIT_FINDINGS, Evidence, add_as_of, add_gate, fail, gate
from evidtrack.loading import load_profile
from evidtrack.model import Allegation
from evidtrack.report import text as findings_text
from evidtrack.report.score import FORMATS, Scores, history, view
from evidtrack.scoring import score, timeline

NAME = "score"
HELP = "score each allegation: likelihood (ICD 203 term), confidence, and the explanation"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="YAML files or folders")
    parser.add_argument("--allegation", metavar="ID", help="score this allegation and explain it")
    add_as_of(
        parser,
        "count only what was published by the end of DATE; with --timeline, stop there",
    )
    parser.add_argument(
        "--timeline", action="store_true", help="the score as of each publication date"
    )
    parser.add_argument(
        "--format", choices=sorted(FORMATS), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--profile",
        default="standard",
        metavar="NAME|FILE",
        help="standard (default), strict, or a .toml/.yaml profile file",
    )
    add_gate(parser, "scoring")


def run(args: argparse.Namespace) -> int:
    evidence = gate(args, "scoring")
    if not isinstance(evidence, Evidence):
        return evidence
    loaded = load_profile(args.profile)
    if loaded.findings:
        colour = findings_text.colour_for(sys.stderr)
        for line in findings_text.lines(loaded.findings, colour=colour):
            print(line, file=sys.stderr)
        print(f"evidtrack: fix the profile {args.profile} before scoring", file=sys.stderr)
        return EXIT_FINDINGS
    assert loaded.profile is not None  # no findings means a profile
    profile = loaded.profile
    dataset = evidence.loaded.dataset
    allegations: Sequence[Allegation] = dataset.allegations
    if args.allegation is not None:
        chosen = dataset.allegation_by_id.get(args.allegation)
        if chosen is None:
            known = ", ".join(a.id for a in dataset.allegations) or "none"
            return fail(f"no allegation {args.allegation!r} (known: {known})")
        allegations = (chosen,)
    if not allegations:
        return fail("no allegations in the given paths")
    output = FORMATS[args.format]
    as_of = args.as_of.isoformat() if args.as_of else None
    if args.timeline:
        histories = [
            history(a.id, timeline(a, dataset, profile=profile, as_of=args.as_of))
            for a in allegations
        ]
        output.print_histories(sys.stdout, profile, histories, until=as_of)
        return evidence.status
    scores = [view(score(a, dataset, as_of=args.as_of, profile=profile)) for a in allegations]
    output.print_scores(
        sys.stdout,
        Scores(
            profile=profile,
            views=tuple(scores),
            as_of=as_of,
            title=allegations[0].title if args.allegation is not None else None,
        ),
    )
    return evidence.status

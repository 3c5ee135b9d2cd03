"""``evidtrack score PATH...``: how well each allegation is corroborated, as of a date, and why."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from evidtrack.as_of import FORMS, AsOf, last_day
from evidtrack.cli._common import (
    EXIT_FINDINGS,
    Evidence,
    add_as_of,
    add_gate,
    as_of_date,
    fail,
    gate,
)
from evidtrack.loading import load_profile
from evidtrack.model import Allegation
from evidtrack.report import text as findings_text
from evidtrack.report.score import FORMATS, Scores, history, view
from evidtrack.scoring import Change, changes, score, sensitivity, steps

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
        "--since",
        type=as_of_date,
        metavar="DATE",
        help="what became public after the end of DATE and the rows that moved; with"
        f" --timeline, the rows after it ({FORMS})",
    )
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="the score as of each date that changes what counts, with what became public",
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
    if (
        args.since is not None
        and args.as_of is not None
        and not (last_day(args.since) < last_day(args.as_of))
    ):
        return fail(
            f"--since {args.since.isoformat()} must end before --as-of {args.as_of.isoformat()}"
        )
    output = FORMATS[args.format]
    as_of = args.as_of.isoformat() if args.as_of else None
    if args.timeline:
        histories = [
            history(a.id, _after(steps(a, dataset, profile=profile, as_of=args.as_of), args.since))
            for a in allegations
        ]
        output.print_histories(sys.stdout, profile, histories, until=as_of)
        return evidence.status
    explain = args.allegation is not None
    scores = [
        view(
            score(a, dataset, as_of=args.as_of, profile=profile),
            sensitivity(a, dataset, as_of=args.as_of, profile=profile) if explain else None,
            None
            if args.since is None
            else changes(a, dataset, args.since, args.as_of, profile=profile),
        )
        for a in allegations
    ]
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


def _after(rows: Sequence[Change], since: AsOf | None) -> Sequence[Change]:
    """The rows of a timeline as of dates that end after ``since`` does."""
    if since is None:
        return rows
    return [row for row in rows if row.after.as_of and last_day(row.after.as_of) > last_day(since)]

"""``evidtrack score PATH...``: how well each allegation is corroborated, as of a date, and why."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from evidtrack.cli._common import EXIT_FINDINGS, Evidence, add_as_of, add_gate, fail, gate
from evidtrack.model import Allegation, PartialDate
from evidtrack.report import text
from evidtrack.report.score.numbers import signed
from evidtrack.scoring import Assessment, Profile, score, timeline
from evidtrack.scoring.profiles.files import load_profile

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
    parser.add_argument("--format", choices=("text", "json"), default="text")
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
        colour = text.colour_for(sys.stderr)
        for line in text.lines(loaded.findings, colour=colour):
            print(line, file=sys.stderr)
        print(f"evidtrack: fix the profile {args.profile} before scoring", file=sys.stderr)
        return EXIT_FINDINGS
    assert loaded.profile is not None  # no findings means a profile
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
    if args.timeline:
        histories = {
            a.id: timeline(a, dataset, profile=loaded.profile, as_of=args.as_of)
            for a in allegations
        }
        if args.format == "json":
            _print_json(
                loaded.profile,
                {"timelines": {k: [_brief(x) for x in v] for k, v in histories.items()}},
            )
        else:
            _print_timelines(histories, loaded.profile, args.as_of)
        return evidence.status
    assessments = [score(a, dataset, as_of=args.as_of, profile=loaded.profile) for a in allegations]
    if args.format == "json":
        _print_json(loaded.profile, {"assessments": [a.to_dict() for a in assessments]})
        return evidence.status
    _print_summary(assessments, loaded.profile, args.as_of)
    if args.allegation is not None:
        print()
        print(f"{allegations[0].id}: {allegations[0].title}")
        _print_explanation(assessments[0])
    return evidence.status


def _print_json(profile: Profile, body: dict[str, Any]) -> None:
    print(
        json.dumps(
            {"profile": {"name": profile.name, "version": profile.version}, **body}, indent=2
        )
    )


def _brief(assessment: Assessment) -> dict[str, Any]:
    return {
        "as_of": assessment.as_of,
        "likelihood": assessment.likelihood,
        "icd203_term": assessment.term.value,
        "confidence": assessment.confidence.value,
        "two_independent_sources": assessment.two_independent_sources,
    }


def table(header: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "") -> list[str]:
    """Columns padded to their widest cell; the last column is left ragged."""
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    lines = []
    for row in (header, *rows):
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _print_summary(
    assessments: Sequence[Assessment],
    profile: Profile,
    as_of: PartialDate | dt.date | None,
) -> None:
    when = f"as of the end of {as_of.isoformat()}" if as_of else "on all the evidence"
    print(f"Corroboration scores {when}; profile {profile.label}.")
    rows = [
        (
            a.allegation,
            f"{a.likelihood:.2f}",
            a.term.value,
            a.confidence.value,
            _yes(a.two_independent_sources),
            str(a.counted),
        )
        for a in assessments
    ]
    header = ("ALLEGATION", "LIKELIHOOD", "ICD 203 TERM", "CONFIDENCE", "2 INDEP. SOURCES", "ITEMS")
    for line in table(header, rows):
        print(line)


def _print_explanation(assessment: Assessment) -> None:
    print(f"Likelihood: {assessment.likelihood:.3f}, {assessment.term.value} (ICD 203).")
    print(f"Confidence: {assessment.confidence.value} (STIX {assessment.stix_confidence}).")
    for reason in assessment.confidence_reasons:
        print(f"  - {reason}")
    print(f"Two independent sources: {_yes(assessment.two_independent_sources)}.")
    print()
    print("Explanation, in log-odds (nats): L = logit(prior) + the sum of the rows.")
    blank = ("",) * 8
    rows: list[tuple[str, ...]] = [("prior", *blank[:7], signed(assessment.prior_logit, 3))]
    for row in assessment.rows:
        first_of_row = True
        for cluster in row.clusters:
            for index, member in enumerate(cluster.members):
                item = member.item
                rows.append(
                    (
                        row.key if first_of_row else "",
                        str(cluster.key) if index == 0 else "",
                        item.id,
                        item.party,
                        item.role.value,
                        item.kind.value,
                        signed(member.weight, 3),
                        signed(cluster.value, 3) if index == 0 else "",
                        signed(row.value, 3) if first_of_row else "",
                    )
                )
                first_of_row = False
        rows.extend(("", f"cap: {cap}", *blank[:7]) for cap in row.caps_hit)
    rows.append(("L", *blank[:7], signed(assessment.log_odds, 3)))
    header = (
        "ROW",
        "CLUSTER",
        "ITEM",
        "PARTY",
        "ROLE",
        "KIND",
        "WEIGHT",
        "CLUSTER VALUE",
        "ROW VALUE",
    )
    for line in table(header, rows, indent="  "):
        print(line)
    if assessment.excluded:
        print()
        print("Not counted:")
        for excluded in assessment.excluded:
            print(f"  {excluded.id}: {excluded.reason}")
    print()
    if assessment.responses:
        print("Responses on record:")
        for response in assessment.responses:
            print(
                f"  {response.date.isoformat()}  {response.id}: {response.kind} by"
                f" {response.actor} ({response.treatment})"
            )
    else:
        print("Responses on record: none (the concerned parties' reply is worth seeking).")


def _print_timelines(
    histories: dict[str, tuple[Assessment, ...]],
    profile: Profile,
    as_of: PartialDate | dt.date | None,
) -> None:
    until = f", up to the end of {as_of.isoformat()}" if as_of else ""
    print(f"Scores as of each publication date{until}; profile {profile.label}.")
    for allegation, history in histories.items():
        print()
        print(f"{allegation}:")
        if not history:
            print("  nothing on it was published by then")
            continue
        rows = [
            (
                a.as_of or "",
                f"{a.likelihood:.2f}",
                a.term.value,
                a.confidence.value,
                _yes(a.two_independent_sources),
            )
            for a in history
        ]
        header = ("AS OF", "LIKELIHOOD", "ICD 203 TERM", "CONFIDENCE", "2 INDEP. SOURCES")
        for line in table(header, rows, indent="  "):
            print(line)

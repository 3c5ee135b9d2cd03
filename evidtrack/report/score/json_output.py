"""Scores as JSON: plain data from the view, every number rounded, with a format version."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Final, TextIO

from evidtrack.report.score import numbers
from evidtrack.report.score.view import ChangeView, HistoryView, RowView, Scores, ScoreView
from evidtrack.scoring import (
    Assessment,
    Change,
    Confidence,
    Likelihood,
    Member,
    Outcome,
    Profile,
    Sensitivity,
)

#: Bumped when a key changes meaning or goes away; new keys may appear without a bump.
FORMAT_VERSION: Final = 1


def assessment(score: ScoreView) -> dict[str, Any]:
    """One assessment as plain data."""
    a = score.assessment
    return {
        "allegation": a.allegation,
        "as_of": a.as_of,
        "profile": {"name": a.profile_name, "version": a.profile_version},
        "prior": a.prior,
        "log_odds": numbers.nats(a.log_odds),
        "likelihood": numbers.likelihood_number(a.likelihood),
        "icd203_term": a.term.value,
        "confidence": a.confidence.value,
        "confidence_reasons": list(a.confidence_reasons),
        "two_independent_sources": a.two_independent_sources,
        "sources": [
            {
                "party": c.party,
                "role": c.role.value,
                "cluster": str(c.cluster),
                "worth": numbers.nats(c.worth),
                "items": list(c.items),
            }
            for c in a.sources
        ],
        "stix_confidence": a.stix_confidence,
        "explanation": {
            "prior_logit": numbers.nats(a.prior_logit),
            "rows": [_row(row) for row in score.rows],
        },
        "not_counted": [
            {"id": e.id, "record": e.recorded_as.value, "reason": e.reason} for e in a.excluded
        ],
        "responses": [
            {
                "id": r.id,
                "kind": r.kind,
                "actor": r.actor,
                "date": r.date.isoformat(),
                "treatment": r.treatment,
            }
            for r in a.responses
        ],
        **({} if score.sensitivity is None else sensitivity(score.sensitivity.sensitivity)),
        **({} if score.since is None else {"since": since(score.since.change)}),
    }


def brief(score: ScoreView, change: ChangeView) -> dict[str, Any]:
    """One point of a timeline, with what became public since the point before."""
    a = score.assessment
    return {
        "as_of": a.as_of,
        "likelihood": numbers.likelihood_number(a.likelihood),
        "icd203_term": a.term.value,
        "confidence": a.confidence.value,
        "two_independent_sources": a.two_independent_sources,
        "published": _published(change.change),
        "moved": _moved(change.change),
    }


def _outcome(likelihood: float, term: Likelihood, confidence: Confidence) -> dict[str, Any]:
    return {
        "likelihood": numbers.likelihood_number(likelihood),
        "icd203_term": term.value,
        "confidence": confidence.value,
    }


def _of(found: Outcome | Assessment) -> dict[str, Any]:
    return _outcome(found.likelihood, found.term, found.confidence)


def sensitivity(found: Sensitivity) -> dict[str, Any]:
    """The load-bearing evidence and what would change the assessment."""
    return {
        "load_bearing": [
            {
                "id": lb.id,
                "record": lb.recorded_as.value,
                "without": _of(lb.without),
                "changes": list(lb.moves),
            }
            for lb in found.load_bearing
        ],
        "would_change": [
            {
                "what": h.what,
                "kind": h.kind.value,
                "stance": h.stance.value,
                "grade": h.grade,
                "directness": h.directness,
                "with": _of(h.with_it),
                "changes": list(h.moves),
            }
            for h in found.would_change
        ],
        "kinds_tried": [h.what for h in found.tried],
    }


def since(change: Change) -> dict[str, Any]:
    """What changed between two dates."""
    return {
        "since": change.since,
        "before": None if change.before is None else _of(change.before),
        "after": _of(change.after),
        "published": _published(change),
        "moved": _moved(change),
    }


def _published(change: Change) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "record": p.recorded_as.value, "date": p.date.isoformat()}
        for p in change.published
    ]


def _moved(change: Change) -> list[dict[str, Any]]:
    return [
        {
            "row": r.label,
            "before": None if r.before is None else numbers.nats(r.before),
            "after": None if r.after is None else numbers.nats(r.after),
        }
        for r in change.rows
    ]


def _row(row: RowView) -> dict[str, Any]:
    return {
        "key": row.label,
        "group": row.row.group.value,
        "value": numbers.nats(row.row.value),
        "limits": list(row.limits),
        "clusters": [
            {
                "key": str(cluster.cluster.key),
                "words": cluster.words,
                "value": numbers.nats(cluster.cluster.value),
                "members": [_member(m.member) for m in cluster.members],
            }
            for cluster in row.clusters
        ],
    }


def _member(member: Member) -> dict[str, Any]:
    item = member.item
    return {
        "id": item.id,
        **({"same_evidence_as": list(item.also)} if item.also else {}),
        "record": item.recorded_as.value,
        "party": item.party,
        "role": item.role.value,
        "kind": item.kind.value,
        "stance": item.stance.value,
        "weight": numbers.nats(member.weight),
        **({"note": item.note} if item.note else {}),
    }


def _write(out: TextIO, profile: Profile, body: dict[str, Any]) -> None:
    document = {
        "version": FORMAT_VERSION,
        "profile": {"name": profile.name, "version": profile.version},
        **body,
    }
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def print_scores(out: TextIO, scores: Scores) -> None:
    """Every assessment in full, each with its as-of date and its explanation."""
    _write(out, scores.profile, {"assessments": [assessment(s) for s in scores.views]})


def print_histories(
    out: TextIO, profile: Profile, histories: Sequence[HistoryView], until: str | None = None
) -> None:
    """Each allegation's timeline; each point carries its own as-of date (``until`` is for text)."""
    _write(
        out,
        profile,
        {
            "timelines": {
                h.allegation: [brief(p, c) for p, c in zip(h.points, h.changes, strict=True)]
                for h in histories
            }
        },
    )

"""Scores as JSON: plain data from the view, every number rounded, with a format version."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Final, TextIO

from evidtrack.report.score import numbers
from evidtrack.report.score.view import HistoryView, RowView, ScoreView
from evidtrack.scoring import Profile

#: Bumped when a key changes meaning or goes away; new keys may appear without a bump.
FORMAT_VERSION: Final = 1


def assessment(score: ScoreView) -> dict[str, Any]:
    """One assessment as plain data."""
    return {
        "allegation": score.allegation,
        "as_of": score.as_of,
        "profile": {"name": score.profile_name, "version": score.profile_version},
        "prior": score.prior,
        "log_odds": numbers.nats(score.log_odds),
        "likelihood": numbers.likelihood_number(score.likelihood),
        "icd203_term": score.term,
        "confidence": score.confidence,
        "confidence_reasons": list(score.confidence_reasons),
        "two_independent_sources": score.two_sources,
        "stix_confidence": score.stix_confidence,
        "explanation": {
            "prior_logit": numbers.nats(score.prior_logit),
            "rows": [_row(row) for row in score.rows],
        },
        "not_counted": [
            {"id": e.id, "record": e.recorded_as.value, "reason": e.reason}
            for e in score.not_counted
        ],
        "responses": [
            {
                "id": r.id,
                "kind": r.kind,
                "actor": r.actor,
                "date": r.date.isoformat(),
                "treatment": r.treatment,
            }
            for r in score.responses
        ],
    }


def brief(score: ScoreView) -> dict[str, Any]:
    """One point of a timeline."""
    return {
        "as_of": score.as_of,
        "likelihood": numbers.likelihood_number(score.likelihood),
        "icd203_term": score.term,
        "confidence": score.confidence,
        "two_independent_sources": score.two_sources,
    }


def _row(row: RowView) -> dict[str, Any]:
    return {
        "key": row.label,
        "group": row.group,
        "value": numbers.nats(row.value),
        "limits": list(row.limits),
        "clusters": [
            {
                "key": cluster.key,
                "words": cluster.words,
                "value": numbers.nats(cluster.value),
                "members": [
                    {
                        "id": m.id,
                        "record": m.recorded_as,
                        "party": m.party,
                        "role": m.role,
                        "kind": m.kind,
                        "stance": m.stance,
                        "weight": numbers.nats(m.weight),
                        **({"note": m.note} if m.note else {}),
                    }
                    for m in cluster.members
                ],
            }
            for cluster in row.clusters
        ],
    }


def _write(out: TextIO, profile: Profile, body: dict[str, Any]) -> None:
    document = {
        "version": FORMAT_VERSION,
        "profile": {"name": profile.name, "version": profile.version},
        **body,
    }
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def print_scores(
    out: TextIO,
    profile: Profile,
    scores: Sequence[ScoreView],
    *,
    as_of: str | None = None,
    title: str | None = None,
) -> None:
    """Every assessment in full, each with its as-of date and its explanation."""
    _write(out, profile, {"assessments": [assessment(s) for s in scores]})


def print_histories(
    out: TextIO, profile: Profile, histories: Sequence[HistoryView], until: str | None = None
) -> None:
    """Each allegation's timeline; each point carries its own as-of date (``until`` is for text)."""
    _write(
        out,
        profile,
        {"timelines": {h.allegation: [brief(p) for p in h.points] for h in histories}},
    )

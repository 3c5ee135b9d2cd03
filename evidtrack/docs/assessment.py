"""The score as the pages show it: likelihood, ICD 203 term, confidence, explanation, timeline."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from evidtrack.docs.chart import LikelihoodPoint
from evidtrack.model import Allegation, Dataset, PartialDate
from evidtrack.report.score.numbers import signed
from evidtrack.scoring import STANDARD, Assessment, Profile, publication_dates, score, timeline


@attrs.frozen(kw_only=True)
class Member:
    """An item of a row: its id (its card on the page is ``#item-<id>``) and how it weighs."""

    id: str
    about: str


@attrs.frozen(kw_only=True)
class ExplanationRow:
    """One term of the sum: its clusters' members and what it adds to the log-odds."""

    label: str
    members: tuple[Member, ...]
    value: float


@attrs.frozen(kw_only=True)
class AssessmentView:
    likelihood: float
    term: str
    confidence: str
    confidence_reasons: tuple[str, ...]
    two_sources: bool
    prior_logit: float
    log_odds: float
    rows: tuple[ExplanationRow, ...]
    not_counted: tuple[str, ...]
    responses: tuple[str, ...]
    profile: str
    as_of: str | None
    timeline: tuple[LikelihoodPoint, ...]


def _rows(assessment: Assessment) -> tuple[ExplanationRow, ...]:
    rows = []
    for row in assessment.rows:
        caps = f" (capped: {', '.join(row.caps_hit)})" if row.caps_hit else ""
        rows.append(
            ExplanationRow(
                label=f"{row.group.value}: {row.key}{caps}",
                members=tuple(
                    Member(
                        id=m.item.id,
                        about=f"{m.item.kind.value}, {m.item.stance.value},"
                        f" weight {signed(m.weight)}",
                    )
                    for cluster in row.clusters
                    for m in cluster.members
                ),
                value=row.value,
            )
        )
    return tuple(rows)


def view(
    assessment: Assessment, history: Sequence[tuple[PartialDate, Assessment]]
) -> AssessmentView:
    """The page's view of an assessment and of its history (as of each publication date)."""
    points: list[LikelihoodPoint] = []
    if history:
        # Before the first publication only the prior is known.
        first = min(date.start() for date, _ in history)
        points.append(LikelihoodPoint(moment=first, likelihood=assessment.prior))
    # What is published on a date is known once the date is over (a month at its end).
    points.extend(LikelihoodPoint(moment=d.end(), likelihood=a.likelihood) for d, a in history)
    return AssessmentView(
        likelihood=assessment.likelihood,
        term=assessment.term.value,
        confidence=assessment.confidence.value,
        confidence_reasons=assessment.confidence_reasons,
        two_sources=assessment.two_independent_sources,
        prior_logit=assessment.prior_logit,
        log_odds=assessment.log_odds,
        rows=_rows(assessment),
        not_counted=tuple(f"{e.id}: {e.reason}" for e in assessment.excluded),
        responses=tuple(
            f"{r.kind} by {r.actor} on {r.date.isoformat()} ({r.treatment})"
            for r in assessment.responses
        ),
        profile=f"{assessment.profile_name} {assessment.profile_version}",
        as_of=assessment.as_of,
        timeline=tuple(points),
    )


def assess(allegation: Allegation, dataset: Dataset, profile: Profile = STANDARD) -> AssessmentView:
    """The allegation's score on all the evidence, and its history, for the pages."""
    dates = publication_dates(allegation, dataset)
    history = timeline(allegation, dataset, profile=profile)
    return view(
        score(allegation, dataset, profile=profile), tuple(zip(dates, history, strict=True))
    )

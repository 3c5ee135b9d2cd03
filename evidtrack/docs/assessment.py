"""The score as the pages show it: the score's view, its explanation rows, and its timeline."""

from __future__ import annotations

import attrs

from evidtrack.docs.chart import LikelihoodPoint
from evidtrack.model import Allegation, Dataset
from evidtrack.report.score import HistoryView, ScoreView, history, numbers, view
from evidtrack.scoring import STANDARD, Profile, score, timeline


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
    """A dossier's score: the view every output shares, as rows of a page, with its history."""

    score: ScoreView
    rows: tuple[ExplanationRow, ...]
    timeline: tuple[LikelihoodPoint, ...]


def page_view(score_view: ScoreView, past: HistoryView) -> AssessmentView:
    """The page's view of a score and of its history (as of each publication date)."""
    rows = tuple(
        ExplanationRow(
            label=f"{row.label} (limited: {'; '.join(row.limits)})" if row.limits else row.label,
            members=tuple(
                Member(
                    id=m.item.id,
                    about=f"{m.item.kind.value}, {m.item.stance.value},"
                    f" weight {numbers.signed(m.weight)}",
                )
                for m in row.row.members
            ),
            value=row.row.value,
        )
        for row in score_view.rows
    )
    points: list[LikelihoodPoint] = []
    if past.dates:
        # Before the first publication only the prior is known.
        first = min(date.start() for date in past.dates)
        points.append(LikelihoodPoint(moment=first, likelihood=score_view.assessment.prior))
    # What is published on a date is known once the date is over (a month at its end).
    points.extend(
        LikelihoodPoint(moment=d.end(), likelihood=p.assessment.likelihood)
        for d, p in zip(past.dates, past.points, strict=True)
    )
    return AssessmentView(score=score_view, rows=rows, timeline=tuple(points))


def assess(allegation: Allegation, dataset: Dataset, profile: Profile = STANDARD) -> AssessmentView:
    """The allegation's score on all the evidence, and its history, for the pages."""
    past = history(allegation.id, timeline(allegation, dataset, profile=profile))
    return page_view(view(score(allegation, dataset, profile=profile)), past)

"""The score as the pages show it: the view every output shares (with what it rests on and what
would change it), and its timeline (one point per date that changes what counts)."""

from __future__ import annotations

import attrs

from evidtrack.docs.chart import LikelihoodPoint
from evidtrack.model import Allegation, Dataset
from evidtrack.report.score import HistoryView, ScoreView, history, view
from evidtrack.scoring import STANDARD, Profile, score, sensitivity, steps


@attrs.frozen(kw_only=True)
class AssessmentView:
    """A dossier's score: the view every output shares, and the likelihood over time."""

    score: ScoreView
    timeline: tuple[LikelihoodPoint, ...]
    #: One row per date that changes what counts, with what became public and what moved.
    history: HistoryView


def page_view(score_view: ScoreView, past: HistoryView) -> AssessmentView:
    """The page's view of a score and of its history (as of each publication date)."""
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
    return AssessmentView(score=score_view, timeline=tuple(points), history=past)


def assess(allegation: Allegation, dataset: Dataset, profile: Profile = STANDARD) -> AssessmentView:
    """The allegation's score on all the evidence, what it rests on and what would change it,
    and its history, for the pages."""
    past = history(allegation.id, steps(allegation, dataset, profile=profile))
    now = score(allegation, dataset, profile=profile)
    return page_view(view(now, sensitivity(allegation, dataset, profile=profile)), past)

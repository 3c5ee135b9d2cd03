"""The score as the pages show it: likelihood, ICD 203 term, confidence, explanation, timeline."""

from __future__ import annotations

import attrs

from evidtrack.docs.chart import LikelihoodPoint
from evidtrack.model import Allegation, Dataset


@attrs.frozen(kw_only=True)
class ExplanationRow:
    """One cluster of the explanation: its members and what it adds to the log-odds."""

    label: str
    members: tuple[str, ...]
    value: float


@attrs.frozen(kw_only=True)
class AssessmentView:
    likelihood: float
    term: str
    confidence: str
    two_sources: bool
    prior_logit: float
    log_odds: float
    rows: tuple[ExplanationRow, ...]
    responses: tuple[str, ...]
    profile: str
    as_of: str | None
    timeline: tuple[LikelihoodPoint, ...]


def assess(allegation: Allegation, dataset: Dataset) -> AssessmentView | None:
    """The allegation's score for the pages, or None while no score is available."""
    return None

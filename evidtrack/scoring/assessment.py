"""``score(allegation, dataset, as_of, profile)``: likelihood, ICD 203 term, confidence apart, and
the explanation rows."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from evidtrack.as_of import AsOf, parse_as_of
from evidtrack.model import Allegation, Dataset
from evidtrack.scoring.combine import Combination, Row, sigmoid, weigh
from evidtrack.scoring.confidence import Confidence, Contribution, Judgement, judge
from evidtrack.scoring.inputs import ScoredItem
from evidtrack.scoring.labels import Likelihood, likelihood_term
from evidtrack.scoring.profile import STANDARD, Profile
from evidtrack.scoring.selection import Excluded, ResponseOnRecord, as_of_text, select


@attrs.frozen(kw_only=True)
class Assessment:
    """The score of one allegation as of a date, under one profile (name and version kept)."""

    allegation: str
    as_of: str | None
    profile_name: str
    profile_version: str
    prior: float
    prior_logit: float
    #: L = prior_logit + sum of row values (math.fsum), in nats.
    log_odds: float
    #: P = clamp(sigmoid(L), p_floor, p_ceiling).
    likelihood: float
    term: Likelihood
    #: Stated apart from the likelihood term, never in the same sentence.
    confidence: Confidence
    confidence_reasons: tuple[str, ...]
    two_independent_sources: bool
    #: The parties that are sources of a supporting cluster, by cluster (what confidence reads).
    sources: tuple[Contribution, ...]
    #: The confidence level on STIX's None/Low/Med/High scale (15, 50 or 85).
    stix_confidence: int
    rows: tuple[Row, ...]
    excluded: tuple[Excluded, ...]
    responses: tuple[ResponseOnRecord, ...]

    @property
    def counted(self) -> int:
        """How many pieces of evidence count (one recorded under two ids counts once)."""
        return sum(len(row.members) for row in self.rows)


def resolve(allegation: Allegation | str, dataset: Dataset) -> Allegation:
    """The allegation itself, given it or its id; KeyError names an unknown id."""
    if isinstance(allegation, Allegation):
        return allegation
    found = dataset.allegation_by_id.get(allegation)
    if found is None:
        raise KeyError(f"no allegation {allegation!r} in the dataset")
    return found


def evaluate(
    counted: Iterable[ScoredItem], profile: Profile
) -> tuple[Combination, Judgement, float]:
    """What the counted items add up to: the rows, the judgement of confidence, and P."""
    combination = weigh(counted, profile)
    likelihood = min(profile.p_ceiling, max(profile.p_floor, sigmoid(combination.log_odds)))
    judgement = judge((c for row in combination.rows for c in row.clusters), profile)
    return combination, judgement, likelihood


def score(
    allegation: Allegation | str,
    dataset: Dataset,
    as_of: AsOf | None = None,
    profile: Profile | None = None,
) -> Assessment:
    """How likely the allegation is on the evidence public by the end of ``as_of``, and why.

    ``allegation`` is the record or its id; ``as_of`` (default: all the evidence) is a year,
    month or day as text (``"2023-12"``, meaning its end), a ``datetime.date`` or a
    ``PartialDate``; ``profile`` defaults to the standard profile (``evidtrack.scoring.STANDARD``).
    """
    as_of = None if as_of is None else parse_as_of(as_of)
    profile = STANDARD if profile is None else profile
    target = resolve(allegation, dataset)
    selection = select(target, dataset, as_of, profile)
    combination, judgement, likelihood = evaluate(selection.counted, profile)
    return Assessment(
        allegation=target.id,
        as_of=as_of_text(as_of),
        profile_name=profile.name,
        profile_version=profile.version,
        prior=profile.prior,
        prior_logit=combination.prior_logit,
        log_odds=combination.log_odds,
        likelihood=likelihood,
        term=likelihood_term(likelihood),
        confidence=judgement.confidence,
        confidence_reasons=judgement.reasons,
        two_independent_sources=judgement.two_independent_sources,
        sources=judgement.sources,
        stix_confidence=judgement.confidence.stix_value,
        rows=combination.rows,
        excluded=selection.excluded,
        responses=selection.responses,
    )

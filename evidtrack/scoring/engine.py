"""``score(allegation, dataset, as_of, profile)``: the assessment of one allegation."""

from __future__ import annotations

from evidtrack.as_of import AsOf, parse_as_of
from evidtrack.model import Allegation, Dataset
from evidtrack.scoring.assessment.assessment import Assessment
from evidtrack.scoring.assessment.confidence import judge
from evidtrack.scoring.combination.combine import combine, sigmoid
from evidtrack.scoring.inputs.selection import as_of_text, select
from evidtrack.scoring.labels.icd203 import likelihood_term
from evidtrack.scoring.labels.stix import NONE_LOW_MED_HIGH, to_value
from evidtrack.scoring.profiles import STANDARD, Profile


def resolve(allegation: Allegation | str, dataset: Dataset) -> Allegation:
    """The allegation itself, given it or its id; KeyError names an unknown id."""
    if isinstance(allegation, Allegation):
        return allegation
    found = dataset.allegation_by_id.get(allegation)
    if found is None:
        raise KeyError(f"no allegation {allegation!r} in the dataset")
    return found


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
    combination = combine(selection.counted, profile)
    likelihood = min(profile.p_ceiling, max(profile.p_floor, sigmoid(combination.log_odds)))
    judgement = judge((c for row in combination.rows for c in row.clusters), profile)
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
        stix_confidence=to_value(NONE_LOW_MED_HIGH, judgement.confidence.stix_label),
        rows=combination.rows,
        excluded=selection.excluded,
        responses=selection.responses,
    )

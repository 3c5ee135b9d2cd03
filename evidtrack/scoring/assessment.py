"""``score(allegation, dataset, as_of, profile)``: likelihood, ICD 203 term, confidence apart, and
the explanation rows."""

from __future__ import annotations

from typing import Any

import attrs

from evidtrack.as_of import AsOf, parse_as_of
from evidtrack.model import Allegation, Dataset
from evidtrack.scoring.combine import Row, sigmoid, weigh
from evidtrack.scoring.confidence import Confidence, judge
from evidtrack.scoring.labels import Likelihood, likelihood_term
from evidtrack.scoring.profiles import STANDARD, Profile
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
    #: The confidence level on STIX's None/Low/Med/High scale (15, 50 or 85).
    stix_confidence: int
    rows: tuple[Row, ...]
    excluded: tuple[Excluded, ...]
    responses: tuple[ResponseOnRecord, ...]

    @property
    def counted(self) -> int:
        return sum(len(row.members) for row in self.rows)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "allegation": self.allegation,
            "as_of": self.as_of,
            "profile": {"name": self.profile_name, "version": self.profile_version},
            "prior": self.prior,
            "log_odds": self.log_odds,
            "likelihood": self.likelihood,
            "icd203_term": self.term.value,
            "confidence": self.confidence.value,
            "confidence_reasons": list(self.confidence_reasons),
            "two_independent_sources": self.two_independent_sources,
            "stix_confidence": self.stix_confidence,
            "explanation": {
                "prior_logit": self.prior_logit,
                "rows": [_row(row) for row in self.rows],
            },
            "not_counted": [
                {"id": e.id, "record": e.recorded_as.value, "reason": e.reason}
                for e in self.excluded
            ],
            "responses": [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "actor": r.actor,
                    "date": r.date.isoformat(),
                    "treatment": r.treatment,
                }
                for r in self.responses
            ],
        }


def _row(row: Row) -> dict[str, Any]:
    return {
        "key": row.key,
        "group": row.group.value,
        "value": row.value,
        "caps_hit": list(row.caps_hit),
        "clusters": [
            {
                "key": str(cluster.key),
                "value": cluster.value,
                "members": [
                    {
                        "id": m.item.id,
                        "record": m.item.recorded_as.value,
                        "party": m.item.party,
                        "role": m.item.role.value,
                        "kind": m.item.kind.value,
                        "stance": m.item.stance.value,
                        "weight": m.weight,
                        **({"note": m.item.note} if m.item.note else {}),
                    }
                    for m in cluster.members
                ],
            }
            for cluster in row.clusters
        ],
    }


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
    combination = weigh(selection.counted, profile)
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
        stix_confidence=judgement.confidence.stix_value,
        rows=combination.rows,
        excluded=selection.excluded,
        responses=selection.responses,
    )

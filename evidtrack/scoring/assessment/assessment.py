"""What a score says: likelihood, ICD 203 term, confidence apart, and the explanation rows."""

from __future__ import annotations

from typing import Any

import attrs

from evidtrack.scoring.assessment.confidence import Confidence
from evidtrack.scoring.combination.combine import Row
from evidtrack.scoring.inputs.selection import Excluded, ResponseOnRecord
from evidtrack.scoring.labels.icd203 import Likelihood


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
                {"id": e.id, "record": e.record.value, "reason": e.reason} for e in self.excluded
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
                        "record": m.item.record.value,
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

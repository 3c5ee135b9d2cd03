"""The scoring profile: every weight, cap, prior and threshold, in one versioned table."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

import attrs

from evidtrack.model import Directness, EvidenceKind, Reliability, Role


def _frozen_mapping(value: Mapping[Any, Any]) -> Mapping[Any, Any]:
    # A read-only view: a profile is a published table, not something a caller edits.
    return MappingProxyType(dict(value))


class ClusterKind(StrEnum):
    """Why items were put together (scoring.md B.2); each kind has its own rho and cap."""

    DENIAL = "denial"  # an accused party's refuting items
    ARTIFACT = "artifact"  # one physical object examined
    ORIGIN = "origin"  # one original source
    PARTY = "party"  # an interested party's own assertions
    ORGANISATION = "organisation"  # one independent organisation's unlabelled reports
    SINGLE = "single"  # an item alone


@attrs.frozen(kw_only=True)
class ClusterRule:
    """``agg(X) = (1 - rho) max(X) + rho sum(X)``; the cluster value is clipped to +/- cap."""

    rho: float
    cap: float


@attrs.frozen(kw_only=True, eq=True, hash=False)
class Profile:
    """Weights in log-odds (nats) and the thresholds of the outputs; see docs/methodology.md."""

    name: str
    version: str
    description: str
    #: Prior probability of the allegation before any evidence.
    prior: float
    #: Bounds of the reported likelihood, so that no score claims certainty.
    p_floor: float
    p_ceiling: float
    #: K[kind]: how much a kind of evidence can say.
    kind_weight: Mapping[EvidenceKind, float] = attrs.field(converter=_frozen_mapping)
    #: r(reliability), Admiralty A-F.
    reliability_weight: Mapping[Reliability, float] = attrs.field(converter=_frozen_mapping)
    #: c(credibility), Admiralty 1-6; 1 only when confirmed outside the corpus.
    credibility_weight: Mapping[int, float] = attrs.field(converter=_frozen_mapping)
    #: M[role] for supporting items.
    role_supports: Mapping[Role, float] = attrs.field(converter=_frozen_mapping)
    #: M[role] for refuting items.
    role_refutes: Mapping[Role, float] = attrs.field(converter=_frozen_mapping)
    #: How much of the allegation an item bears on.
    directness_weight: Mapping[Directness, float] = attrs.field(converter=_frozen_mapping)
    #: rho and cap per cluster kind.
    clusters: Mapping[ClusterKind, ClusterRule] = attrs.field(converter=_frozen_mapping)
    #: The accuser camp (accusers and their allies): its clusters combine with this rho, and
    #: its supporting total is capped (scoring.md C.7 for every party of the camp at once).
    camp_rho: float
    camp_cap: float
    #: Several clusters of one independent organisation combine with this rho.
    organisation_rho: float
    #: All denial groups of the accused together lower L by at most this much.
    denial_floor: float
    #: Official responses carry no credibility grade: they get this one.
    response_credibility: int
    #: A cluster supports (for the confidence level) when its value reaches this.
    min_support: float
    #: An independent cluster at or below minus this is a strong refutation.
    strong_refutation: float

    def credibility_factor(self, credibility: int, confirmed_outside: bool) -> float:
        """c(credibility); a 1 that does not say where it is confirmed counts as a 2."""
        if credibility == 1 and not confirmed_outside:
            credibility = 2
        return self.credibility_weight[credibility]

    def role_factor(self, role: Role, sign: int) -> float:
        if sign > 0:
            return self.role_supports[role]
        if sign < 0:
            return self.role_refutes[role]
        return 0.0

    def rule(self, kind: ClusterKind) -> ClusterRule:
        return self.clusters[kind]

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

"""The confidence level and the two-independent-sources flag (S/2006/997, annex, para 23).

Stated apart from the likelihood: how solid the evidential base is, not how likely the
allegation. A cluster *supports* when its value reaches the profile's ``min_support``; it is
*led* by its strongest supporting member (ties broken by id), whose party, role and kind speak
for it.

- two independent sources: two supporting clusters led by different parties, neither of the
  accuser camp (an accused state's admission is independent of its accusers);
- high: those two sources, one of them first-hand or documentary (physical examination,
  verified documents, expert finding, geolocated imagery, testimony) from an independent body,
  and no strong independent refutation (an independent-led cluster at or below
  ``-strong_refutation``);
- moderate: two supporting clusters led by different parties, or one qualifying independent
  cluster;
- low: anything less.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final

import attrs

from evidtrack.model import EvidenceKind, Role
from evidtrack.scoring.clusters import CAMP_ROLES, Cluster, Member
from evidtrack.scoring.labels import NONE_LOW_MED_HIGH
from evidtrack.scoring.profile import Profile
from evidtrack.wording import plural

FIRST_HAND_OR_DOCUMENTARY: Final = frozenset(
    {
        EvidenceKind.PHYSICAL_EXAMINATION,
        EvidenceKind.VERIFIED_DOCUMENTS,
        EvidenceKind.EXPERT_FINDING,
        EvidenceKind.GEOLOCATED_IMAGERY,
        EvidenceKind.TESTIMONY,
    }
)


class Confidence(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"

    @property
    def stix_label(self) -> str:
        """The label on STIX's None/Low/Med/High scale."""
        return {Confidence.LOW: "Low", Confidence.MODERATE: "Med", Confidence.HIGH: "High"}[self]

    @property
    def stix_value(self) -> int:
        """The STIX 2.1 confidence value of the level (15, 50 or 85)."""
        return NONE_LOW_MED_HIGH[self.stix_label]


@attrs.frozen(kw_only=True)
class Judgement:
    confidence: Confidence
    two_independent_sources: bool
    reasons: tuple[str, ...]


def _lead(cluster: Cluster, sign: int) -> Member:
    """The strongest member on the side of ``sign``; the smallest id wins a tie."""
    chosen = [m for m in cluster.members if m.weight * sign > 0]
    return min(chosen, key=lambda m: (-abs(m.weight), m.item.recorded_as.value, m.item.id))


def _qualifies(member: Member) -> bool:
    return member.item.role is Role.INDEPENDENT and member.item.kind in FIRST_HAND_OR_DOCUMENTARY


def judge(clusters: Iterable[Cluster], profile: Profile) -> Judgement:
    clusters = tuple(clusters)
    supporting = [_lead(c, +1) for c in clusters if c.value > 0 and c.value >= profile.min_support]
    refuting = [_lead(c, -1) for c in clusters if c.value <= -profile.strong_refutation]
    outside_camp = [m for m in supporting if m.item.role not in CAMP_ROLES]
    two_sources = len({m.item.party for m in outside_camp}) >= 2
    qualifying = [m for m in supporting if _qualifies(m)]
    strong_refutation = [m for m in refuting if m.item.role is Role.INDEPENDENT]
    leaders = sorted({m.item.party for m in supporting})
    threshold = (
        f"worth at least {profile.min_support:g} nats, the least the profile counts as support"
    )
    reasons = [
        f"{plural(len(supporting), 'supporting cluster')} {threshold}, led by {', '.join(leaders)}"
        if supporting
        else f"no supporting cluster {threshold}"
    ]
    if two_sources:
        parties = sorted({m.item.party for m in outside_camp})
        reasons.append(f"independent of the accusers: clusters led by {', '.join(parties)}")
    else:
        reasons.append("fewer than two supporting clusters led by parties outside the accuser camp")
    if qualifying:
        reasons.append(
            "first-hand or documentary evidence from an independent body: "
            + ", ".join(sorted(m.item.id for m in qualifying))
        )
    if strong_refutation:
        reasons.append(
            f"strong independent refutation (a cluster worth {profile.strong_refutation:g} nats"
            " or more against the allegation): "
            + ", ".join(sorted(m.item.id for m in strong_refutation))
        )
    if two_sources and qualifying and not strong_refutation:
        level = Confidence.HIGH
    elif len({m.item.party for m in supporting}) >= 2 or qualifying:
        level = Confidence.MODERATE
    else:
        level = Confidence.LOW
    return Judgement(confidence=level, two_independent_sources=two_sources, reasons=tuple(reasons))

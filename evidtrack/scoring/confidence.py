"""The confidence level and the two-independent-sources flag (S/2006/997, annex, para 23).

Stated apart from the likelihood: how solid the evidential base is, not how likely the
allegation. A cluster *supports* when its value reaches the profile's ``min_support``. A party
is a *source* of a supporting cluster when its own supporting items in it, aggregated with the
cluster's rule, reach ``min_support`` too: several parties can be sources of one cluster (the
victim state and an independent body examining the same debris), and no member "leads" it, so
that no tie between members, and no id, decides anything.

- two independent sources: sources of two different parties, at least one of them outside the
  accuser camp (the accusers' own claims are one side; corroboration must come from a source
  independent of them);
- high: two independent sources, one of them first-hand or documentary (physical examination,
  verified documents, expert finding, geolocated imagery, dataset, testimony) from an
  independent body and bearing on the proposition itself (directness at least
  ``first_hand_min_directness``),
  and no strong independent refutation (an independent party whose own refuting items in a
  cluster worth ``-strong_refutation`` or less reach ``strong_refutation``);
- moderate: sources of two different parties (any roles), or one qualifying independent source;
- low: anything less.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from enum import StrEnum
from typing import Final

import attrs

from evidtrack.model import EvidenceKind, Role
from evidtrack.scoring.clusters import CAMP_ROLES, Cluster, ClusterKey, Member, agg, key_order
from evidtrack.scoring.inputs import directness
from evidtrack.scoring.labels import NONE_LOW_MED_HIGH
from evidtrack.scoring.profile import Profile
from evidtrack.wording import plural

FIRST_HAND_OR_DOCUMENTARY: Final = frozenset(
    {
        EvidenceKind.PHYSICAL_EXAMINATION,
        EvidenceKind.VERIFIED_DOCUMENTS,
        EvidenceKind.EXPERT_FINDING,
        EvidenceKind.GEOLOCATED_IMAGERY,
        EvidenceKind.DATASET,
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


@attrs.frozen(kw_only=True, order=True)
class Contribution:
    """A party that is a source of a cluster, for or against the allegation, and its worth."""

    party: str
    role: Role
    #: The cluster it is a source of.
    cluster: ClusterKey
    #: Its own items in the cluster, aggregated with the cluster's rule, in nats (positive).
    worth: float
    #: Its items there, by id.
    items: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Judgement:
    confidence: Confidence
    two_independent_sources: bool
    #: Every party that is a source of a supporting cluster, by cluster.
    sources: tuple[Contribution, ...]
    #: The first-hand or documentary items of independent sources that qualify for "high".
    qualifying: tuple[str, ...]
    #: Independent sources of a strong refutation.
    refutations: tuple[Contribution, ...]
    reasons: tuple[str, ...]


def contributions(cluster: Cluster, sign: int, profile: Profile) -> list[Contribution]:
    """The parties whose own items on the side of ``sign`` are worth ``min_support`` or more."""
    rho = profile.rule(cluster.key.kind).rho
    sides: dict[tuple[str, Role], list[Member]] = defaultdict(list)
    for member in cluster.members:
        if member.weight * sign > 0:
            sides[(member.item.party, member.item.role)].append(member)
    found = []
    for (party, role), members in sides.items():
        worth = agg((abs(m.weight) for m in members), rho)
        if worth >= profile.min_support and worth > 0:
            ids = sorted(i for m in members for i in m.item.ids)
            found.append(
                Contribution(
                    party=party, role=role, cluster=cluster.key, worth=worth, items=tuple(ids)
                )
            )
    return found


def _qualifies(member: Member, sources: Iterable[Contribution], profile: Profile) -> bool:
    """First-hand or documentary, from an independent source of its cluster, and bearing on the
    proposition itself: circumstance around it (imagery of cargo nobody can identify) is no
    first-hand corroboration, however many analysts observe it."""
    item = member.item
    return (
        member.weight > 0
        and item.role is Role.INDEPENDENT
        and item.kind in FIRST_HAND_OR_DOCUMENTARY
        and directness(item) >= profile.first_hand_min_directness
        and any(s.party == item.party and s.role is item.role for s in sources)
    )


def judge(clusters: Iterable[Cluster], profile: Profile) -> Judgement:
    clusters = tuple(clusters)
    supporting = [c for c in clusters if c.value > 0 and c.value >= profile.min_support]
    sources: list[Contribution] = []
    qualifying: list[str] = []
    for cluster in supporting:
        found = contributions(cluster, +1, profile)
        sources.extend(found)
        qualifying.extend(
            i for m in cluster.members if _qualifies(m, found, profile) for i in m.item.ids
        )
    refutations = [
        c
        for cluster in clusters
        if cluster.value <= -profile.strong_refutation
        for c in contributions(cluster, -1, profile)
        if c.role is Role.INDEPENDENT and c.worth >= profile.strong_refutation
    ]
    parties = sorted({s.party for s in sources})
    outside = sorted({s.party for s in sources if s.role not in CAMP_ROLES})
    two_sources = len(parties) >= 2 and bool(outside)
    if two_sources and qualifying and not refutations:
        level = Confidence.HIGH
    elif len(parties) >= 2 or qualifying:
        level = Confidence.MODERATE
    else:
        level = Confidence.LOW
    return Judgement(
        confidence=level,
        two_independent_sources=two_sources,
        sources=tuple(sorted(sources, key=_order)),
        qualifying=tuple(sorted(qualifying)),
        refutations=tuple(sorted(refutations, key=_order)),
        reasons=_reasons(supporting, sources, two_sources, qualifying, refutations, profile),
    )


def _order(source: Contribution) -> tuple[object, ...]:
    """The order of ``Contribution`` (its fields in turn, its cluster's key's fields in turn)
    as a plain tuple: attrs' comparison builds the tuples anew at every comparison."""
    return (source.party, source.role, key_order(source.cluster), source.worth, source.items)


def _reasons(
    supporting: list[Cluster],
    sources: list[Contribution],
    two_sources: bool,
    qualifying: list[str],
    refutations: list[Contribution],
    profile: Profile,
) -> tuple[str, ...]:
    threshold = (
        f"worth at least {profile.min_support:g} nats, the least the profile counts as support"
    )
    named = sorted({f"{s.party} ({s.role.value})" for s in sources})
    if not supporting:
        reasons = [f"no supporting cluster {threshold}"]
    elif not named:
        reasons = [
            f"{plural(len(supporting), 'supporting cluster')} {threshold}, but no party's own"
            " items in them reach it"
        ]
    else:
        reasons = [
            f"{plural(len(supporting), 'supporting cluster')} {threshold}; sources (parties"
            f" whose own items in one reach it): {', '.join(named)}"
        ]
    if two_sources:
        outside = sorted({s.party for s in sources if s.role not in CAMP_ROLES})
        reasons.append(
            "two independent sources: sources of different parties, outside the accuser camp: "
            + ", ".join(outside)
        )
    else:
        reasons.append(
            "fewer than two sources of different parties with one outside the accuser camp"
        )
    if qualifying:
        reasons.append(
            "first-hand or documentary evidence from an independent source, bearing on the"
            f" proposition itself (directness at least {profile.first_hand_min_directness:g}): "
            + ", ".join(sorted(qualifying))
        )
    if refutations:
        reasons.append(
            f"strong independent refutation (an independent party's own items worth"
            f" {profile.strong_refutation:g} nats or more against the allegation): "
            + ", ".join(sorted({i for r in refutations for i in r.items}))
        )
    return tuple(reasons)

"""Item weights, and where each item goes: its group and its cluster of dependent items.

An item's weight, in log-odds (nats), is ``stance x K[kind] x r(reliability) x c(credibility)
x M[role, stance] x directness``; directness is the item's own number in [0, 1] (the names
direct, partial and circumstantial stand for 1.0, 0.6 and 0.3).

Placement depends on the item alone (its party's role, stance and labels), never on the other
items, so that adding evidence can only add to one cluster: this is what makes the score
monotone and independent of order. The key is the first that applies:

- an accused party's refuting item: that party's denial group (all of them floored together);
- an item with an ``origin``: the cluster of that origin (inside the accuser camp for the
  camp's items);
- an examination of an object (``OBJECT_EXAMINATIONS``) with an ``artifact``: the cluster of
  that artifact, whoever examined it: the victim state's, an independent body's and the UN
  panel's examinations of one debris lot are dependent (one object) and independent (three
  examiners) at once, and the object can be examined again by anyone: it is verifiable, where
  an assertion is not;
- any other item of the accuser camp (accusers and their allies): a cluster inside the camp, by
  artifact, else one cluster per party; the camp's support is capped as a whole, because
  allies repeat each other's intelligence (Heuer ch. 8: circular reporting);
- any other item: same artifact, else one cluster per independent organisation (its several
  reports share its method and blind spots), else the item alone.

Origin comes before artifact: an item that carries both repeats an original source about an
object, and the same information must count once however many objects it names. The role
factor ``M`` still discounts an interested party's examination; the camp's cap bounds what its
assertions can add, not its examinations of objects.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from enum import StrEnum

import attrs

from evidtrack.model import EvidenceKind, Role
from evidtrack.scoring.inputs import Recorded, ScoredItem, directness
from evidtrack.scoring.profile import ClusterKind, Profile


def item_weight(item: ScoredItem, profile: Profile) -> float:
    """Signed weight: positive supports, negative refutes, 0.0 for a neutral item."""
    sign = item.sign
    if sign == 0:
        return 0.0
    magnitude = (
        profile.kind_weight[item.kind]
        * profile.reliability_weight[item.reliability]
        * profile.credibility_factor(item.credibility, item.confirmed_outside)
        * profile.role_factor(item.role, sign)
        * directness(item)
    )
    return sign * magnitude


def agg(values: Iterable[float], rho: float) -> float:
    """``(1 - rho) max(X) + rho sum(X)`` of non-negative values; 0.0 for none.

    Between "only the strongest counts" (rho 0) and "all of them count" (rho 1); ``math.fsum``
    of the sorted values keeps it independent of order.
    """
    collected = sorted(values)
    if not collected:
        return 0.0
    if len(collected) == 1:  # most clusters: fsum of one value is the value (-0.0 as 0.0)
        (value,) = collected
        return (1.0 - rho) * value + rho * (value + 0.0)
    return (1.0 - rho) * collected[-1] + rho * math.fsum(collected)


def clip(value: float, cap: float) -> tuple[float, bool]:
    """``value`` limited to ``[-cap, cap]``, and whether the cap was hit."""
    if value > cap:
        return cap, True
    if value < -cap:
        return -cap, True
    return value, False


class Group(StrEnum):
    """How clusters enter the sum: on their own, or combined first."""

    ALONE = "alone"
    CAMP = "camp"  # accusers and their allies: combined with camp_rho, support capped
    DENIALS = "denials"  # accused parties' refutations: the sum floored at -denial_floor
    ORGANISATION = "organisation"  # one independent body's clusters: organisation_rho


CAMP_ROLES = frozenset({Role.ACCUSER, Role.ALLY})
#: The kinds of evidence that examine an object: with an ``artifact`` they are keyed by it.
OBJECT_EXAMINATIONS = frozenset(
    {
        EvidenceKind.PHYSICAL_EXAMINATION,
        EvidenceKind.GEOLOCATED_IMAGERY,
        EvidenceKind.VERIFIED_DOCUMENTS,
        EvidenceKind.DATASET,
    }
)


@attrs.frozen(kw_only=True, order=True)
class ClusterKey:
    """Which cluster: its group, its kind, and what its members share (a party, a label)."""

    group: Group
    kind: ClusterKind
    label: str
    #: For an item alone: the list it was recorded in (an evidence item and a response may
    #: share an id).
    recorded_as: Recorded | None = None

    def __str__(self) -> str:
        """A stable key for machines: ``camp/party:USA``, ``single:response:resp-x``."""
        prefix = "" if self.group is Group.ALONE else f"{self.group.value}/"
        recorded = "" if self.recorded_as is None else f"{self.recorded_as.value}:"
        return f"{prefix}{self.kind.value}:{recorded}{self.label}"

    @property
    def words(self) -> str:
        """The cluster as a reader says it: ``same artifact: debris-kharkiv-2024-01-02``."""
        return f"{self.kind.words}: {self.label}"


def key_order(key: ClusterKey) -> tuple[Group, ClusterKind, str, Recorded | None]:
    """The order of ``ClusterKey`` (its fields in turn) as a plain tuple, to sort by: attrs'
    comparison builds the tuples anew at every comparison."""
    return (key.group, key.kind, key.label, key.recorded_as)


def place(item: ScoredItem) -> ClusterKey:
    """The cluster an item belongs to; a function of the item alone."""
    if item.role is Role.ACCUSED and item.sign < 0:
        return ClusterKey(group=Group.DENIALS, kind=ClusterKind.DENIAL, label=item.party)
    group = Group.CAMP if item.role in CAMP_ROLES else Group.ALONE
    if item.origin is not None:
        return ClusterKey(group=group, kind=ClusterKind.ORIGIN, label=item.origin)
    if item.artifact is not None:
        if item.kind in OBJECT_EXAMINATIONS:
            group = Group.ALONE
        return ClusterKey(group=group, kind=ClusterKind.ARTIFACT, label=item.artifact)
    if group is Group.CAMP:
        return ClusterKey(group=group, kind=ClusterKind.PARTY, label=item.party)
    if item.role is Role.INDEPENDENT:
        return ClusterKey(group=group, kind=ClusterKind.ORGANISATION, label=item.party)
    # Named after every id the item is recorded under: none of them is preferred.
    return ClusterKey(
        group=group,
        kind=ClusterKind.SINGLE,
        label=" = ".join(item.ids),
        recorded_as=item.recorded_as,
    )


@attrs.frozen(kw_only=True)
class Member:
    """One counted item in its cluster, with its weight."""

    item: ScoredItem
    weight: float


@attrs.frozen(kw_only=True)
class Cluster:
    """Dependent items and what they are worth together."""

    key: ClusterKey
    members: tuple[Member, ...]
    supports: float  # agg of the supporting weights
    refutes: float  # agg of the refuting magnitudes
    value: float  # clip(supports - refutes, -cap, cap)
    capped: bool


def build_cluster(key: ClusterKey, members: Iterable[Member], profile: Profile) -> Cluster:
    rule = profile.rule(key.kind)
    # Recorded is a StrEnum: its members sort as their values.
    ordered = tuple(members)
    if len(ordered) > 1:
        ordered = tuple(sorted(ordered, key=lambda m: (m.item.recorded_as, m.item.id)))
    supports = agg((m.weight for m in ordered if m.weight > 0), rule.rho)
    refutes = agg((-m.weight for m in ordered if m.weight < 0), rule.rho)
    value, capped = clip(supports - refutes, rule.cap)
    return Cluster(
        key=key, members=ordered, supports=supports, refutes=refutes, value=value, capped=capped
    )

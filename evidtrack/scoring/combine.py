"""From clusters to the log-odds: ``L = logit(prior) + sum of rows``, each row explained.

A row is what enters the sum:

- the accuser camp: its clusters combined with ``camp_rho``, support capped at ``camp_cap``,
  its own caveats counted in full;
- the accused parties' denial groups: summed, floored at ``-denial_floor``;
- one independent organisation's clusters: the supporting clusters whose supporting members
  all belong to that one organisation (one examiner inspecting several missiles, one analyst
  publishing several reports) share its method and its blind spots, and are combined with
  ``agg(values, organisation_rho)``; a cluster with members of several parties (several
  bodies examining one artifact) stands alone, and so does an origin cluster, whose repeats
  already count once: grouping it would let a repeat by another party lift it out again;
- any other cluster, on its own.

The organisation rows keep the score monotone: adding an item to a cluster can only move it
out of its organisation's group (its supporting members gain a party), never into one, and a
cluster leaving a group lowers the group by at most its own value,
``agg(X) - agg(X without k) <= k``, while it then counts in full.

``L`` is computed as the ``math.fsum`` of the prior's log-odds and the row values, so the
explanation adds up to it exactly.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from evidtrack.model import Role
from evidtrack.scoring.clusters import (
    Cluster,
    ClusterKey,
    Group,
    Member,
    agg,
    build_cluster,
    item_weight,
    key_order,
    place,
)
from evidtrack.scoring.inputs import Recorded, ScoredItem
from evidtrack.scoring.profile import ClusterKind, Profile


@attrs.frozen(kw_only=True)
class Limit:
    """A cap or a floor that bit: what it limited, the bound, and the value before."""

    what: str
    #: ``cap`` (an upper bound on support) or ``floor`` (a lower bound).
    bound: str
    limit: float
    before: float


@attrs.frozen(kw_only=True)
class Row:
    """One term of the sum: its clusters, the limits that bit, and its value in nats."""

    #: What the row is, in words: ``accuser camp``, ``same artifact: debris-1``.
    key: str
    group: Group
    clusters: tuple[Cluster, ...]
    value: float
    limits: tuple[Limit, ...] = ()
    #: For an organisation's row: the rho its clusters were combined with.
    rho: float | None = None

    @property
    def members(self) -> tuple[Member, ...]:
        return tuple(m for c in self.clusters for m in c.members)


@attrs.frozen(kw_only=True)
class Combination:
    prior_logit: float
    rows: tuple[Row, ...]
    log_odds: float


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def weigh(items: Iterable[ScoredItem], profile: Profile) -> Combination:
    """The counted items in clusters, the clusters in rows, and the log-odds they add up to."""
    members: dict[ClusterKey, list[Member]] = defaultdict(list)
    for item in items:
        members[place(item)].append(Member(item=item, weight=item_weight(item, profile)))
    clusters = sorted(
        (build_cluster(key, found, profile) for key, found in members.items()), key=_key_order
    )
    rows: list[Row] = []
    camp = [c for c in clusters if c.key.group is Group.CAMP]
    denials = [c for c in clusters if c.key.group is Group.DENIALS]
    if camp:
        rows.append(_camp_row(camp, profile))
    if denials:
        rows.append(_denial_row(denials, profile))
    by_organisation: dict[str, list[Cluster]] = defaultdict(list)
    alone: list[Cluster] = []
    for cluster in (c for c in clusters if c.key.group is Group.ALONE):
        organisation = organisation_of(cluster)
        if organisation is None:
            alone.append(cluster)
        else:
            by_organisation[organisation].append(cluster)
    for organisation, found in sorted(by_organisation.items()):
        if len(found) == 1:
            alone.extend(found)
        else:
            rows.append(_organisation_row(organisation, found, profile))
    rows.extend(
        Row(key=c.key.words, group=Group.ALONE, clusters=(c,), value=c.value, limits=_caps(c))
        for c in sorted(alone, key=_key_order)
    )
    prior_logit = logit(profile.prior)
    log_odds = math.fsum([prior_logit, *(row.value for row in rows)])
    return Combination(prior_logit=prior_logit, rows=tuple(rows), log_odds=log_odds)


def _key_order(cluster: Cluster) -> tuple[Group, ClusterKind, str, Recorded | None]:
    return key_order(cluster.key)


def organisation_of(cluster: Cluster) -> str | None:
    """The independent organisation whose clusters this one is combined with, if any.

    A supporting cluster whose supporting members all belong to one independent party; never
    an origin cluster (its repeats count once already, whoever repeats them).
    """
    if cluster.value <= 0 or cluster.key.kind is ClusterKind.ORIGIN:
        return None
    supporting = [m.item for m in cluster.members if m.weight > 0]
    parties = {item.party for item in supporting}
    if len(parties) != 1 or any(item.role is not Role.INDEPENDENT for item in supporting):
        return None
    return parties.pop()


def _caps(cluster: Cluster) -> tuple[Limit, ...]:
    if not cluster.capped:
        return ()
    bound = cluster.value if cluster.value > 0 else -cluster.value
    before = cluster.supports - cluster.refutes
    return (Limit(what=cluster.key.words, bound="cap", limit=bound, before=before),)


def _limits(clusters: Sequence[Cluster]) -> list[Limit]:
    return [limit for cluster in clusters for limit in _caps(cluster)]


def _camp_row(clusters: list[Cluster], profile: Profile) -> Row:
    # Support is capped for the camp as a whole (one party's bound holds for any of its
    # parties); its own caveats run against its interest and count in full.
    limits = _limits(clusters)
    support = agg((c.value for c in clusters if c.value > 0), profile.camp_rho)
    against = math.fsum(-c.value for c in clusters if c.value < 0)
    if support > profile.camp_cap:
        limits.append(
            Limit(
                what="accuser camp's support", bound="cap", limit=profile.camp_cap, before=support
            )
        )
        support = profile.camp_cap
    return Row(
        key="accuser camp",
        group=Group.CAMP,
        clusters=tuple(clusters),
        value=support - against,
        limits=tuple(limits),
    )


def _denial_row(clusters: list[Cluster], profile: Profile) -> Row:
    limits = _limits(clusters)
    total = math.fsum(c.value for c in clusters)
    if total < -profile.denial_floor:
        limits.append(
            Limit(what="accused denials", bound="floor", limit=-profile.denial_floor, before=total)
        )
        total = -profile.denial_floor
    return Row(
        key="accused denials",
        group=Group.DENIALS,
        clusters=tuple(clusters),
        value=total,
        limits=tuple(limits),
    )


def _organisation_row(organisation: str, clusters: list[Cluster], profile: Profile) -> Row:
    return Row(
        key=f"organisation {organisation}",
        group=Group.ORGANISATION,
        clusters=tuple(clusters),
        value=agg((c.value for c in clusters), profile.organisation_rho),
        limits=tuple(_limits(clusters)),
        rho=profile.organisation_rho,
    )

"""From clusters to the log-odds: ``L = logit(prior) + sum of rows``, each row explained.

A row is what enters the sum: a cluster on its own, the accuser camp (its clusters combined
with ``camp_rho``, support capped at ``camp_cap``, its own caveats counted in full), or the
accused parties' denial groups (summed, floored at ``-denial_floor``). ``L`` is computed as the
``math.fsum`` of the prior's log-odds and the row values, so the explanation adds up to it
exactly.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import attrs

from evidtrack.scoring.clusters import (
    Cluster,
    ClusterKey,
    Group,
    Member,
    agg,
    build_cluster,
    item_weight,
    place,
)
from evidtrack.scoring.inputs import ScoredItem
from evidtrack.scoring.profiles import Profile


@attrs.frozen(kw_only=True)
class Row:
    """One term of the sum: its clusters, the caps that bit, and its value in nats."""

    key: str
    group: Group
    clusters: tuple[Cluster, ...]
    value: float
    caps_hit: tuple[str, ...]

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
    clusters = [build_cluster(key, found, profile) for key, found in members.items()]
    clusters.sort(key=lambda c: c.key)
    rows: list[Row] = []
    camp = [c for c in clusters if c.key.group is Group.CAMP]
    denials = [c for c in clusters if c.key.group is Group.DENIALS]
    if camp:
        rows.append(_camp_row(camp, profile))
    if denials:
        rows.append(_denial_row(denials, profile))
    rows.extend(
        Row(
            key=str(c.key),
            group=Group.ALONE,
            clusters=(c,),
            value=c.value,
            caps_hit=_cluster_caps(c, profile),
        )
        for c in clusters
        if c.key.group is Group.ALONE
    )
    prior_logit = logit(profile.prior)
    log_odds = math.fsum([prior_logit, *(row.value for row in rows)])
    return Combination(prior_logit=prior_logit, rows=tuple(rows), log_odds=log_odds)


def _cluster_caps(cluster: Cluster, profile: Profile) -> tuple[str, ...]:
    if not cluster.capped:
        return ()
    cap = profile.rule(cluster.key.kind).cap
    return (f"{cluster.key}: {cluster.key.kind.value} cap {cap:g}",)


def _camp_row(clusters: list[Cluster], profile: Profile) -> Row:
    # Support is capped for the camp as a whole (C.7 holds for any of its parties); its own
    # caveats run against its interest and count in full.
    caps = [cap for c in clusters for cap in _cluster_caps(c, profile)]
    support = agg((c.value for c in clusters if c.value > 0), profile.camp_rho)
    against = math.fsum(-c.value for c in clusters if c.value < 0)
    if support > profile.camp_cap:
        caps.append(f"accuser camp: support cap {profile.camp_cap:g} (was {support:.3f})")
        support = profile.camp_cap
    return Row(
        key="accuser camp",
        group=Group.CAMP,
        clusters=tuple(clusters),
        value=support - against,
        caps_hit=tuple(caps),
    )


def _denial_row(clusters: list[Cluster], profile: Profile) -> Row:
    caps = [cap for c in clusters for cap in _cluster_caps(c, profile)]
    total = math.fsum(c.value for c in clusters)
    if total < -profile.denial_floor:
        caps.append(f"denials: floor -{profile.denial_floor:g} (was {total:.3f})")
        total = -profile.denial_floor
    return Row(
        key="accused denials",
        group=Group.DENIALS,
        clusters=tuple(clusters),
        value=total,
        caps_hit=tuple(caps),
    )

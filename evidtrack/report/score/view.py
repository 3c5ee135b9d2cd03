"""What every output of a score shows, once: the text tables, the JSON and the docs pages.

``view`` turns an ``Assessment`` into plain values with their words (rows and clusters read as
a reader says them, limits in a sentence) and their numbers rounded by ``numbers``; the
renderers only lay them out.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from evidtrack.model import PartialDate
from evidtrack.report.score import numbers
from evidtrack.scoring import (
    Assessment,
    Cluster,
    Excluded,
    Group,
    Limit,
    Member,
    ResponseOnRecord,
    Row,
)


@attrs.frozen(kw_only=True)
class MemberView:
    """One counted item: who said what, and its weight."""

    id: str
    recorded_as: str
    party: str
    role: str
    kind: str
    stance: str
    weight: float
    weight_text: str
    note: str | None


@attrs.frozen(kw_only=True)
class ClusterView:
    """Dependent items: what they share, in words, and what they are worth together."""

    key: str
    words: str
    value: float
    value_text: str
    members: tuple[MemberView, ...]


@attrs.frozen(kw_only=True)
class RowView:
    """One term of the sum, in words, with its clusters and the limits that bit."""

    label: str
    group: str
    value: float
    value_text: str
    clusters: tuple[ClusterView, ...]
    limits: tuple[str, ...]

    @property
    def members(self) -> tuple[MemberView, ...]:
        return tuple(m for c in self.clusters for m in c.members)


@attrs.frozen(kw_only=True)
class ScoreView:
    """One allegation's score as of a date, under one profile."""

    allegation: str
    as_of: str | None
    profile_name: str
    profile_version: str
    prior: float
    prior_logit: float
    prior_logit_text: str
    log_odds: float
    log_odds_text: str
    likelihood: float
    #: The likelihood with enough decimals to agree with its term.
    likelihood_text: str
    percent_text: str
    term: str
    confidence: str
    confidence_reasons: tuple[str, ...]
    two_sources: bool
    stix_confidence: int
    counted: int
    rows: tuple[RowView, ...]
    not_counted: tuple[Excluded, ...]
    responses: tuple[ResponseOnRecord, ...]

    @property
    def profile(self) -> str:
        return f"{self.profile_name} {self.profile_version}"


@attrs.frozen(kw_only=True)
class HistoryView:
    """One allegation's score as of each publication date, earliest first."""

    allegation: str
    points: tuple[ScoreView, ...]
    #: When each point's evidence was public: the end of its as-of date.
    dates: tuple[PartialDate, ...]


def view(assessment: Assessment) -> ScoreView:
    """The assessment as every output shows it."""
    return ScoreView(
        allegation=assessment.allegation,
        as_of=assessment.as_of,
        profile_name=assessment.profile_name,
        profile_version=assessment.profile_version,
        prior=assessment.prior,
        prior_logit=assessment.prior_logit,
        prior_logit_text=numbers.nats_text(assessment.prior_logit),
        log_odds=assessment.log_odds,
        log_odds_text=numbers.nats_text(assessment.log_odds),
        likelihood=assessment.likelihood,
        likelihood_text=numbers.likelihood(assessment.likelihood),
        percent_text=numbers.percent(assessment.likelihood),
        term=assessment.term.value,
        confidence=assessment.confidence.value,
        confidence_reasons=assessment.confidence_reasons,
        two_sources=assessment.two_independent_sources,
        stix_confidence=assessment.stix_confidence,
        counted=assessment.counted,
        rows=tuple(_row(row) for row in assessment.rows),
        not_counted=assessment.excluded,
        responses=assessment.responses,
    )


def history(allegation: str, assessments: Sequence[Assessment]) -> HistoryView:
    """A timeline: the assessments as of each publication date, as ``timeline`` gives them."""
    return HistoryView(
        allegation=allegation,
        points=tuple(view(a) for a in assessments),
        dates=tuple(PartialDate.parse(a.as_of) for a in assessments if a.as_of is not None),
    )


def _row(row: Row) -> RowView:
    label = row.key
    if row.group is Group.ORGANISATION and row.rho is not None:
        label += f": {len(row.clusters)} clusters combined, ρ {numbers.parameter(row.rho)}"
    return RowView(
        label=label,
        group=row.group.value,
        value=row.value,
        value_text=numbers.nats_text(row.value),
        clusters=tuple(_cluster(c) for c in row.clusters),
        limits=tuple(_limit(limit) for limit in row.limits),
    )


def _cluster(cluster: Cluster) -> ClusterView:
    return ClusterView(
        key=str(cluster.key),
        words=cluster.key.words,
        value=cluster.value,
        value_text=numbers.nats_text(cluster.value),
        members=tuple(_member(m) for m in cluster.members),
    )


def _member(member: Member) -> MemberView:
    item = member.item
    return MemberView(
        id=item.id,
        recorded_as=item.recorded_as.value,
        party=item.party,
        role=item.role.value,
        kind=item.kind.value,
        stance=item.stance.value,
        weight=member.weight,
        weight_text=numbers.nats_text(member.weight),
        note=item.note,
    )


def _limit(limit: Limit) -> str:
    """``cap 1.5 on the accuser camp's support (was +1.800)``."""
    bound = numbers.parameter(limit.limit)
    return f"{limit.bound} {bound} on {limit.what} (was {numbers.nats_text(limit.before)})"

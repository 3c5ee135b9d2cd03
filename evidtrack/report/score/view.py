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
from evidtrack.scoring import Assessment, Cluster, Group, Limit, Member, Profile, Row


@attrs.frozen(kw_only=True)
class MemberView:
    """One counted item, with its weight as printed."""

    member: Member
    weight_text: str


@attrs.frozen(kw_only=True)
class ClusterView:
    """Dependent items: what they share, in words, and what they are worth together."""

    cluster: Cluster
    words: str
    value_text: str
    members: tuple[MemberView, ...]


@attrs.frozen(kw_only=True)
class RowView:
    """One term of the sum, in words, with its clusters and the limits that bit."""

    row: Row
    label: str
    value_text: str
    clusters: tuple[ClusterView, ...]
    limits: tuple[str, ...]

    @property
    def members(self) -> tuple[MemberView, ...]:
        return tuple(m for c in self.clusters for m in c.members)


@attrs.frozen(kw_only=True)
class ScoreView:
    """One allegation's score as of a date, under one profile: the assessment, and its words
    and numbers as every output prints them."""

    assessment: Assessment
    #: The likelihood with enough decimals to agree with its term, and as a percentage.
    likelihood_text: str
    percent_text: str
    prior_logit_text: str
    log_odds_text: str
    rows: tuple[RowView, ...]

    @property
    def profile(self) -> str:
        return f"{self.assessment.profile_name} {self.assessment.profile_version}"


@attrs.frozen(kw_only=True)
class Scores:
    """What ``score`` prints: the profile, one view per allegation, and how to show them."""

    profile: Profile
    views: tuple[ScoreView, ...]
    #: The date the scores are as of, if one was given.
    as_of: str | None = None
    #: The title of the one allegation to explain term by term, if one was asked for.
    title: str | None = None


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
        assessment=assessment,
        likelihood_text=numbers.likelihood(assessment.likelihood),
        percent_text=numbers.percent(assessment.likelihood),
        prior_logit_text=numbers.nats_text(assessment.prior_logit),
        log_odds_text=numbers.nats_text(assessment.log_odds),
        rows=tuple(_row(row) for row in assessment.rows),
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
        row=row,
        label=label,
        value_text=numbers.nats_text(row.value),
        clusters=tuple(
            ClusterView(
                cluster=cluster,
                words=cluster.key.words,
                value_text=numbers.nats_text(cluster.value),
                members=tuple(
                    MemberView(member=m, weight_text=numbers.nats_text(m.weight))
                    for m in cluster.members
                ),
            )
            for cluster in row.clusters
        ),
        limits=tuple(_limit(limit) for limit in row.limits),
    )


def _limit(limit: Limit) -> str:
    """``cap 1.5 on the accuser camp's support (was +1.800)``."""
    bound = numbers.parameter(limit.limit)
    return f"{limit.bound} {bound} on {limit.what} (was {numbers.nats_text(limit.before)})"

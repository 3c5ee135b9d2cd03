"""What every output of a score shows, once: the text tables, the JSON and the docs pages.

``view`` turns an ``Assessment`` into plain values with their words (rows and clusters read as
a reader says them, limits in a sentence) and their numbers rounded by ``numbers``; the
renderers only lay them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import attrs

from evidtrack.model import PartialDate
from evidtrack.report.score import numbers
from evidtrack.scoring import (
    Assessment,
    Change,
    Cluster,
    Confidence,
    Group,
    Hypothesis,
    Likelihood,
    Limit,
    LoadBearing,
    Member,
    Outcome,
    Profile,
    Row,
    RowChange,
    Sensitivity,
)


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
class OutcomeView:
    """A likelihood, its term and a confidence level, as the outputs print them."""

    likelihood_text: str
    term: str
    confidence: str


@attrs.frozen(kw_only=True)
class LoadBearingView:
    """An item whose removal alone would change the assessment, and the assessment without it."""

    load_bearing: LoadBearing
    without: OutcomeView


@attrs.frozen(kw_only=True)
class HypothesisView:
    """A kind of new evidence, what it is assumed to be, and the assessment with it."""

    hypothesis: Hypothesis
    #: ``physical_examination, supports, graded B2, directness 0.8``.
    evidence: str
    with_it: OutcomeView


@attrs.frozen(kw_only=True)
class SensitivityView:
    """What the assessment rests on, and what new evidence would change it."""

    sensitivity: Sensitivity
    load_bearing: tuple[LoadBearingView, ...]
    would_change: tuple[HypothesisView, ...]

    @property
    def tried(self) -> int:
        return len(self.sensitivity.tried)


@attrs.frozen(kw_only=True)
class RowChangeView:
    """A row that moved, its values as printed (a dash where it was or is absent)."""

    change: RowChange
    before_text: str
    after_text: str

    @property
    def words(self) -> str:
        """``accuser camp: +0.135 to +0.292``, ``... -0.262 (new)``, ``... gone (was +0.1)``."""
        label, change = self.change.label, self.change
        if change.before is None:
            return f"{label}: {self.after_text} (new)"
        if change.after is None:
            return f"{label}: gone (was {self.before_text})"
        return f"{label}: {self.before_text} to {self.after_text}"


@attrs.frozen(kw_only=True)
class ChangeView:
    """What changed between two dates: the two assessments, what became public, the rows."""

    change: Change
    #: The assessment before (``None``: nothing was public) and after.
    before: OutcomeView | None
    after: OutcomeView
    #: What became public in between: ``2024-02-07  E10 (evidence)``.
    published: tuple[str, ...]
    rows: tuple[RowChangeView, ...]

    @property
    def since(self) -> str | None:
        return self.change.since


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
    #: What the assessment rests on and what would change it, when asked for.
    sensitivity: SensitivityView | None = None
    #: What changed since an earlier date, when asked for.
    since: ChangeView | None = None

    @property
    def profile(self) -> str:
        return f"{self.assessment.profile_name} {self.assessment.profile_version}"

    @cached_property
    def rows(self) -> tuple[RowView, ...]:
        """The terms of the sum in words, made when an output first shows them: a line per
        allegation reads none of them, and there are tens per allegation."""
        return tuple(_row(row) for row in self.assessment.rows)


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
    """One allegation's score as of each date that changes what counts, earliest first."""

    allegation: str
    points: tuple[ScoreView, ...]
    #: When each point's evidence was public: the end of its as-of date.
    dates: tuple[PartialDate, ...]
    #: What changed at each point since the one before (what became public, the rows).
    changes: tuple[ChangeView, ...]


def view(
    assessment: Assessment,
    sensitivity: Sensitivity | None = None,
    since: Change | None = None,
) -> ScoreView:
    """The assessment as every output shows it; with what it rests on and what would change
    it, and what changed since an earlier date, when given."""
    return ScoreView(
        assessment=assessment,
        likelihood_text=numbers.likelihood(assessment.likelihood),
        percent_text=numbers.percent(assessment.likelihood),
        prior_logit_text=numbers.nats_text(assessment.prior_logit),
        log_odds_text=numbers.nats_text(assessment.log_odds),
        sensitivity=None if sensitivity is None else _sensitivity(sensitivity),
        since=None if since is None else change_view(since),
    )


def history(allegation: str, steps: Sequence[Change]) -> HistoryView:
    """A timeline: one point per date that changes what counts, as ``steps`` gives them."""
    points = [step.after for step in steps]
    return HistoryView(
        allegation=allegation,
        points=tuple(view(a) for a in points),
        dates=tuple(PartialDate.parse(a.as_of) for a in points if a.as_of is not None),
        changes=tuple(change_view(step) for step in steps),
    )


def outcome(likelihood: float, term: Likelihood, confidence: Confidence) -> OutcomeView:
    return OutcomeView(
        likelihood_text=numbers.likelihood(likelihood),
        term=term.value,
        confidence=confidence.value,
    )


def _outcome_of(found: Outcome | Assessment) -> OutcomeView:
    return outcome(found.likelihood, found.term, found.confidence)


def _sensitivity(found: Sensitivity) -> SensitivityView:
    return SensitivityView(
        sensitivity=found,
        load_bearing=tuple(
            LoadBearingView(load_bearing=lb, without=_outcome_of(lb.without))
            for lb in found.load_bearing
        ),
        would_change=tuple(
            HypothesisView(
                hypothesis=h,
                evidence=f"{h.kind.value}, {h.stance.value}, graded {h.grade}, directness"
                f" {numbers.parameter(h.directness)}",
                with_it=_outcome_of(h.with_it),
            )
            for h in found.would_change
        ),
    )


def change_view(change: Change) -> ChangeView:
    """What changed between two dates, as the outputs print it."""
    return ChangeView(
        change=change,
        before=None if change.before is None else _outcome_of(change.before),
        after=_outcome_of(change.after),
        published=tuple(
            f"{p.date.isoformat()}  {p.id} ({p.recorded_as.value})" for p in change.published
        ),
        rows=tuple(
            RowChangeView(change=r, before_text=_maybe(r.before), after_text=_maybe(r.after))
            for r in change.rows
        ),
    )


#: Where a row was, or is, absent.
ABSENT = "-"


def _maybe(value: float | None) -> str:
    return ABSENT if value is None else numbers.nats_text(value)


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

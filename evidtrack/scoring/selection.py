"""Which items count as of a date, and why the others do not.

An item counts as of ``t`` only when its whole date interval ends by the end of ``t``
(``PartialDate.known_by``): an item dated "September 2022" counts from 1 October 2022, never
from a day we would have had to invent.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import attrs

from evidtrack.model import Allegation, Dataset, EvidenceKind, PartialDate, Reliability, Stance
from evidtrack.scoring.inputs import Reader, Recorded, ScoredItem, directness, treatment
from evidtrack.scoring.profile import Profile, effective_credibility

if TYPE_CHECKING:  # imported when an as-of date asks for a moment: a score of all the
    import pendulum  # evidence (the usual run) never needs it

#: An as-of date once read (``evidtrack.as_of.parse_as_of``): a partial date or a calendar date.
Day = PartialDate | datetime.date
#: Why an item without a publication date does not count at any date.
UNDATED: Final = "no publication date: give published, or a date to a cited document"
#: Admiralty reliability from best to worst; F (cannot be judged) is no grade at all: last.
_RELIABILITY_ORDER: Final = tuple(Reliability)


@attrs.frozen(kw_only=True)
class Excluded:
    """An item or response that does not count, and why."""

    id: str
    recorded_as: Recorded
    reason: str


@attrs.frozen(kw_only=True)
class ResponseOnRecord:
    """A party's response as of the date, and how the score treats it."""

    id: str
    kind: str
    actor: str
    date: PartialDate
    treatment: str


@attrs.frozen(kw_only=True)
class Selection:
    counted: tuple[ScoredItem, ...]
    excluded: tuple[Excluded, ...]
    responses: tuple[ResponseOnRecord, ...]
    #: The inputs known by the date that weigh something, before duplicates, relays and
    #: superseded caveats are sorted out (``settle``): what the sensitivity step varies.
    candidates: tuple[ScoredItem, ...]


def moment_of(as_of: Day | None) -> pendulum.DateTime | None:
    """The first instant after ``as_of``: what is known by then counts."""
    if as_of is None:
        return None
    import pendulum

    if isinstance(as_of, PartialDate):
        return as_of.end()
    if isinstance(as_of, datetime.datetime):
        return pendulum.instance(as_of, tz=pendulum.UTC)
    return pendulum.datetime(as_of.year, as_of.month, as_of.day, tz=pendulum.UTC).add(days=1)


def select(
    allegation: Allegation, dataset: Dataset, as_of: Day | None, profile: Profile
) -> Selection:
    """Resolve the allegation's items and responses and sort out those that do not count."""
    moment = moment_of(as_of)
    excluded: list[Excluded] = []
    candidates: list[ScoredItem] = []
    responses: list[ResponseOnRecord] = []
    read = Reader(allegation, dataset, profile)

    def known(date: PartialDate) -> bool:
        return moment is None or date.known_by(moment)

    for item in dataset.evidence_for(allegation.id):
        published = dataset.published(item)
        if published is None:
            excluded.append(Excluded(id=item.id, recorded_as=Recorded.EVIDENCE, reason=UNDATED))
            continue
        if not known(published):
            excluded.append(_after(item.id, Recorded.EVIDENCE, as_of))
            continue
        candidates.append(read.evidence(item, published))
    for response in dataset.responses_to(allegation.id):
        published = dataset.published(response)
        if published is None:
            excluded.append(Excluded(id=response.id, recorded_as=Recorded.RESPONSE, reason=UNDATED))
            continue
        if not known(published):
            excluded.append(_after(response.id, Recorded.RESPONSE, as_of))
            continue
        how = treatment(response)
        responses.append(
            ResponseOnRecord(
                id=response.id,
                kind=response.kind.value,
                actor=response.actor,
                date=published,
                treatment=how.reason,
            )
        )
        scored = read.response(response, published)
        if scored is None:
            excluded.append(
                Excluded(id=response.id, recorded_as=Recorded.RESPONSE, reason=how.reason)
            )
        else:
            candidates.append(scored)
    settled = settle(candidates)
    return Selection(
        counted=settled.counted,
        excluded=_sorted((*excluded, *settled.excluded)),
        responses=tuple(
            sorted(responses, key=lambda r: (r.date.bounds[1], r.date.bounds[0], r.id))
        ),
        candidates=tuple(candidates),
    )


@attrs.frozen(kw_only=True)
class Settled:
    """What counts of the candidates, and why the others do not."""

    counted: tuple[ScoredItem, ...]
    excluded: tuple[Excluded, ...]


def settle(candidates: Iterable[ScoredItem]) -> Settled:
    """Duplicates counted once, relays and superseded caveats left out."""
    excluded: list[Excluded] = []
    kept = _without_duplicates(candidates)
    kept = _without_relays(kept, excluded)
    kept = _without_superseded(kept, excluded)
    return Settled(counted=tuple(sorted(kept, key=_order)), excluded=_sorted(excluded))


def _sorted(excluded: Iterable[Excluded]) -> tuple[Excluded, ...]:
    return tuple(sorted(excluded, key=lambda e: (e.recorded_as, e.id, e.reason)))


def _order(item: ScoredItem) -> tuple[str, str]:
    return (item.recorded_as, item.id)  # a StrEnum: its members sort as their values


def _after(record_id: str, recorded_as: Recorded, as_of: Day | None) -> Excluded:
    return Excluded(
        id=record_id,
        recorded_as=recorded_as,
        reason=f"not published by the end of {as_of_text(as_of)}",
    )


def as_of_text(as_of: Day | None) -> str | None:
    """How an as-of date is written in results: ``2024-01``, ``2024-01-31``, or None."""
    return None if as_of is None else as_of.isoformat()


def _without_duplicates(items: Iterable[ScoredItem]) -> list[ScoredItem]:
    """The same evidence recorded twice (under two ids, or the same id twice) counts once, as
    one item recorded under all its ids: no id is preferred to another."""
    # Grouped first by a few fields the record fixes (equal records have them equal), and by
    # every field only where two items share those: hashing a whole record (its citations,
    # its dates) is most of the time this step takes, and most items have no copy.
    by_fields: dict[object, list[ScoredItem]] = defaultdict(list)
    for item in items:
        by_fields[(item.recorded_as, item.party, item.kind, item.date.bounds)].append(item)
    groups: list[list[ScoredItem]] = []
    for alike in by_fields.values():
        if len(alike) == 1:
            groups.append(alike)
            continue
        same: dict[object, list[ScoredItem]] = defaultdict(list)
        for item in alike:
            same[item.content()].append(item)
        groups.extend(same.values())
    merged: list[ScoredItem] = []
    for copies in groups:
        first = copies[0]
        if len(copies) == 1 and not first.also:
            merged.append(first)  # recorded once (most items): already as it counts
            continue
        ids = sorted({copy.id for copy in copies})
        merged.append(attrs.evolve(first, id=ids[0], also=tuple(ids[1:])))
    return merged


def _excluded(item: ScoredItem, reason: str) -> list[Excluded]:
    """An item that does not count, under each id it is recorded under."""
    return [Excluded(id=i, recorded_as=item.recorded_as, reason=reason) for i in item.ids]


def _without_relays(items: Iterable[ScoredItem], excluded: list[Excluded]) -> list[ScoredItem]:
    kept: list[ScoredItem] = []
    for item in items:
        if item.derived_from:
            reason = f"relay of {', '.join(item.derived_from)}: repeats, adds nothing"
            excluded.extend(_excluded(item, reason))
        else:
            kept.append(item)
    return kept


def _without_superseded(items: list[ScoredItem], excluded: list[Excluded]) -> list[ScoredItem]:
    """Drop a "no indication yet" once its party later publishes support at least as strong."""
    kept: list[ScoredItem] = []
    for item in items:
        later = superseding(item, items)
        if not later:
            kept.append(item)
            continue
        excluded.extend(
            _excluded(
                item,
                f"'no indication yet' superseded by {', '.join(later)} (same party, published"
                " after it, at least as direct and as credible, from a source at least as"
                " reliable)",
            )
        )
    return kept


def superseding(item: ScoredItem, items: Iterable[ScoredItem]) -> tuple[str, ...]:
    """The ids of the items that supersede ``item``, a "no indication yet"; none if it stands.

    Only a refuting or neutral "no indication" can be superseded: dropping a supporting item
    when support arrives could lower the score (the score must stay monotone). The support must
    come from the same party and be published strictly after the caveat (its earliest possible
    date after the caveat's latest), and be at least as direct, as credible and as reliable:
    a weaker or same-day claim does not answer the caveat.
    """
    if item.kind is not EvidenceKind.NO_INDICATION or item.stance is Stance.SUPPORTS:
        return ()
    return tuple(
        sorted(
            other_id
            for other in items
            if other.stance is Stance.SUPPORTS
            and other.party == item.party
            and other.date.bounds[0] >= item.date.bounds[1]  # start() >= end(), in seconds
            and at_least_as_strong(other, item)
            for other_id in other.ids
        )
    )


def at_least_as_strong(other: ScoredItem, item: ScoredItem) -> bool:
    """Whether ``other`` is at least as direct, as credible and as reliable as ``item``.

    Credibility and reliability are compared on the Admiralty scales (1 best, 6 "cannot be
    judged" last; A best, F "cannot be judged" last), a 1 not confirmed outside the corpus
    counting as a 2; directness as a share of the allegation.
    """
    credibility = effective_credibility(other.credibility, other.confirmed_outside)
    return (
        directness(other) >= directness(item)
        and credibility <= effective_credibility(item.credibility, item.confirmed_outside)
        and _RELIABILITY_ORDER.index(other.reliability)
        <= _RELIABILITY_ORDER.index(item.reliability)
    )

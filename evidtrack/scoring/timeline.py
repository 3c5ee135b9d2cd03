"""The assessment over time: what changed between two dates, and one row per date that changes
what counts.

``changes(allegation, dataset, since, as_of)`` lists the items and responses that became public
after the end of ``since`` and by the end of ``as_of``, and the rows of the explanation that
moved. ``steps`` is the timeline: one row per publication date at which the counted inputs
change (an item starts counting, or a superseded caveat stops), each with what changed since
the row before; a date that brings only what does not count (a neutral response, a relay)
changes nothing and has no row. ``timeline`` gives the assessments of those rows.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from evidtrack.as_of import AsOf, parse_as_of
from evidtrack.model import Allegation, Dataset, PartialDate
from evidtrack.scoring.assessment import Assessment, resolve, score
from evidtrack.scoring.clusters import Group
from evidtrack.scoring.combine import Row
from evidtrack.scoring.inputs import Recorded
from evidtrack.scoring.profile import Profile
from evidtrack.scoring.selection import Day, moment_of


@attrs.frozen(kw_only=True)
class Published:
    """An item or response of the allegation, and the date it became public."""

    id: str
    recorded_as: Recorded
    date: PartialDate


@attrs.frozen(kw_only=True)
class RowChange:
    """A row of the explanation that moved: its value before and after, None where absent."""

    #: The row in words, as the explanation names it.
    label: str
    before: float | None
    after: float | None


@attrs.frozen(kw_only=True)
class Change:
    """What changed from the end of one date to the end of a later one."""

    #: The earlier date (``None``: before anything was public).
    since: str | None
    #: The assessment as of the earlier date (``None``: before anything was public, the prior).
    before: Assessment | None
    after: Assessment
    #: What became public in between, in the order it became known.
    published: tuple[Published, ...]
    #: The rows whose value moved, appeared or went, by label.
    rows: tuple[RowChange, ...]


def published(allegation: Allegation, dataset: Dataset) -> tuple[Published, ...]:
    """The allegation's items and responses with their dates, in the order they became known.

    A month sorts after the days it contains: it is known only once it has ended. A record with
    no publication date never becomes public (it never counts) and is left out.
    """
    records = [
        Published(id=record.id, recorded_as=recorded_as, date=date)
        for recorded_as, found in (
            (Recorded.EVIDENCE, dataset.evidence_for(allegation.id)),
            (Recorded.RESPONSE, dataset.responses_to(allegation.id)),
        )
        for record in found
        if (date := dataset.published(record)) is not None
    ]
    return tuple(sorted(records, key=lambda p: (*_when(p.date), p.recorded_as, p.id)))


def _when(date: PartialDate) -> tuple[object, ...]:
    return (date.end(), date.start(), date.isoformat())


def publication_dates(allegation: Allegation, dataset: Dataset) -> tuple[PartialDate, ...]:
    """Distinct dates of the allegation's items and responses, in the order they become known."""
    return tuple(sorted({p.date for p in published(allegation, dataset)}, key=_when))


def _between(
    records: Iterable[Published], since: Day | None, as_of: Day | None
) -> tuple[Published, ...]:
    after, by = moment_of(since), moment_of(as_of)
    return tuple(
        p
        for p in records
        if (after is None or not p.date.known_by(after)) and (by is None or p.date.known_by(by))
    )


def _rows(assessment: Assessment | None) -> dict[str, Row]:
    if assessment is None:
        return {}
    # An alone row is one cluster, whose machine key is unique where its words may not be.
    return {
        str(row.clusters[0].key) if row.group is Group.ALONE else row.key: row
        for row in assessment.rows
    }


def moved(before: Assessment | None, after: Assessment) -> tuple[RowChange, ...]:
    """The rows whose value differs between two assessments, or that only one of them has."""
    old, new = _rows(before), _rows(after)
    changes = []
    for key in sorted(old.keys() | new.keys()):
        was, now = old.get(key), new.get(key)
        values = (None if was is None else was.value, None if now is None else now.value)
        if values[0] != values[1]:
            label = next(row.key for row in (now, was) if row is not None)
            changes.append(RowChange(label=label, before=values[0], after=values[1]))
    return tuple(sorted(changes, key=lambda c: c.label))


def changes(
    allegation: Allegation | str,
    dataset: Dataset,
    since: AsOf,
    as_of: AsOf | None = None,
    profile: Profile | None = None,
) -> Change:
    """What became public after the end of ``since`` and by the end of ``as_of`` (default: all
    of it), and the rows of the explanation that moved.

    ``since`` and ``as_of`` take the forms ``score`` takes; ``since`` should come first.
    """
    target = resolve(allegation, dataset)
    start = parse_as_of(since)
    end = None if as_of is None else parse_as_of(as_of)
    before = score(target, dataset, as_of=start, profile=profile)
    after = score(target, dataset, as_of=end, profile=profile)
    return Change(
        since=before.as_of,
        before=before,
        after=after,
        published=_between(published(target, dataset), start, end),
        rows=moved(before, after),
    )


def _counted(assessment: Assessment) -> frozenset[tuple[Recorded, str]]:
    return frozenset(
        (m.item.recorded_as, i) for row in assessment.rows for m in row.members for i in m.item.ids
    )


def steps(
    allegation: Allegation | str,
    dataset: Dataset,
    profile: Profile | None = None,
    as_of: AsOf | None = None,
) -> tuple[Change, ...]:
    """One row per publication date, up to the end of ``as_of``, at which what counts changes;
    each with what became public since the row before and the rows that moved."""
    target = resolve(allegation, dataset)
    moment = moment_of(None if as_of is None else parse_as_of(as_of))
    records = published(target, dataset)
    rows: list[Change] = []
    before: Assessment | None = None
    since: PartialDate | None = None
    for date in publication_dates(target, dataset):
        if moment is not None and not date.known_by(moment):
            break
        after = score(target, dataset, as_of=date, profile=profile)
        if _counted(after) == (frozenset() if before is None else _counted(before)):
            continue
        rows.append(
            Change(
                since=None if before is None else before.as_of,
                before=before,
                after=after,
                published=_between(records, since, date),
                rows=moved(before, after),
            )
        )
        before, since = after, date
    return tuple(rows)


def timeline(
    allegation: Allegation | str,
    dataset: Dataset,
    profile: Profile | None = None,
    as_of: AsOf | None = None,
) -> tuple[Assessment, ...]:
    """The assessment as of each date that changes what counts, earliest first, up to the end
    of ``as_of``.

    ``as_of`` takes the forms ``score`` takes; ``profile`` defaults to the standard profile.
    """
    return tuple(step.after for step in steps(allegation, dataset, profile=profile, as_of=as_of))

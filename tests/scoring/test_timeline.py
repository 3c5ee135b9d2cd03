"""The timeline and what changed between two dates, as laws over generated worlds."""

from __future__ import annotations

import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.model import Dataset, PartialDate
from evidtrack.scoring import (
    STANDARD,
    STRICT,
    Assessment,
    Profile,
    changes,
    publication_dates,
    score,
    steps,
    timeline,
)
from tests.scoring.profiles import valid_profiles
from tests.scoring.worlds import ALLEGATION, dates, worlds

profiles = st.one_of(st.sampled_from((STANDARD, STRICT)), valid_profiles())


def _counted(a: Assessment) -> set[tuple[str, str]]:
    return {(m.item.recorded_as.value, i) for r in a.rows for m in r.members for i in m.item.ids}


def _values(a: Assessment | None) -> dict[str, float]:
    return {} if a is None else {row.key: row.value for row in a.rows}


def _records(dataset: Dataset) -> list[tuple[str, str, PartialDate]]:
    found = [("evidence", i.id, dataset.published(i)) for i in dataset.evidence]
    found += [("response", r.id, dataset.published(r)) for r in dataset.responses]
    return [(kind, i, date) for kind, i, date in found if date is not None]


@settings(max_examples=200)
@given(worlds(max_items=6, max_responses=2), profiles, st.one_of(st.none(), dates))
def test_one_row_per_date_that_changes_what_counts_up_to_as_of(
    dataset: Dataset, profile: Profile, as_of: PartialDate | None
) -> None:
    rows = steps("alg", dataset, profile=profile, as_of=as_of)
    assert [r.after for r in rows] == list(timeline("alg", dataset, profile=profile, as_of=as_of))
    last: Assessment | None = None
    at = 0
    for date in publication_dates(ALLEGATION, dataset):
        if as_of is not None and not date.known_by(as_of.end()):
            break  # the timeline stops at as_of
        now = score("alg", dataset, as_of=date, profile=profile)
        if _counted(now) != (set() if last is None else _counted(last)):
            # a date that changes what counts has its row, with the score as of that date
            row = rows[at]
            assert row.after == now
            assert row.before == last
            assert row.since == (None if last is None else last.as_of)
            last, at = now, at + 1
        elif last is not None:
            # any other date reads as the row before it
            assert now.log_odds == last.log_odds
            assert now.confidence is last.confidence
    assert at == len(rows)
    # what became public is listed once, at the first row that follows it
    listed = [(p.recorded_as.value, p.id) for r in rows for p in r.published]
    assert len(listed) == len(set(listed))
    if rows:
        cut = rows[-1].after.as_of
        assert cut is not None
        known = {(kind, i) for kind, i, d in _records(dataset) if d.known_by(_end(cut))}
        assert set(listed) == known
    for row in rows:
        for moved in row.rows:
            assert _values(row.before).get(moved.label) == moved.before
            assert _values(row.after).get(moved.label) == moved.after


def _end(as_of: str) -> pendulum.DateTime:
    return PartialDate.parse(as_of).end()


@settings(max_examples=200)
@given(worlds(max_items=6, max_responses=2), profiles, dates, st.one_of(st.none(), dates))
def test_what_changed_between_two_dates(
    dataset: Dataset, profile: Profile, since: PartialDate, as_of: PartialDate | None
) -> None:
    change = changes("alg", dataset, since, as_of, profile=profile)
    assert change.before == score("alg", dataset, as_of=since, profile=profile)
    assert change.after == score("alg", dataset, as_of=as_of, profile=profile)
    by = None if as_of is None else as_of.end()
    expected = {
        (kind, i)
        for kind, i, d in _records(dataset)
        if not d.known_by(since.end()) and (by is None or d.known_by(by))
    }
    assert {(p.recorded_as.value, p.id) for p in change.published} == expected
    before, after = _values(change.before), _values(change.after)
    labels = {m.label for m in change.rows}
    for label in before.keys() | after.keys():
        if label in labels:
            continue
        assert before.get(label) == after.get(label), "a row moved and is not listed"
    for moved in change.rows:
        assert (before.get(moved.label), after.get(moved.label)) == (moved.before, moved.after)
        assert moved.before != moved.after

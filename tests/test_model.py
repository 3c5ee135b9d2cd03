"""The model's own laws: partial dates, periods, quantities, the dataset index."""

from __future__ import annotations

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.model import (
    Actor,
    ActorKind,
    Dataset,
    PartialDate,
    Period,
    Precision,
    Qualifier,
    Quantity,
)
from evidtrack.model._fields import DESCRIPTION
from tests.strategies import actors, partial_dates, periods, quantities


def test_month_never_gets_a_day() -> None:
    date = PartialDate.parse("2022-09")
    assert (date.year, date.month, date.day) == (2022, 9, None)
    assert date.precision is Precision.MONTH
    interval = date.to_interval()
    assert interval.start == pendulum.datetime(2022, 9, 1, tz="UTC")
    assert interval.end == pendulum.datetime(2022, 10, 1, tz="UTC")


def test_time_without_offset_is_utc_and_offsets_shift() -> None:
    utc = PartialDate.parse("2024-01-10 21:21:49")
    assert utc.start() == pendulum.datetime(2024, 1, 10, 21, 21, 49, tz="UTC")
    kyiv = PartialDate.parse("2024-01-10T23:21:49+02:00")
    assert kyiv.start() == utc.start()
    assert kyiv.isoformat() == "2024-01-10T23:21:49+02:00"


@pytest.mark.parametrize("text", ["2024-02-30", "2023-02-29", "24-01", "2024-1", "Feb. 7", ""])
def test_impossible_or_vague_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        PartialDate.parse(text)


def test_leap_day_exists() -> None:
    assert PartialDate.parse("2024-02-29").day == 29


@settings(max_examples=500)
@given(partial_dates(), partial_dates(), partial_dates())
def test_surely_before_is_a_strict_order(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    assert not a.surely_before(a)
    if a.surely_before(b):
        assert not b.surely_before(a)
        if b.surely_before(c):
            assert a.surely_before(c)


@settings(max_examples=500)
@given(partial_dates())
def test_a_date_is_known_by_its_end_and_not_before(date: PartialDate) -> None:
    assert date.known_by(date.end())
    assert not date.known_by(date.end().subtract(microseconds=1))


@settings(max_examples=500)
@given(periods, periods)
def test_overlap_is_symmetric(a: Period, b: Period) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    if not a.is_reversed():
        assert a.overlaps(a)


@settings(max_examples=500)
@given(quantities)
def test_quantity_contradiction_matches_its_qualifier(quantity: Quantity) -> None:
    problem = quantity.contradiction()
    low, high = quantity.low, quantity.high
    if low is not None and high is not None and low > high:
        assert problem is not None
    if quantity.qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) and problem is None:
        assert low is not None
        assert high is None
    if quantity.qualifier is Qualifier.EXACT and problem is None:
        assert low == high is not None
    if quantity.qualifier is Qualifier.UNSPECIFIED and problem is None:
        assert low is None
        assert high is None


def test_vague_numbers_keep_words_and_bounds() -> None:
    millions = Quantity(text="millions", qualifier=Qualifier.AT_LEAST, low=1_000_000)
    assert millions.contradiction() is None
    assert Quantity(text="at least nine", qualifier=Qualifier.AT_LEAST, high=9).contradiction()


def test_records_are_frozen_and_keyword_only() -> None:
    actor = Actor(id="PRK", kind=ActorKind.STATE, name="North Korea")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        actor.name = "DPRK"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Actor("PRK", ActorKind.STATE, "North Korea")  # type: ignore[call-arg]


def test_every_field_is_documented() -> None:
    from evidtrack import model

    for name in model.__all__:
        cls = getattr(model, name)
        if attrs.has(cls):
            for field in attrs.fields(cls):
                assert field.metadata.get(DESCRIPTION), f"{name}.{field.name} has no description"


@settings(max_examples=200)
@given(st.lists(actors, max_size=6))
def test_index_keeps_first_of_each_id_and_loses_nothing(listed: list[Actor]) -> None:
    dataset = Dataset(actors=tuple(listed))
    assert len(dataset) == len(listed)
    for actor in listed:
        assert dataset.actor_by_id[actor.id] == next(a for a in listed if a.id == actor.id)

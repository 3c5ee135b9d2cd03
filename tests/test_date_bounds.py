"""PartialDate.bounds, the cheap form rules and scores compare, is exactly start() and end()."""

from __future__ import annotations

from hypothesis import given

from evidtrack.model import PartialDate
from tests.strategies import partial_dates


@given(partial_dates())
def test_bounds_are_start_and_end_in_seconds(date: PartialDate) -> None:
    start, end = date.bounds
    assert (start, end) == (date.start().timestamp(), date.end().timestamp())


@given(partial_dates(), partial_dates())
def test_surely_before_compares_the_intervals(first: PartialDate, second: PartialDate) -> None:
    assert first.surely_before(second) == (first.end() <= second.start())
    assert first.known_by(second.start()) == (first.end() <= second.start())

"""The timeline chart: valid SVG, the same bytes for the same input, no data text drawn."""

from __future__ import annotations

import calendar
import itertools
import re
import xml.etree.ElementTree as ET

import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.docs.chart import (
    SAME_DATE_STEP,
    LikelihoodPoint,
    Timeline,
    _num,
    _plot_dates,
    spread,
    timeline_svg,
)
from evidtrack.model import DateRange, PartialDate, Stance
from tests.docs import data

SVG = "{http://www.w3.org/2000/svg}"
NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?")
OWN_WORDS = {"supports", "neutral", "refutes", "responses", "likelihood", "response"}

DATES = st.builds(
    lambda year, month, day, precision: PartialDate.parse(
        [f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"][precision]
    ),
    st.integers(2020, 2026),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 2),
)


@settings(max_examples=15)
@given(
    st.lists(st.tuples(DATES, st.sampled_from(list(Stance))), max_size=6),
    st.lists(DATES, max_size=3),
    st.lists(st.tuples(DATES, DATES), max_size=3),
    st.lists(st.floats(0.01, 0.99), max_size=4),
)
def test_chart_is_valid_stable_svg_with_only_its_own_words(
    draws: list[tuple[PartialDate, Stance]],
    response_dates: list[PartialDate],
    event_dates: list[tuple[PartialDate, PartialDate]],
    ps: list[float],
) -> None:
    timeline = Timeline(
        evidence=tuple((stance, date) for date, stance in draws),
        responses=tuple(response_dates),
        events=tuple(DateRange(start=a, end=b) for a, b in event_dates),
    )
    points = [
        LikelihoodPoint(moment=pendulum.datetime(2021, 1, 1).add(days=30 * i), likelihood=p)
        for i, p in enumerate(ps)
    ]
    first = timeline_svg(timeline, points)
    assert timeline_svg(timeline, points) == first
    root = ET.fromstring(first)
    assert root.tag == f"{SVG}svg"
    words = {
        word
        for element in root.iter(f"{SVG}text")
        for word in re.split(r"[\s:\-]+", "".join(element.itertext()))
        if word
    }
    # Tick labels are numbers, years, days and month names; every other word is the chart's.
    allowed = OWN_WORDS | {"evidence", "nothing", "on", "record", "event", "events"}
    allowed |= set(calendar.month_abbr)
    assert {w for w in words if w not in allowed and not NUMBER.fullmatch(w)} == set()
    assert "script" not in first.decode()
    assert "frac" not in first.decode()


@given(st.integers(1, 12))
def test_items_of_one_date_are_spread_apart_around_their_lane(count: int) -> None:
    offsets = spread(count)
    assert len(set(offsets)) == count  # each item shows
    assert abs(sum(offsets)) < 1e-9  # centred on the lane
    assert all(abs(b - a - SAME_DATE_STEP) < 1e-9 for a, b in itertools.pairwise(offsets))


def test_a_date_is_a_span_and_its_mark_is_where_the_score_counts_it() -> None:
    from matplotlib.figure import Figure

    year = PartialDate.parse("2023")
    figure = Figure()
    ax = figure.add_subplot()
    _plot_dates(ax, [year, year, PartialDate.parse("2023-05-04")], 3.0, "#000000", "o", "x")
    (marks,) = ax.lines
    xs = [float(x) for x in marks.get_xdata()]  # type: ignore[union-attr, arg-type]
    ys = [float(y) for y in marks.get_ydata()]  # type: ignore[union-attr, arg-type]
    # The year's two items: marks at its end (1 January 2024, where the likelihood steps),
    # drawn apart; the day's mark at the end of the day.
    assert xs == [_num(year.end()), _num(year.end()), _num(PartialDate.parse("2023-05-04").end())]
    assert ys[0] != ys[1]
    (spans,) = ax.collections
    segments = spans.get_segments()  # type: ignore[attr-defined]
    first = segments[0]
    assert (first[0][0], first[1][0]) == (_num(year.start()), _num(year.end()))


def test_the_likelihood_has_a_panel_of_its_own() -> None:
    dataset = data.ordinary()
    timeline = Timeline.of("prk-rus-missiles", dataset)
    (_, first), *_ = timeline.evidence
    svg = timeline_svg(timeline, [LikelihoodPoint(moment=first.end(), likelihood=0.7)]).decode()
    assert 'id="axes_1"' in svg
    assert 'id="axes_2"' in svg


def test_an_event_is_a_span_over_the_days_it_happened_in() -> None:
    from matplotlib.figure import Figure

    days = DateRange.parse("2024-01-05/2024-01-06")
    figure = Figure()
    ax = figure.add_subplot()
    _plot_dates(ax, [days], 4.0, "#000000", "s", "event")
    (spans,) = ax.collections
    first = spans.get_segments()[0]  # type: ignore[attr-defined]
    assert (first[0][0], first[1][0]) == (_num(days.first()), _num(days.last()))

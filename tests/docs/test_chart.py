"""The timeline chart: valid SVG, the same bytes for the same input, no data text drawn."""

from __future__ import annotations

import calendar
import itertools
import re
import xml.etree.ElementTree as ET

import attrs
import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.docs.chart import (
    SAME_DATE_STEP,
    LikelihoodPoint,
    _num,
    _plot_dates,
    spread,
    timeline_svg,
)
from evidtrack.model import EvidenceItem, OfficialResponse, PartialDate, Stance
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


def _items(draws: list[tuple[PartialDate, Stance]]) -> list[EvidenceItem]:
    template = data.ordinary().evidence[0]
    return [
        attrs.evolve(
            template,
            id=f"ev-{index}",
            date=date,
            stance=stance,
            claim="$\\frac{a}{b}$ <script>x</script>",
        )
        for index, (date, stance) in enumerate(draws)
    ]


@settings(max_examples=15)
@given(
    st.lists(st.tuples(DATES, st.sampled_from(list(Stance))), max_size=6),
    st.lists(DATES, max_size=3),
    st.lists(st.floats(0.01, 0.99), max_size=4),
)
def test_chart_is_valid_stable_svg_with_only_its_own_words(
    draws: list[tuple[PartialDate, Stance]], response_dates: list[PartialDate], ps: list[float]
) -> None:
    evidence = _items(draws)
    template = data.ordinary().responses[0]
    responses = [
        OfficialResponse(
            id=f"r-{i}",
            allegation=template.allegation,
            actor=template.actor,
            source=template.source,
            kind=template.kind,
            date=date,
            document=template.document,
            quote=template.quote,
        )
        for i, date in enumerate(response_dates)
    ]
    points = [
        LikelihoodPoint(moment=pendulum.datetime(2021, 1, 1).add(days=30 * i), likelihood=p)
        for i, p in enumerate(ps)
    ]
    first = timeline_svg(evidence, responses, points)
    assert timeline_svg(evidence, responses, points) == first
    root = ET.fromstring(first)
    assert root.tag == f"{SVG}svg"
    words = {
        word
        for element in root.iter(f"{SVG}text")
        for word in re.split(r"[\s:\-]+", "".join(element.itertext()))
        if word
    }
    # Tick labels are numbers, years, days and month names; every other word is the chart's.
    allowed = OWN_WORDS | {"evidence", "nothing", "on", "record"} | set(calendar.month_abbr)
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
    item = data.ordinary().evidence[0]
    svg = timeline_svg(
        [item], [], [LikelihoodPoint(moment=item.date.end(), likelihood=0.7)]
    ).decode()
    assert 'id="axes_1"' in svg
    assert 'id="axes_2"' in svg

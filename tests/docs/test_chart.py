"""The timeline chart: valid SVG, the same bytes for the same input, no data text drawn."""

from __future__ import annotations

import calendar
import re
import xml.etree.ElementTree as ET

import attrs
import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.docs.chart import LikelihoodPoint, timeline_svg
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

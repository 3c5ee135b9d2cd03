"""The calibration case read as of each of its fourteen dates, against the analyst's reading made
before scoring: the ICD 203 term equal at 12 dates or more and never more than one band off, the
confidence equal at 12 or more, and the methodology page's table is what the score gives, with
every difference explained there.
"""

from __future__ import annotations

from typing import Final

import attrs
import pytest

from evidtrack.docs.methodology import PAGE
from evidtrack.model import Role
from evidtrack.scoring import Assessment, Confidence, Likelihood, score
from tests.calibration.test_calibration import ALLEGATION, DATASET

#: Dates at which the term and the confidence must agree, of the fourteen.
AT_LEAST: Final = 12


@attrs.frozen(kw_only=True)
class Reference:
    """One row of the analyst's reading: as of a date, after the items published on it."""

    as_of: str
    after: str
    term: Likelihood
    confidence: Confidence


def _reading(*rows: tuple[str, str, str, str]) -> tuple[Reference, ...]:
    return tuple(
        Reference(as_of=d, after=a, term=Likelihood(t), confidence=Confidence(c))
        for d, a, t, c in rows
    )


#: The analyst's reading of the record, as the case gives it.
REFERENCE: Final = _reading(
    ("2022-09-06", "E1, E2", "roughly even chance", "low"),
    ("2022-09-22", "E3", "roughly even chance", "low"),
    ("2022-11-02", "E4", "roughly even chance", "low"),
    ("2023-10-13", "E5", "likely", "low"),
    ("2023-10-26", "E6", "likely", "low"),
    ("2024-01-04", "E7", "likely", "low"),
    ("2024-01-11", "E8", "likely", "moderate"),
    ("2024-02-07", "E10", "very likely", "moderate"),
    ("2024-02-21", "E9", "very likely", "high"),
    ("2024-03-28", "E11", "very likely", "high"),
    ("2024-04-29", "E12", "almost certain", "high"),
    ("2024-04-30", "E13", "almost certain", "high"),
    ("2024-06-28", "E14", "almost certain", "high"),
    ("2024-09", "E15", "almost certain", "high"),
)
_BANDS: Final = list(Likelihood)


def _read() -> dict[str, Assessment]:
    return {row.as_of: score(ALLEGATION, DATASET, as_of=row.as_of) for row in REFERENCE}


READ: Final = _read()


def test_the_terms_agree_at_twelve_dates_or_more_and_never_more_than_a_band_off() -> None:
    agree = [r.as_of for r in REFERENCE if READ[r.as_of].term is r.term]
    assert len(agree) >= AT_LEAST, agree
    for row in REFERENCE:
        off = _BANDS.index(READ[row.as_of].term) - _BANDS.index(row.term)
        assert abs(off) <= 1, (row.as_of, READ[row.as_of].term, row.term)


def test_the_confidence_agrees_at_twelve_dates_or_more() -> None:
    agree = [r.as_of for r in REFERENCE if READ[r.as_of].confidence is r.confidence]
    assert len(agree) >= AT_LEAST, agree


def test_each_date_is_read_after_the_items_published_on_it() -> None:
    for row, before in zip(REFERENCE[1:], REFERENCE, strict=False):
        new = {p.strip() for p in row.after.split(",")}
        counted = {i for r in READ[row.as_of].rows for m in r.members for i in m.item.ids}
        earlier = {i for r in READ[before.as_of].rows for m in r.members for i in m.item.ids}
        assert new <= counted, row.as_of
        assert not new & earlier, row.as_of


def _page_table() -> list[list[str]]:
    text = PAGE.read_text(encoding="utf-8")
    section = text[text.index("## Calibration on a public record") :]
    section = section[: section.index("\n## ", 1)]
    lines = [line for line in section.splitlines() if line.startswith("| ")]
    assert lines[0].startswith("| as of | after | reference term")
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]


def test_the_methodology_page_shows_the_reading_with_every_difference_explained() -> None:
    table = _page_table()
    assert [cells[0] for cells in table] == [r.as_of for r in REFERENCE]
    for cells, row in zip(table, REFERENCE, strict=True):
        as_of, after, term, confidence, p, our_term, our_confidence, why = cells
        read = READ[row.as_of]
        assert (after, term, confidence) == (row.after, row.term.value, row.confidence.value)
        assert (p, our_term, our_confidence) == (
            f"{read.likelihood:.2f}",
            read.term.value,
            read.confidence.value,
        ), as_of
        differs = read.term is not row.term or read.confidence is not row.confidence
        assert bool(why) is differs, f"{as_of}: explain each difference, and only those"


@pytest.mark.parametrize("row", REFERENCE, ids=lambda r: r.as_of)
def test_confidence_is_high_exactly_once_an_independent_party_examined_the_debris(
    row: Reference,
) -> None:
    # The reading's reason, not only its label: before CAR's examination of 21 February 2024
    # no independent party is a source; from then on one is, and confidence is high.
    read = READ[row.as_of]
    independent = {s.party for s in read.sources if s.role is Role.INDEPENDENT}
    assert (read.confidence is Confidence.HIGH) is bool(independent), row.as_of

"""The calibration case (DPRK -> Russia ballistic missiles, 2022-2024), encoded as the analyst
graded it: it loads with no finding, every rule passes (only its documents known by citation are
noted), and each of its fifteen items and responses says what the case's table says.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Final

import attrs
import pytest

from evidtrack.findings import Severity
from evidtrack.loading import load_paths
from evidtrack.model import (
    Credibility,
    Dataset,
    EvidenceKind,
    Observation,
    OfficialResponse,
    PartialDate,
    Reliability,
    ResponseKind,
    Statement,
)
from evidtrack.rules.et401_quote_not_found import quotations
from evidtrack.scoring import score, timeline
from evidtrack.validation import validate

FOLDER: Final = Path(__file__).parent
ALLEGATION: Final = "prk-rus-ballistic-missiles"
LOADED: Final = load_paths([FOLDER])
DATASET: Final[Dataset] = LOADED.dataset


@attrs.frozen(kw_only=True)
class Row:
    """One row of the case's table: what an analyst graded, as the case gives it."""

    kind: EvidenceKind | ResponseKind
    grade: str  # reliability letter and credibility digit, "B3"
    directness: float
    published: str
    artifact: str | None = None


_INTEL, _EXAM = EvidenceKind.INTELLIGENCE_ASSESSMENT, EvidenceKind.PHYSICAL_EXAMINATION
#: The case's table, E1 to E15 (E5 published as the analyst modelled it).
TABLE: Final = {
    "E1": Row(
        kind=_INTEL,
        grade="B3",
        directness=0.5,
        published="2022-09-06",
    ),
    "E2": Row(kind=EvidenceKind.NO_INDICATION, grade="B2", directness=0.5, published="2022-09-06"),
    "E3": Row(kind=ResponseKind.DENIAL, grade="D3", directness=1.0, published="2022-09-22"),
    "E4": Row(
        kind=_INTEL,
        grade="B3",
        directness=0.6,
        published="2022-11-02",
    ),
    "E5": Row(
        kind=_INTEL,
        grade="B2",
        directness=0.6,
        published="2023-10-13",
    ),
    "E6": Row(kind=ResponseKind.DENIAL, grade="D3", directness=1.0, published="2023-10-26"),
    "E7": Row(
        kind=_INTEL,
        grade="B2",
        directness=1.0,
        published="2024-01-04",
    ),
    "E8": Row(
        kind=_EXAM,
        grade="B3",
        directness=0.8,
        published="2024-01-11",
        artifact="kharkiv-01-02",
    ),
    "E9": Row(
        kind=_EXAM,
        grade="B2",
        directness=0.8,
        published="2024-02-21",
        artifact="kharkiv-01-02",
    ),
    "E10": Row(
        kind=_EXAM,
        grade="B3",
        directness=0.8,
        published="2024-02-07",
        artifact="kharkiv-02-07",
    ),
    "E11": Row(kind=ResponseKind.VETO, grade="A1", directness=0.3, published="2024-03-28"),
    "E12": Row(
        kind=_EXAM,
        grade="B2",
        directness=0.7,
        published="2024-04-29",
        artifact="kharkiv-01-02",
    ),
    "E13": Row(kind=ResponseKind.DENIAL, grade="D3", directness=1.0, published="2024-04-30"),
    "E14": Row(
        kind=_EXAM,
        grade="B2",
        directness=0.8,
        published="2024-06-28",
        artifact="car-three-missiles",
    ),
    "E15": Row(
        kind=_EXAM,
        grade="B2",
        directness=0.8,
        published="2024-09",
        artifact="car-four-missiles",
    ),
}
#: Placeholder text an encoding without the right fields would have needed.
PLACEHOLDERS: Final = ("n/a", "none", "unknown", "placeholder", "tbd", "no quote", "-", "?")


def test_it_loads_with_no_finding() -> None:
    assert LOADED.findings == (), [str(f) for f in LOADED.findings]
    assert len(DATASET.evidence) + len(DATASET.responses) == 15


def test_every_rule_passes_but_for_the_documents_known_by_their_citation() -> None:
    result = validate([FOLDER], as_of=dt.date(2024, 12, 31))
    assert [f for f in result.findings if f.severity is Severity.ERROR] == []
    noted = {str(f.code) for f in result.findings}
    assert noted == {"ET505"}  # no url and no saved text: the case gives neither
    assert len(result.findings) == len(DATASET.documents)
    assert all(d.bibliographic and d.url is None for d in DATASET.documents)


@pytest.mark.parametrize("label", TABLE)
def test_each_row_is_encoded_as_the_case_grades_it(label: str) -> None:
    row = TABLE[label]
    record = DATASET.evidence_by_id.get(label) or DATASET.response_by_id[label]
    assert record.allegations == (ALLEGATION,)
    assert record.kind is row.kind
    source = DATASET.source_by_id[record.source]
    assert source.reliability is Reliability(row.grade[0])
    assert record.credibility is Credibility(int(row.grade[1]))
    assert record.directness == row.directness
    assert DATASET.published(record) == PartialDate.parse(row.published)
    if isinstance(record, Observation):
        assert record.artifact == row.artifact
    else:
        assert row.artifact is None
    # Denials and the veto are responses; the rest evidence, observations exactly where the
    # case names no speaker (physical examinations).
    assert isinstance(record, OfficialResponse) is isinstance(row.kind, ResponseKind)
    if isinstance(record, Statement | Observation):
        assert isinstance(record, Observation) is record.kind.observed


def test_no_placeholder_anywhere() -> None:
    for record in DATASET.records():
        for _, _, quote in quotations(record):
            assert quote.strip().casefold() not in PLACEHOLDERS, record
    for item in DATASET.evidence:
        if isinstance(item, Statement):
            assert all(c.quote for c in item.citations), item.id  # words where there are words
    for response in DATASET.responses:
        if response.kind.spoken:
            assert all(c.quote for c in response.citations), response.id
    # Publishers relay and are not graded; every item's source is.
    publishers = {d.publisher for d in DATASET.documents}
    sources = {r.source for r in (*DATASET.evidence, *DATASET.responses)}
    assert not publishers & sources
    assert all(DATASET.source_by_id[s].reliability is None for s in publishers)
    assert all(DATASET.source_by_id[s].reliability is not None for s in sources)


def test_the_features_the_case_needs_are_used() -> None:
    e5 = DATASET.evidence_by_id["E5"]
    assert e5.published_basis  # published before the report on record, with its basis
    assert str(e5.occurred) == "2023-10"
    e15 = DATASET.evidence_by_id["E15"]
    assert str(e15.occurred) == "2024-07/2024-08"
    assert any(len(i.citations) > 1 for i in DATASET.evidence)  # one item, several reports
    veto = DATASET.response_by_id["E11"]
    assert veto.vote is not None
    assert (veto.vote.in_favour, veto.vote.against, veto.vote.abstentions) == (13, 1, 1)
    assert veto.events == ("vote-2024-03-28",)
    kharkiv = [i.id for i in DATASET.evidence if i.artifact == "kharkiv-01-02"]
    assert kharkiv == ["E8", "E9", "E12"]
    assert {e.id for e in DATASET.events_for(ALLEGATION)} >= {"strike-kharkiv-2024-01-02"}
    figures = [i.quantity for i in DATASET.evidence if i.quantity is not None]
    assert len(figures) >= 5


def test_the_score_reads_it_at_every_date_of_the_case() -> None:
    # The numbers are the methodology's to calibrate; here: every date of the table is a
    # publication date of the record, and the score runs as of each.
    dates = {PartialDate.parse(row.published) for row in TABLE.values()}
    history = timeline(ALLEGATION, DATASET)
    assert {PartialDate.parse(a.as_of) for a in history if a.as_of} == dates
    final = score(ALLEGATION, DATASET)
    assert final.counted + len(final.excluded) >= 15
    assert 0.0 < final.likelihood < 1.0

"""When each allegation was first made (ET202): the earliest date of its supporting items and
its cited documents, the first of equal starts kept, over files in any grouping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from evidtrack.rules.et202_response_before_allegation import CITED, first_made
from evidtrack.rules.facts import (
    DOCUMENTS,
    IDS,
    REPORTED,
    Dated,
    Facts,
    FileFacts,
    Keep,
    document_dates,
    publication,
)

ALLEGATIONS = ("a", "b", "c")
DOCS = ("d1", "d2", "d3")

#: Dates that often start together but are written differently ("2024" and "2024-01").
dates = st.builds(
    lambda start, length, text: (f"{text}@{start}", start, start + length),
    st.integers(0, 3),
    st.integers(1, 3),
    st.sampled_from(("x", "y", "z")),
)
items = st.tuples(
    st.lists(st.sampled_from(ALLEGATIONS), max_size=3).map(tuple),  # may repeat an allegation
    st.booleans(),
    st.none() | dates,
    st.lists(st.sampled_from(DOCS), max_size=2).map(tuple),
)
files = st.lists(
    st.tuples(
        st.lists(items, max_size=5),
        st.lists(st.tuples(st.sampled_from(DOCS), st.none() | dates), max_size=2),
        st.lists(
            st.tuples(st.sampled_from(ALLEGATIONS), st.lists(st.sampled_from(DOCS)).map(tuple)),
            max_size=2,
        ),
    ),
    max_size=4,
)


def _chunk(facts: list[Any]) -> tuple[list[int], list[Any]]:
    return list(range(len(facts))), facts


def _facts(drawn: list[Any]) -> Facts:
    made = []
    for number, (evidence, documents, allegations) in enumerate(drawn):
        reported = [(a, s, own, False, cited, None, "src") for a, s, own, cited in evidence]
        chunks = {
            REPORTED: {"evidence": _chunk(reported)},
            DOCUMENTS: {"documents": _chunk([(d, w, None, None) for d, w in documents])},
            IDS: {"allegations": _chunk([a for a, _ in allegations])},
            CITED: {"allegations": _chunk([c for _, c in allegations])},
        }
        eager = {e.name: found for e, found in chunks.items() if e.keep is Keep.EAGER}
        packed = {e.name: found for e, found in chunks.items() if e.keep is not Keep.EAGER}
        made.append(FileFacts(f"f{number}.yaml", eager, packed))
    return Facts(made)


def _oracle(facts: Facts) -> Mapping[str, Dated | None]:
    """Every candidate date listed, items first, then the least start taken, the first of equals."""
    documents = document_dates(facts)
    dates: dict[str, list[Dated]] = {}
    published = publication(facts)["evidence"]
    for fact, date in zip(facts.values(REPORTED, "evidence"), published, strict=True):
        if fact[1] and date is not None:
            for allegation in dict.fromkeys(fact[0]):
                dates.setdefault(allegation, []).append(date)
    made: dict[str, Dated | None] = {}
    for allegation, cited in zip(
        facts.values(IDS, "allegations"), facts.values(CITED, "allegations"), strict=True
    ):
        if allegation not in made:
            found = [*dates.get(allegation, ())]
            found.extend(w for d in cited if (w := documents.get(d)) is not None)
            made[allegation] = min(found, key=lambda d: d[1], default=None)
    return made


@given(files)
def test_first_made_is_the_first_of_the_earliest_dates(drawn: list[Any]) -> None:
    assert first_made(_facts(drawn)) == _oracle(_facts(drawn))


def test_the_first_of_equal_starts_is_kept() -> None:
    early, same = ("2024", 10, 20), ("2024-01", 10, 12)
    drawn: list[Any] = [
        ([(("a",), True, same, ())], [], []),
        ([(("a",), True, early, ())], [], [("a", ())]),
    ]
    assert first_made(_facts(drawn)) == {"a": same}

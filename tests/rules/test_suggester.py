"""Id suggestions for unknown references: every suggestion is close, every close id is found."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from evidtrack.rules.et102_unknown_reference import Suggester

IDS = st.from_regex(r"[a-z0-9][a-z0-9-]{1,10}", fullmatch=True)


def distance(a: str, b: str) -> int:
    """Levenshtein distance, the plain dynamic programme."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


@given(st.lists(IDS, min_size=1, max_size=30, unique=True), IDS)
def test_a_suggestion_is_within_two_edits(known: list[str], target: str) -> None:
    suggestion = Suggester(known).suggest(target)
    if suggestion is not None:
        assert suggestion in known
        near = distance(suggestion.lower(), target.lower()) <= 2
        begun = [k for k in known if k.lower().startswith(target.lower())]
        assert near or begun == [suggestion]


@given(st.lists(IDS, min_size=1, max_size=30, unique=True), st.data())
def test_an_id_one_edit_away_is_always_suggested(known: list[str], data: st.DataObject) -> None:
    original = data.draw(st.sampled_from(known))
    where = data.draw(st.integers(0, len(original) - 1))
    edit = data.draw(st.sampled_from(["delete", "insert", "replace"]))
    letter = data.draw(st.sampled_from("abcxyz0"))
    typo = {
        "delete": original[:where] + original[where + 1 :],
        "insert": original[:where] + letter + original[where:],
        "replace": original[:where] + letter + original[where + 1 :],
    }[edit]
    suggestion = Suggester(known).suggest(typo)
    assert suggestion is not None
    assert distance(suggestion, typo) <= 2


@given(st.lists(IDS, min_size=1, max_size=30, unique=True), st.data())
def test_a_shortened_id_that_only_one_id_begins_is_suggested(
    known: list[str], data: st.DataObject
) -> None:
    original = data.draw(st.sampled_from(known))
    start = original[: data.draw(st.integers(1, len(original)))]
    begun = [k for k in known if k.startswith(start)]
    suggestion = Suggester(known).suggest(start)
    if any(distance(k, start) <= 1 for k in known):  # the edit index always finds these
        assert suggestion is not None
        assert distance(suggestion, start) <= 2
    elif len(begun) == 1:
        assert suggestion is not None
        assert suggestion == begun[0] or distance(suggestion, start) <= 2


def test_a_shortened_id_is_lengthened_only_when_one_id_fits() -> None:
    assert Suggester(["us-government", "prk"]).suggest("us-gov") == "us-government"
    assert Suggester(["us-government", "us-governor"]).suggest("us-gov") is None


def test_case_is_ignored_when_looking() -> None:
    assert Suggester(["PRK", "RUS"]).suggest("prk") == "PRK"
    assert Suggester(["PRK"]).suggest("united-states") is None

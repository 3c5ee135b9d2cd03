"""The summaries of the rules about dates and derived_from links, drawn as facts.

A rule that reads summaries walks the records only when its summaries say a record may be wrong:
it finds exactly what the walk finds, however records and documents are spread over files. A
summary that folds records (not a screen) also keeps its law: folding files one by one and
merging gives what folding their records together gives.
"""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, note, settings
from hypothesis import strategies as st

from evidtrack.integrity.archive import Archive
from evidtrack.loading import SourceMap
from evidtrack.rules import CorpusRule
from evidtrack.rules.base import CorpusContext
from evidtrack.rules.et202_response_before_allegation import CITED, TIMING
from evidtrack.rules.et202_response_before_allegation import RULE as ET202
from evidtrack.rules.et203_derived_before_origin import LINKED
from evidtrack.rules.et203_derived_before_origin import RULE as ET203
from evidtrack.rules.et206_occurred_after_published import OCCURRED
from evidtrack.rules.et206_occurred_after_published import RULE as ET206
from evidtrack.rules.et207_published_after_document import LATEST
from evidtrack.rules.et207_published_after_document import RULE as ET207
from evidtrack.rules.et208_undated_record import RULE as ET208
from evidtrack.rules.et208_undated_record import UNDATED
from evidtrack.rules.et301_derivation_cycle import CIRCLING
from evidtrack.rules.et301_derivation_cycle import RULE as ET301
from evidtrack.rules.et504_early_publication_without_basis import EARLIEST
from evidtrack.rules.et504_early_publication_without_basis import RULE as ET504
from evidtrack.rules.facts import (
    DOCUMENTS,
    IDS,
    LINKS,
    REPORTED,
    REPORTED_KEYS,
    Chunk,
    Extractor,
    Facts,
    FileFacts,
    Keep,
    Summary,
)
from tests.rules.conftest import AS_OF

#: Few ids and dates, so that records share them, cite each other and collide often.
ALLEGATIONS = ("a", "b")
DOCS = ("d1", "d2", "d3")

RULES: tuple[CorpusRule, ...] = (ET202, ET203, ET206, ET207, ET208, ET301, ET504)
SUMMARIES: tuple[Summary[Any], ...] = (
    TIMING,
    LINKED,
    OCCURRED,
    LATEST,
    UNDATED,
    CIRCLING,
    EARLIEST,
)
#: The summaries that fold records (the others are screens: see their rules).
FOLDS: tuple[Summary[Any], ...] = (TIMING, OCCURRED, LATEST, UNDATED, EARLIEST)

#: Dates that often start together but are written differently ("2024" and "2024-01").
dates = st.builds(
    lambda start, length, text: (f"{text}@{start}", start, start + length),
    st.integers(0, 4),
    st.integers(0, 3),
    st.sampled_from(("x", "y")),
)
reported = st.tuples(
    st.lists(st.sampled_from(ALLEGATIONS), max_size=2).map(tuple),
    st.booleans(),  # supports
    st.none() | dates,  # its own publication date
    st.booleans(),  # a basis for it
    st.lists(st.sampled_from(DOCS), max_size=2).map(tuple),
    st.none() | st.tuples(st.just("occurred"), st.integers(0, 8)),
    st.just("source"),
)
shapes = st.lists(
    st.fixed_dictionaries(
        {
            "evidence": st.lists(reported, max_size=4),
            "responses": st.lists(reported, max_size=2),
            "documents": st.lists(st.tuples(st.sampled_from(DOCS), st.none() | dates), max_size=2),
            "allegations": st.lists(
                st.tuples(
                    st.sampled_from(ALLEGATIONS),
                    st.lists(st.sampled_from(DOCS), max_size=2).map(tuple),
                ),
                max_size=2,
            ),
        }
    ),
    min_size=1,
    max_size=4,
)


@st.composite
def files(draw: st.DrawFn) -> list[dict[str, list[Any]]]:
    """Files of facts. Items and responses have ids of their own, but at times one takes
    another's id; they derive mostly from records before them in their file, at times from any
    record, or from an id no record has."""
    drawn = draw(shapes)
    count = sum(len(each[key]) for each in drawn for key in REPORTED_KEYS)
    ids = [f"x{n}" for n in range(count)]
    if count > 1 and draw(st.booleans()):
        first, second = sorted(draw(st.lists(st.integers(0, count - 1), min_size=2, max_size=2)))
        ids[second] = ids[first]
    made = iter(ids)
    with_ids = [
        {**each, **{key: [(next(made), fact) for fact in each[key]] for key in REPORTED_KEYS}}
        for each in drawn
    ]
    anywhere = st.sampled_from([*ids, "nothing"])
    for each in with_ids:
        # Mostly a relay of a record before it in its file, as relays are written.
        before: list[str] = []
        for key in REPORTED_KEYS:
            linked = []
            for record_id, fact in each[key]:
                links = []
                for _ in range(draw(st.integers(0, 2))):
                    if draw(st.integers(0, 4)) == 4:
                        links.append(draw(anywhere))
                    elif before:
                        links.append(draw(st.sampled_from(before)))
                linked.append((record_id, fact, tuple(links)))
                before.append(record_id)
            each[key] = linked
    return with_ids


def _item(
    record_id: str,
    links: tuple[str, ...],
    date: tuple[str, int, int] | None = None,
    cited: tuple[str, ...] = (),
) -> tuple[str, tuple[Any, ...], tuple[str, ...]]:
    return record_id, ((), True, date, False, cited, None, "s"), links


def _file_of(
    evidence: list[Any], responses: tuple[Any, ...] = (), documents: tuple[Any, ...] = ()
) -> dict[str, list[Any]]:
    return {
        "evidence": evidence,
        "responses": list(responses),
        "documents": list(documents),
        "allegations": [],
    }


#: A link that names the first of two records with one id: the item, in a later file, before
#: the response. Each file alone resolves its links, and each would get it wrong.
TWO_WITH_ONE_ID = [
    _file_of(
        [_item("a", ("b",), ("late", 5, 6))],
        (_item("b", (), ("late", 5, 6)),),
    ),
    _file_of([_item("b", ("a",), ("early", 0, 1)), _item("a", ())]),
]


#: A circle through two files, which neither closes alone.
CIRCLE_ACROSS_FILES = [_file_of([_item("a", ("b",))]), _file_of([_item("b", ("a",))])]
#: A relay that ends the day its undated origin's document, in another file, begins.
RELAY_BEFORE_ITS_ORIGINS_DOCUMENT = [
    _file_of([_item("o", (), cited=("d1",)), _item("r", ("o",), ("r", 2, 3))]),
    _file_of([], documents=(("d1", ("d", 3, 4)),)),
]


def _file(path: str, drawn: dict[str, list[Any]]) -> FileFacts:
    """The facts of one drawn file, as ``FileFacts.read`` keeps them, its summaries folded."""
    chunks: dict[Extractor, dict[str, list[Any]]] = {
        IDS: {key: [row[0] for row in drawn[key]] for key in drawn},
        REPORTED: {key: [row[1] for row in drawn[key]] for key in ("evidence", "responses")},
        LINKS: {key: [row[2] for row in drawn[key]] for key in ("evidence", "responses")},
        DOCUMENTS: {"documents": [(d, when, None, None) for d, when in drawn["documents"]]},
        CITED: {"allegations": [cited for _, cited in drawn["allegations"]]},
    }
    eager: dict[str, dict[str, Chunk]] = {}
    packed: dict[str, dict[str, Chunk]] = {}
    for extractor, by_key in chunks.items():
        kept = eager if extractor.keep is Keep.EAGER else packed
        kept[extractor.name] = {
            key: (list(range(len(facts))), facts) for key, facts in by_key.items() if facts
        }
    made = FileFacts(path, eager, packed)
    made.summaries = {summary.name: summary.fold(made) for summary in SUMMARIES}
    return made


def _context(drawn: list[dict[str, list[Any]]]) -> CorpusContext:
    return CorpusContext(
        facts=Facts(_file(f"f{n}.yaml", each) for n, each in enumerate(drawn)),
        source_map=SourceMap(),
        as_of=AS_OF,
        archive=Archive(None),
    )


@settings(max_examples=400)
@example(TWO_WITH_ONE_ID)
@example(CIRCLE_ACROSS_FILES)
@example(RELAY_BEFORE_ITS_ORIGINS_DOCUMENT)
@given(files())
def test_a_rule_finds_what_walking_every_record_finds(drawn: list[dict[str, list[Any]]]) -> None:
    for rule in RULES:
        walked = [str(f) for f in rule.walk(_context(drawn))]  # type: ignore[attr-defined]
        note(f"{rule.code}: {walked}")
        assert [str(f) for f in rule.check_corpus(_context(drawn))] == walked


def test_the_drawn_files_have_findings_of_every_rule() -> None:
    # What the property above compares is not empty: each rule finds something in one corpus.
    late, early = ("late", 5, 6), ("early", 0, 1)
    drawn: list[dict[str, list[Any]]] = [
        {
            "evidence": [
                # Published after its document, before the other, derived from a later item,
                # reporting what happened after it: ET203, ET206, ET207, ET504.
                ("e1", (("a",), True, late, False, ("d1",), None, "s"), ("e2",)),
                ("e2", (("a",), True, None, False, ("d3",), ("o", 8), "s"), ("e3",)),
                ("e3", (("a",), False, early, False, ("d2",), None, "s"), ("e2",)),  # a circle
                ("e4", (("a",), False, None, False, (), None, "s"), ()),  # undated: ET208
            ],
            "responses": [("r1", (("a",), False, early, False, (), None, "s"), ())],  # ET202
            "documents": [("d1", early), ("d2", late), ("d3", ("mid", 3, 4))],
            "allegations": [("a", ("d3",))],
        }
    ]
    for rule in RULES:
        assert list(rule.check_corpus(_context(drawn))), rule.code


@given(files())
def test_folding_files_one_by_one_and_merging_is_folding_them_together(
    drawn: list[dict[str, list[Any]]],
) -> None:
    together = _file(
        "all.yaml", {key: [row for each in drawn for row in each[key]] for key in drawn[0]}
    )
    apart = [_file(f"f{n}.yaml", each) for n, each in enumerate(drawn)]
    for summary in FOLDS:
        assert summary.merge is not None
        merged = summary.merge(file.summaries[summary.name] for file in apart)
        assert merged == together.summaries[summary.name], summary.name

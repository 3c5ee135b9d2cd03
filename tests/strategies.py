"""Hypothesis strategies for valid model objects and whole datasets.

Shared by the round-trip, schema-agreement and rule tests. Values are valid field by field
(every attrs validator passes); references between records are arbitrary ids, since the
loader and the schema do not check them (the rules do).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from hypothesis import strategies as st

from evidtrack.loading.converter import converter
from evidtrack.model import (
    Actor,
    ActorKind,
    Allegation,
    Authority,
    Citation,
    Credibility,
    Dataset,
    Directness,
    Document,
    EvidenceItem,
    EvidenceKind,
    ItemCategory,
    OfficialResponse,
    PartialDate,
    Period,
    Provision,
    ProvisionRef,
    Qualifier,
    Quantity,
    Reliability,
    Resolution,
    ResponseKind,
    Role,
    RoleAssignment,
    Source,
    SourceKind,
    Stance,
    TransferredItem,
    Vote,
)

T = TypeVar("T")

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# Built from parts rather than st.from_regex, which filters and cost most of a dataset's draw.
ids = st.builds(
    str.__add__, st.sampled_from(_ALNUM), st.text(alphabet=_ALNUM + "._:-", max_size=12)
)
#: Any text a user may write, blank-only text excluded (the model rejects it).
texts = st.builds(
    lambda before, visible, after: before + visible + after,
    st.text(max_size=20),
    # One character that is not white space, so that str.strip leaves something.
    st.characters(exclude_categories=["Cs"]).filter(lambda c: not c.isspace()),
    st.text(max_size=19),
)
#: Text full of what YAML 1.1 and 1.2 would read as something else.
tricky = st.sampled_from(
    [
        "NO",
        "yes",
        "off",
        "~",
        "null",
        "1:20",
        "010",
        "0o17",
        "0x1F",
        "2024-01-10",
        ".inf",
        "1e5",
        "- x",
        "a: b",
        "#c",
        "'q'",
        '"q"',
        "“curly”",
        "nor more",
        "x\u00a0y",
        "a\nb",
    ]
)
words = st.one_of(texts, tricky)


def optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day", "minute", "second"]))
    if precision == "year":
        return PartialDate(year=day.year)
    if precision == "month":
        return PartialDate(year=day.year, month=day.month)
    if precision == "day":
        return PartialDate(year=day.year, month=day.month, day=day.day)
    return PartialDate(
        year=day.year,
        month=day.month,
        day=day.day,
        hour=draw(st.integers(0, 23)),
        minute=draw(st.integers(0, 59)),
        second=draw(st.integers(0, 59)) if precision == "second" else None,
        offset_minutes=draw(st.sampled_from([0, 0, 60, -300, 330, 23 * 60 + 59])),
    )


periods = st.builds(Period, start=optional(partial_dates()), end=optional(partial_dates()))
citations = st.builds(Citation, document=ids, quote=words)
counts = optional(st.integers(0, 10**9))
quantities = st.builds(
    Quantity,
    text=words,
    qualifier=st.sampled_from(Qualifier),
    low=counts,
    high=counts,
    unit=optional(words),
)
id_tuples = st.lists(ids, max_size=3, unique=True).map(tuple)
word_tuples = st.lists(words, max_size=3).map(tuple)

provisions = st.builds(
    Provision,
    id=ids,
    paragraph=optional(words),
    prohibits=words,
    in_force=periods,
    citations=st.lists(citations, max_size=2).map(tuple),
)
resolutions = st.builds(
    Resolution,
    id=ids,
    symbol=st.builds(
        lambda number, year: f"S/RES/{number}" + (f" ({year})" if year is not None else ""),
        st.integers(0, 9999),
        optional(st.integers(1000, 9999)),
    ),
    adopted=optional(partial_dates()),
    regime=optional(words),
    committee=optional(ids),
    provisions=st.lists(provisions, max_size=2).map(tuple),
    citations=st.lists(citations, max_size=2).map(tuple),
    notes=optional(words),
)
actors = st.builds(
    Actor,
    id=ids,
    kind=st.sampled_from(ActorKind),
    name=words,
    aliases=word_tuples,
    country_code=optional(st.text(alphabet=_ALNUM[:26], min_size=3, max_size=3)),
    acts_for=optional(ids),
    role=optional(words),
    authority=optional(st.sampled_from(Authority)),
    citations=st.lists(citations, max_size=2).map(tuple),
    notes=optional(words),
)
sources = st.builds(
    Source,
    id=ids,
    name=words,
    kind=st.sampled_from(SourceKind),
    speaks_for=optional(ids),
    reliability=st.sampled_from(Reliability),
    reliability_rationale=optional(words),
    aliases=word_tuples,
    url=optional(words),
    notes=optional(words),
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    url = draw(optional(words))
    file_name = draw(st.text(alphabet=_ALNUM[26:] + "_", min_size=1, max_size=12)) + ".txt"
    return Document(
        id=draw(ids),
        title=draw(words),
        publisher=draw(ids),
        date=draw(optional(partial_dates())),
        date_basis=draw(optional(words)),
        url=url,
        file=draw(optional(st.just(file_name))) if url is not None else file_name,
        notes=draw(optional(words)),
    )


items = st.builds(
    TransferredItem,
    category=st.sampled_from(ItemCategory),
    designation=optional(words),
    aliases=word_tuples,
    quantity=optional(quantities),
    description=optional(words),
)
allegations = st.builds(
    Allegation,
    id=ids,
    title=words,
    supplier=ids,
    recipient=ids,
    items=st.lists(items, min_size=1, max_size=2).map(tuple),
    period=periods,
    provisions=st.lists(st.builds(ProvisionRef, resolution=ids, provision=ids), max_size=2).map(
        tuple
    ),
    accusers=id_tuples,
    accused=id_tuples,
    roles=st.lists(
        st.builds(RoleAssignment, actor=ids, role=st.sampled_from(Role)), max_size=2
    ).map(tuple),
    citations=st.lists(citations, max_size=2).map(tuple),
    notes=optional(words),
)
evidence_items = st.builds(
    EvidenceItem,
    id=ids,
    allegation=ids,
    claim=words,
    document=ids,
    quote=words,
    date=partial_dates(),
    date_basis=optional(words),
    source=ids,
    party=ids,
    speaker=optional(ids),
    role=optional(st.sampled_from(Role)),
    kind=st.sampled_from(EvidenceKind),
    stance=st.sampled_from(Stance),
    credibility=st.sampled_from(Credibility),
    credibility_note=optional(words),
    directness=st.sampled_from(Directness),
    derived_from=id_tuples,
    origin=optional(ids),
    artifact=optional(ids),
    notes=optional(words),
)
votes = st.builds(
    Vote,
    draft=optional(words),
    in_favour=optional(st.integers(0, 15)),
    against=optional(st.integers(0, 15)),
    abstentions=optional(st.integers(0, 15)),
    adopted=optional(st.booleans()),
)
responses = st.builds(
    OfficialResponse,
    id=ids,
    allegation=ids,
    actor=ids,
    speaker=optional(ids),
    source=ids,
    kind=st.sampled_from(ResponseKind),
    date=partial_dates(),
    date_basis=optional(words),
    document=ids,
    quote=words,
    vote=optional(votes),
    notes=optional(words),
)


def _few(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=3).map(tuple)


datasets = st.builds(
    Dataset,
    resolutions=_few(resolutions),
    actors=_few(actors),
    sources=_few(sources),
    documents=_few(documents()),
    allegations=_few(allegations),
    evidence=_few(evidence_items),
    responses=_few(responses),
)


def plain(dataset: Dataset) -> dict[str, Any]:
    """The YAML-ready plain form of a dataset (what an evidence file holds)."""
    result: dict[str, Any] = converter.unstructure(dataset)
    return result


plain_datasets = datasets.map(plain)

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
    DateRange,
    Directness,
    Document,
    Event,
    EventKind,
    EvidenceItem,
    ItemCategory,
    MeasureBody,
    Observation,
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
    Statement,
    TransferredItem,
    TransportLeg,
    TransportMode,
    Vessel,
    Vote,
)
from evidtrack.model.evidence import OBSERVATION_KINDS, STATEMENT_KINDS

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
date_ranges = st.one_of(
    partial_dates().map(DateRange.of),
    st.builds(DateRange, start=partial_dates(), end=partial_dates()),
)
citations = st.builds(
    Citation,
    document=ids,
    quote=optional(words),
    page=optional(words),
    paragraph=optional(words),
    note=optional(words),
)
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
some_ids = st.lists(ids, min_size=1, max_size=3, unique=True).map(tuple)
word_tuples = st.lists(words, max_size=3).map(tuple)
country_codes = st.text(alphabet=_ALNUM[:26], min_size=3, max_size=3)
#: Directness: any number in [0, 1], the named values among them.
directness = st.one_of(
    st.sampled_from([d.number for d in Directness]), st.floats(0.0, 1.0, allow_nan=False)
)


def _few(strategy: st.SearchStrategy[T], at_least: int = 0) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, min_size=at_least, max_size=3).map(tuple)


votes = st.builds(
    Vote,
    draft=optional(words),
    in_favour=optional(st.integers(0, 15)),
    against=optional(st.integers(0, 15)),
    abstentions=optional(st.integers(0, 15)),
    adopted=optional(st.booleans()),
)
provision_ids = st.builds(
    str.__add__, st.sampled_from(_ALNUM), st.text(alphabet=_ALNUM + "._:()-", max_size=12)
)
provisions = st.builds(
    Provision,
    id=provision_ids,
    paragraph=optional(words),
    prohibits=words,
    in_force=periods,
    citations=_few(citations),
    notes=optional(words),
)


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    body = draw(st.sampled_from(MeasureBody))
    number, year = draw(st.integers(0, 9999)), draw(optional(st.integers(1000, 9999)))
    symbol: str | None = f"S/RES/{number}" + (f" ({year})" if year is not None else "")
    if body is not MeasureBody.UN_SECURITY_COUNCIL:
        symbol = draw(words)
    regime = draw(optional(words))
    if regime is not None and draw(st.booleans()):
        symbol = None  # a regime the sources name without the resolutions' numbers
    return Resolution(
        id=draw(ids),
        body=body,
        symbol=symbol,
        adopted=draw(optional(partial_dates())),
        vote=draw(optional(votes)),
        meeting=draw(optional(st.integers(1, 99999).map(lambda n: f"S/PV.{n}"))),
        regime=regime,
        committee=draw(optional(ids)),
        provisions=draw(_few(provisions)),
        citations=draw(_few(citations)),
        notes=draw(optional(words)),
    )


actors = st.builds(
    Actor,
    id=ids,
    kind=st.sampled_from(ActorKind),
    name=words,
    aliases=word_tuples,
    country_code=optional(country_codes),
    acts_for=optional(ids),
    role=optional(words),
    authority=optional(st.sampled_from(Authority)),
    members=id_tuples,
    citations=_few(citations),
    notes=optional(words),
)
sources = st.builds(
    Source,
    id=ids,
    name=words,
    kind=st.sampled_from(SourceKind),
    speaks_for=optional(ids),
    reliability=optional(st.sampled_from(Reliability)),
    reliability_rationale=optional(words),
    aliases=word_tuples,
    url=optional(words),
    notes=optional(words),
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    url = draw(optional(words))
    file_name = draw(st.text(alphabet=_ALNUM[26:] + "_", min_size=1, max_size=12)) + ".txt"
    file = draw(optional(st.just(file_name)))
    bibliographic = draw(optional(words))
    if url is None and file is None and bibliographic is None:
        file = file_name
    return Document(
        id=draw(ids),
        title=draw(words),
        publisher=draw(ids),
        date=draw(optional(partial_dates())),
        date_basis=draw(optional(words)),
        url=url,
        archived_url=draw(optional(words)),
        file=file,
        sha256=draw(optional(st.text(alphabet="0123456789abcdef", min_size=64, max_size=64))),
        bibliographic=bibliographic,
        notes=draw(optional(words)),
    )


vessels = st.builds(
    Vessel,
    id=ids,
    name=words,
    imo=optional(st.integers(0, 9_999_999).map(lambda n: f"{n:07d}")),
    mmsi=optional(st.integers(0, 999_999_999).map(lambda n: f"{n:09d}")),
    flag=optional(country_codes),
    former_names=word_tuples,
    former_flags=st.lists(country_codes, max_size=2).map(tuple),
    citations=_few(citations),
    notes=optional(words),
)
events = st.builds(
    Event,
    id=ids,
    kind=st.sampled_from(EventKind),
    title=words,
    occurred=optional(date_ranges),
    place=optional(words),
    actors=id_tuples,
    vessels=id_tuples,
    citations=_few(citations),
    notes=optional(words),
)
items = st.builds(
    TransferredItem,
    category=st.sampled_from(ItemCategory),
    designation=optional(words),
    aliases=word_tuples,
    quantity=optional(quantities),
    description=optional(words),
)
legs = st.builds(
    TransportLeg,
    mode=st.sampled_from(TransportMode),
    vessel=optional(ids),
    departure=optional(words),
    via=word_tuples,
    arrival=optional(words),
    occurred=optional(date_ranges),
    description=optional(words),
)
allegations = st.builds(
    Allegation,
    id=ids,
    title=words,
    suppliers=some_ids,
    recipients=some_ids,
    intermediaries=id_tuples,
    items=_few(items, at_least=1),
    transport=_few(legs),
    period=periods,
    provisions=_few(st.builds(ProvisionRef, resolution=ids, provision=provision_ids)),
    accusers=id_tuples,
    accused=id_tuples,
    roles=_few(st.builds(RoleAssignment, actor=ids, role=st.sampled_from(Role))),
    citations=_few(citations),
    notes=optional(words),
)
#: What statements and observations share, as keyword arguments.
_evidence_fields: dict[str, st.SearchStrategy[Any]] = {
    "id": ids,
    "allegations": some_ids,
    "claim": words,
    "citations": _few(citations, at_least=1),
    "published": optional(partial_dates()),
    "published_basis": optional(words),
    "occurred": optional(date_ranges),
    "source": ids,
    "party": ids,
    "role": optional(st.sampled_from(Role)),
    "stance": st.sampled_from(Stance),
    "credibility": st.sampled_from(Credibility),
    "credibility_note": optional(words),
    "directness": directness,
    "derived_from": id_tuples,
    "origin": optional(ids),
    "artifact": optional(ids),
    "events": id_tuples,
    "quantity": optional(quantities),
    "notes": optional(words),
}
statements = st.builds(
    Statement,
    kind=st.sampled_from(sorted(STATEMENT_KINDS)),
    speakers=id_tuples,
    **_evidence_fields,
)
observations = st.builds(
    Observation,
    kind=st.sampled_from(sorted(OBSERVATION_KINDS)),
    observed=words,
    **_evidence_fields,
)
evidence_items: st.SearchStrategy[EvidenceItem] = st.one_of(statements, observations)
responses = st.builds(
    OfficialResponse,
    id=ids,
    allegations=some_ids,
    actor=ids,
    speakers=id_tuples,
    source=ids,
    kind=st.sampled_from(ResponseKind),
    citations=_few(citations, at_least=1),
    published=optional(partial_dates()),
    published_basis=optional(words),
    occurred=optional(date_ranges),
    credibility=optional(st.sampled_from(Credibility)),
    credibility_note=optional(words),
    directness=optional(directness),
    derived_from=id_tuples,
    events=id_tuples,
    vote=optional(votes),
    notes=optional(words),
)


datasets = st.builds(
    Dataset,
    resolutions=_few(resolutions()),
    actors=_few(actors),
    sources=_few(sources),
    documents=_few(documents()),
    vessels=_few(vessels),
    events=_few(events),
    allegations=_few(allegations),
    evidence=_few(evidence_items),
    responses=_few(responses),
)


def plain(dataset: Dataset) -> dict[str, Any]:
    """The YAML-ready plain form of a dataset (what an evidence file holds)."""
    result: dict[str, Any] = converter.unstructure(dataset)
    return result


plain_datasets = datasets.map(plain)

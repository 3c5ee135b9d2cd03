"""Generated datasets whose references all resolve, as the exports expect of validated data.

``tests.strategies.datasets`` draws every record independently, so its ids rarely meet; here
each reference is redrawn among the records of its kind (one of each kind is added so that
every reference has a target), duplicate ids are dropped, and provision references point at
real provisions.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import attrs
from hypothesis import strategies as st

from evidtrack.export._common import RECORD_KINDS
from evidtrack.model import (
    Actor,
    ActorKind,
    Allegation,
    Dataset,
    Document,
    Event,
    EventKind,
    ItemCategory,
    PartialDate,
    Provision,
    ProvisionRef,
    Reliability,
    Resolution,
    Source,
    SourceKind,
    TransferredItem,
    Vessel,
)
from evidtrack.model._fields import referenced_kinds
from tests.strategies import datasets

#: One record of each kind that others refer to, so that any reference can be satisfied.
ANCHORS = Dataset(
    resolutions=(
        Resolution(
            id="anchor-resolution",
            symbol="S/RES/1718 (2006)",
            provisions=(Provision(id="arms-export", prohibits="export of arms"),),
        ),
    ),
    actors=(Actor(id="anchor-actor", kind=ActorKind.STATE, name="Norway", country_code="NOR"),),
    sources=(
        Source(
            id="anchor-source",
            name="Anchor",
            kind=SourceKind.INDEPENDENT_MEDIA,
            reliability=Reliability.B,
            url="https://example.org/",
        ),
    ),
    documents=(
        Document(
            id="anchor-document",
            title="Anchor",
            publisher="anchor-source",
            date=PartialDate(year=2024, month=1),
            url="https://example.org/anchor",
        ),
    ),
    vessels=(Vessel(id="anchor-vessel", name="Anchor", imo="9074729", flag="NOR"),),
    events=(Event(id="anchor-event", kind=EventKind.OTHER, title="Anchor"),),
    allegations=(
        Allegation(
            id="anchor-allegation",
            title="Anchor",
            suppliers=("anchor-actor",),
            recipients=("anchor-actor",),
            items=(TransferredItem(category=ItemCategory.ARMS),),
            accused=("anchor-actor",),
        ),
    ),
)


def _unique(dataset: Dataset) -> Dataset:
    merged = Dataset.merge((ANCHORS, dataset))
    firsts: dict[str, tuple[Any, ...]] = {}
    for name in RECORD_KINDS:
        by_id: dict[str, Any] = {}
        for record in getattr(merged, name):
            by_id.setdefault(record.id, record)
        firsts[name] = tuple(by_id.values())
    return Dataset(**firsts)


def _pick(draw: st.DrawFn, choices: list[str]) -> str:
    return draw(st.sampled_from(choices))


def _fix(draw: st.DrawFn, value: Any, ids: dict[str, list[str]], provisions: list[Any]) -> Any:
    if isinstance(value, tuple):
        return tuple(_fix(draw, v, ids, provisions) for v in value)
    if isinstance(value, ProvisionRef):
        resolution, provision = _pick_pair(draw, provisions)
        return ProvisionRef(resolution=resolution, provision=provision)
    if not attrs.has(type(value)) or isinstance(value, PartialDate):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        kinds = referenced_kinds(field.metadata)
        targets = [target for kind in kinds for target in ids[kind.value]]
        if not kinds:
            changes[field.name] = _fix(draw, current, ids, provisions)
        elif isinstance(current, str):
            changes[field.name] = _pick(draw, targets)
        elif isinstance(current, tuple):
            picked = (_pick(draw, targets) for _ in current) if targets else ()
            changes[field.name] = tuple(dict.fromkeys(picked))
    if isinstance(value, Allegation) and not provisions:
        changes["provisions"] = ()
    return attrs.evolve(value, **changes)


def _pick_pair(draw: st.DrawFn, pairs: list[Any]) -> tuple[str, str]:
    found: tuple[str, str] = draw(st.sampled_from(pairs))
    return found


@st.composite
def valid_datasets(draw: st.DrawFn) -> Dataset:
    dataset = _unique(draw(datasets))
    ids = {kind: [r.id for r in getattr(dataset, name)] for name, kind in RECORD_KINDS.items()}
    provisions = [(r.id, p.id) for r in dataset.resolutions for p in r.provisions]
    return Dataset(
        **{
            name: tuple(_fix(draw, r, ids, provisions) for r in getattr(dataset, name))
            for name in RECORD_KINDS
        }
    )


def _printable(c: str) -> bool:
    """A character a YAML file can hold (YAML 1.2's printable set), other than controls."""
    return (
        c in "\t\n\r"
        or "\x20" <= c <= "\x7e"
        or "\xa0" <= c <= "\ud7ff"
        or "\ue000" <= c <= "\ufffd"
        or c >= "\U00010000"
    ) and unicodedata.category(c) not in ("Cf", "Co", "Cn")


def _file_text(value: Any) -> Any:
    """``value`` with its text as an evidence file could hold it, still visible."""
    if type(value) is str:  # not an enum member, which is a str too
        kept = "".join(c for c in value if _printable(c))
        return kept if any(not c.isspace() for c in kept) else kept + "x"
    if isinstance(value, tuple):
        return tuple(_file_text(v) for v in value)
    if attrs.has(type(value)) and not isinstance(value, PartialDate):
        return attrs.evolve(
            value, **{f.name: _file_text(getattr(value, f.name)) for f in attrs.fields(type(value))}
        )
    return value


def file_datasets() -> st.SearchStrategy[Dataset]:
    """Valid datasets whose text an evidence file could hold (what the loader gives)."""
    return valid_datasets().map(_file_text)

"""A consistent renaming of every id of a dataset, and an assessment with its names taken out.

An id is any value of a field named ``id``, of a field whose metadata says which kind of record
it references, or of the ``origin`` and ``artifact`` labels. ``rename`` walks the records
field by field, so that a field the model gains is renamed with no edit here when it declares
what it references.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, Final

import attrs

from evidtrack.model import Dataset
from evidtrack.model._fields import REFERENCE
from evidtrack.scoring import Assessment, Cluster, ClusterKind, Contribution, Row, Sensitivity

#: Labels that name things the way ids do.
LABELS: Final = frozenset({"origin", "artifact"})
_TOKEN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: Where a sentence lists names: after a colon, between commas.
_PARTS: Final = re.compile(r", |: ")


def _names_something(field: attrs.Attribute[Any]) -> bool:
    return field.name == "id" or field.name in LABELS or REFERENCE in field.metadata


def _each(value: Any, visit: Callable[[Any], None]) -> None:
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            current = getattr(value, field.name)
            if _names_something(field):
                for name in current if isinstance(current, tuple) else (current,):
                    if isinstance(name, str):
                        visit(name)
            else:
                _each(current, visit)
    elif isinstance(value, tuple):
        for element in value:
            _each(element, visit)


def ids_of(dataset: Dataset) -> list[str]:
    """Every id and label the dataset holds, each once, sorted."""
    found: set[str] = set()
    _each(dataset, found.add)
    return sorted(found)


def rename(value: Any, mapping: Mapping[str, str]) -> Any:
    """``value`` with every id and label renamed by ``mapping`` (others kept)."""
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(type(value)):
            if not field.init:
                continue
            current = getattr(value, field.name)
            if _names_something(field):
                changes[field.name] = _renamed(current, mapping)
            else:
                changes[field.name] = rename(current, mapping)
        return attrs.evolve(value, **{name.lstrip("_"): v for name, v in changes.items()})
    if isinstance(value, tuple):
        return tuple(rename(element, mapping) for element in value)
    return value


def _renamed(value: Any, mapping: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, tuple):
        return tuple(_renamed(v, mapping) for v in value)
    return value


def text(words: str, mapping: Mapping[str, str]) -> Hashable:
    """A sentence with its ids taken out, and the renamed ids it named.

    Lists of names are sorted by name, so their order may change with a renaming: the
    sentence's parts between commas and colons are compared as a bag; which name goes with
    which role is compared in the assessment's structured fields.
    """
    named = frozenset(mapping[t] for t in _TOKEN.findall(words) if t in mapping)
    blank = _TOKEN.sub(lambda m: "ID" if m.group(0) in mapping else m.group(0), words)
    return _bag(_PARTS.split(blank)), named


def _bag(values: Iterable[Hashable]) -> frozenset[tuple[Hashable, int]]:
    """A multiset: what a list holds, in no order."""
    return frozenset(Counter(values).items())


def _ids(ids: Iterable[str], mapping: Mapping[str, str]) -> frozenset[str]:
    return frozenset(mapping.get(i, i) for i in ids)


def _cluster(cluster: Cluster, mapping: Mapping[str, str]) -> Hashable:
    key = cluster.key
    # One item alone is named after its id: its members say which.
    label = None if key.kind is ClusterKind.SINGLE else mapping.get(key.label, key.label)
    members = _bag(
        (
            _ids(m.item.ids, mapping),
            m.weight,
            mapping.get(m.item.party, m.item.party),
            m.item.role,
            m.item.kind,
            None if m.item.note is None else text(m.item.note, mapping),
        )
        for m in cluster.members
    )
    return (key.group, key.kind, label, cluster.supports, cluster.refutes, cluster.value, members)


def _row(row: Row, mapping: Mapping[str, str]) -> Hashable:
    limits = _bag((text(lim.what, mapping), lim.bound, lim.limit, lim.before) for lim in row.limits)
    clusters = _bag(_cluster(c, mapping) for c in row.clusters)
    return (row.group, text(row.key, mapping), row.value, row.rho, limits, clusters)


def _source(source: Contribution, mapping: Mapping[str, str]) -> Hashable:
    return (
        mapping.get(source.party, source.party),
        source.role,
        source.worth,
        _ids(source.items, mapping),
    )


def without_names(assessment: Assessment, mapping: Mapping[str, str]) -> Hashable:
    """Everything the assessment says, its ids renamed by ``mapping`` and its lists as bags."""
    a = assessment
    return (
        mapping.get(a.allegation, a.allegation),
        a.as_of,
        a.log_odds,
        a.likelihood,
        a.term,
        a.confidence,
        a.two_independent_sources,
        a.stix_confidence,
        _bag(text(reason, mapping) for reason in a.confidence_reasons),
        _bag(_source(s, mapping) for s in a.sources),
        _bag(_row(row, mapping) for row in a.rows),
        _bag((mapping.get(e.id, e.id), e.recorded_as, text(e.reason, mapping)) for e in a.excluded),
        _bag(
            (mapping.get(r.id, r.id), r.kind, mapping.get(r.actor, r.actor), r.date, r.treatment)
            for r in a.responses
        ),
    )


def sensitivity_without_names(found: Sensitivity, mapping: Mapping[str, str]) -> Hashable:
    """The load-bearing evidence and the hypotheses tried, ids renamed, as bags."""
    return (
        found.now,
        _bag(
            (mapping.get(lb.id, lb.id), lb.recorded_as, lb.without, lb.moves)
            for lb in found.load_bearing
        ),
        _bag(
            (text(h.what, mapping), h.kind, h.stance, h.grade, h.directness, h.with_it, h.moves)
            for h in found.tried
        ),
    )

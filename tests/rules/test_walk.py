"""The pruned record walk finds exactly what a walk of every field finds."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from hypothesis import given, settings

from evidtrack.model import (
    Citation,
    Dataset,
    PartialDate,
    Period,
    ProvisionRef,
    Quantity,
    RecordKind,
)
from evidtrack.model._fields import referenced_kinds
from evidtrack.rules._walk import FieldPath, references, values_of_type
from tests.strategies import datasets

PARTS = (Citation, PartialDate, Period, ProvisionRef, Quantity)


def every_value(value: object, path: FieldPath = ()) -> Iterator[tuple[FieldPath, object]]:
    """Every value inside ``value``, entering every field: the obvious, slow walk."""
    yield path, value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from every_value(getattr(value, field.name), (*path, field.name))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from every_value(item, (*path, index))


def every_reference(value: object) -> list[tuple[FieldPath, tuple[RecordKind, ...], str]]:
    found: list[tuple[FieldPath, tuple[RecordKind, ...], str]] = []
    for path, inner in every_value(value):
        if not attrs.has(type(inner)):
            continue
        for field in attrs.fields(type(inner)):  # type: ignore[arg-type]
            kind = referenced_kinds(field.metadata)
            target = getattr(inner, field.name)
            if not kind or target is None:
                continue
            if isinstance(target, str):
                found.append(((*path, field.name), kind, target))
            else:
                found.extend(((*path, field.name, i), kind, t) for i, t in enumerate(target))
    return found


@settings(max_examples=300)
@given(datasets)
def test_pruned_walk_equals_the_full_walk(dataset: Dataset) -> None:
    for record in dataset.records():
        # The same references; the order may differ (the full walk lists a part's own fields
        # before those of the parts inside it), and paths are unique.
        found = list(references(record))
        assert sorted(found, key=repr) == sorted(every_reference(record), key=repr)
        for cls in PARTS:
            expected = [(p, v) for p, v in every_value(record) if isinstance(v, cls)]
            assert list(values_of_type(record, cls)) == expected

"""Generic walks over records, so rules follow the model's field metadata, not a list of fields."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs

from evidtrack.loading.locate import PathPart
from evidtrack.model import Dataset, Record
from evidtrack.model._fields import REFERENCE

if TYPE_CHECKING:
    from attrs import AttrsInstance

T = TypeVar("T")
FieldPath = tuple[PathPart, ...]

#: The kinds of record that ``doc(references=...)`` names; ``Dataset`` indexes each as
#: ``<kind>_by_id``.
KINDS: Final = ("resolution", "actor", "source", "document", "allegation", "evidence", "response")


def values_of_type(
    value: object, cls: type[T], path: FieldPath = ()
) -> Iterator[tuple[FieldPath, T]]:
    """Every value of class ``cls`` inside ``value`` (itself included), with its field path."""
    if isinstance(value, cls):
        yield path, value
    if attrs.has(type(value)):
        for field in _fields(value):
            yield from values_of_type(getattr(value, field.name), cls, (*path, field.name))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from values_of_type(item, cls, (*path, index))


def _fields(value: object) -> tuple[attrs.Attribute[Any], ...]:
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(
        cast("type[AttrsInstance]", type(value))
    )
    return fields


def references(value: object, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str, str]]:
    """Every id that ``value`` refers to: (field path, kind of record named, id)."""
    if not attrs.has(type(value)):
        if isinstance(value, tuple):
            for index, element in enumerate(value):
                yield from references(element, (*path, index))
        return
    for field in _fields(value):
        item: Any = getattr(value, field.name)
        kind = field.metadata.get(REFERENCE)
        if kind is None:
            yield from references(item, (*path, field.name))
        elif isinstance(item, str):
            yield (*path, field.name), kind, item
        elif isinstance(item, tuple):
            for index, each in enumerate(item):
                yield (*path, field.name, index), kind, each


def index_of(dataset: Dataset, kind: str) -> Mapping[str, Record]:
    """The records of one kind by id (the first of duplicates), from the Dataset's own index."""
    index: Mapping[str, Record] = getattr(dataset, f"{kind}_by_id")
    return index


def resolved_references(
    dataset: Dataset,
) -> Iterator[tuple[Record, FieldPath, str, str, list[str]]]:
    """Every reference of every record: (record, field path, kind expected, id, kinds it names)."""
    indexes = {kind: index_of(dataset, kind) for kind in KINDS}
    for record in dataset.records():
        for path, kind, target in references(record):
            named = [other for other in KINDS if target in indexes[other]]
            yield record, path, kind, target, named

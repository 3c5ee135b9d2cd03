"""Generic walks over records, so rules follow the model's field metadata, not a list of fields."""

from __future__ import annotations

import typing
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs

from evidtrack.loading import Rejected
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
#: The top-level list of each kind (``Dataset``'s fields, in the same order).
LIST_OF_KIND: Final = dict(zip(KINDS, (field.name for field in attrs.fields(Dataset)), strict=True))


def values_of_type(
    value: object, cls: type[T], path: FieldPath = ()
) -> Iterator[tuple[FieldPath, T]]:
    """Every record part of attrs class ``cls`` inside ``value`` (itself included), with its path.

    Only fields whose declared type can hold a record part are entered (``_nested_fields``):
    text, numbers and enumerations hold none, and walking them cost most of a validation run.
    """
    if isinstance(value, cls):
        yield path, value
    kind = type(value)
    if kind is tuple:
        for index, item in enumerate(cast("tuple[object, ...]", value)):
            yield from values_of_type(item, cls, (*path, index))
    elif attrs.has(kind):
        for name in _nested_fields(kind):
            yield from values_of_type(getattr(value, name), cls, (*path, name))


@cache
def _nested_fields(cls: type) -> tuple[str, ...]:
    """The fields of an attrs class whose declared type may hold attrs instances."""
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast("type[AttrsInstance]", cls))
    return tuple(field.name for field in fields if _may_hold_attrs(field.type))


@cache
def _reference_fields(cls: type) -> tuple[tuple[str, str | None], ...]:
    """(field, kind of record it names) for reference fields; (field, None) for nested parts."""
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast("type[AttrsInstance]", cls))
    nested = set(_nested_fields(cls))
    return tuple(
        (field.name, field.metadata.get(REFERENCE))
        for field in fields
        if REFERENCE in field.metadata or field.name in nested
    )


def _may_hold_attrs(tp: Any) -> bool:
    if isinstance(tp, type) and attrs.has(tp):
        return True
    return any(_may_hold_attrs(arg) for arg in typing.get_args(tp) if arg is not Ellipsis)


def references(value: object, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str, str]]:
    """Every id that ``value`` refers to: (field path, kind of record named, id)."""
    kind_of_value = type(value)
    if kind_of_value is tuple:
        for index, element in enumerate(cast("tuple[object, ...]", value)):
            yield from references(element, (*path, index))
        return
    if not attrs.has(kind_of_value):
        return
    for name, kind in _reference_fields(kind_of_value):
        item: Any = getattr(value, name)
        if kind is None:
            yield from references(item, (*path, name))
        elif isinstance(item, str):
            yield (*path, name), kind, item
        elif isinstance(item, tuple):
            for index, each in enumerate(item):
                yield (*path, name, index), kind, each


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


def rejected_as(rejected: Iterable[Rejected], kind: str, target: str) -> Rejected | None:
    """The rejected record of ``kind`` with id ``target``, if the loader rejected one."""
    key = LIST_OF_KIND[kind]
    return next((r for r in rejected if r.key == key and r.id == target), None)


def rejected_citing(rejected: Iterable[Rejected], kind: str, field: str, target: str) -> bool:
    """Whether a rejected record of ``kind`` names ``target`` in ``field``."""
    key = LIST_OF_KIND[kind]
    return any(r.key == key and r.names(field, target) for r in rejected)


def waits_on(record: Rejected, kind: str) -> str:
    """The words of a finding about a reference to a rejected record: where to look instead."""
    return (
        f"{kind} {record.id!r} was rejected at {record.location}: fix that finding, and this"
        " reference works again"
    )

"""Generic walks over records, so rules follow the model's field metadata, not a list of fields."""

from __future__ import annotations

import typing
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs

from evidtrack.loading import Rejected
from evidtrack.loading.locate import PathPart
from evidtrack.model import RecordKind
from evidtrack.model._fields import REFERENCE, referenced_kinds
from evidtrack.model.dataset import list_of

if TYPE_CHECKING:
    from attrs import AttrsInstance

T = TypeVar("T")
FieldPath = tuple[PathPart, ...]


def values_of_type(
    value: object, cls: type[T], path: FieldPath = ()
) -> Iterator[tuple[FieldPath, T]]:
    """Every record part of attrs class ``cls`` inside ``value`` (itself included), with its path.

    Only fields whose declared type can hold a ``cls`` are entered (``_fields_reaching``): text,
    numbers and enumerations hold none, and an evidence item holds no quantity at any depth;
    walking them cost most of a validation run.
    """
    kind = type(value)
    names = _REACHING.get((kind, cls))
    if names is None:
        names = _reaching(kind, cls)
    if not names and kind is not tuple:
        # A record that cannot hold a ``cls`` (a document holds no quantity), as most records
        # asked about: answered without a walk. Rules ask of every record, for each class.
        return iter(((path, value),) if isinstance(value, cls) else ())
    found: list[tuple[FieldPath, T]] = []
    _collect(value, cls, path, found)
    return iter(found)


def _collect(
    value: object, cls: type[T], path: FieldPath, found: list[tuple[FieldPath, T]]
) -> None:
    # A list filled by plain recursion: nested generators cost more than the walk itself.
    if isinstance(value, cls):
        found.append((path, value))
    kind = type(value)
    if kind is tuple:
        for index, item in enumerate(cast("tuple[object, ...]", value)):
            _collect(item, cls, (*path, index), found)
        return
    names = _REACHING.get((kind, cls))
    for name in _reaching(kind, cls) if names is None else names:
        item = getattr(value, name)
        # An absent part or an empty list holds nothing: not entered (most fields are either).
        if item is not None and item is not _EMPTY:
            _collect(item, cls, (*path, name), found)


_EMPTY: Final = ()


def _reaching(kind: type, cls: type) -> tuple[str, ...]:
    """The fields of ``kind`` that may hold a ``cls`` (none when ``kind`` is no attrs class),
    worked out and kept in ``_REACHING`` for the walks, which look there first: a plain dict,
    because attrs.has and the cache's wrapper cost more than the walk."""
    names = _REACHING[kind, cls] = _fields_reaching(kind, cls) if attrs.has(kind) else ()
    return names


_REACHING: dict[tuple[type, type], tuple[str, ...]] = {}


@cache
def _fields_reaching(kind: type, cls: type) -> tuple[str, ...]:
    """The fields of attrs class ``kind`` whose declared type may hold a ``cls`` at any depth."""
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast("type[AttrsInstance]", kind))
    return tuple(field.name for field in fields if _reaches(field.type, cls, frozenset({kind})))


def _reaches(tp: Any, cls: type, seen: frozenset[type]) -> bool:
    if isinstance(tp, type) and issubclass(tp, cls):
        return True
    if isinstance(tp, type) and attrs.has(tp):
        if tp in seen:
            return False
        inside = seen | {tp}
        return any(_reaches(field.type, cls, inside) for field in attrs.fields(tp))
    return any(_reaches(arg, cls, seen) for arg in typing.get_args(tp) if arg is not Ellipsis)


@cache
def _nested_fields(cls: type) -> tuple[str, ...]:
    """The fields of an attrs class whose declared type may hold attrs instances."""
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast("type[AttrsInstance]", cls))
    return tuple(field.name for field in fields if _may_hold_attrs(field.type))


@cache
def _reference_fields(cls: type) -> tuple[tuple[str, tuple[RecordKind, ...]], ...]:
    """(field, kinds of record it may name) for reference fields; (field, ()) for nested parts."""
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast("type[AttrsInstance]", cls))
    nested = set(_nested_fields(cls))
    return tuple(
        (field.name, referenced_kinds(field.metadata))
        for field in fields
        if REFERENCE in field.metadata or field.name in nested
    )


def _may_hold_attrs(tp: Any) -> bool:
    if isinstance(tp, type) and attrs.has(tp):
        return True
    return any(_may_hold_attrs(arg) for arg in typing.get_args(tp) if arg is not Ellipsis)


Reference = tuple[FieldPath, tuple[RecordKind, ...], str]


def references(value: object, path: FieldPath = ()) -> Iterator[Reference]:
    """Every id that ``value`` refers to: (field path, kinds of record it may name, id)."""
    found: list[Reference] = []
    _collect_references(value, path, found)
    return iter(found)


#: The reference fields of each class met (none for a class that is no record part).
_REFERENCE_FIELDS: dict[type, tuple[tuple[str, tuple[RecordKind, ...]], ...]] = {}


def _collect_references(value: object, path: FieldPath, found: list[Reference]) -> None:
    kind_of_value = type(value)
    if kind_of_value is tuple:
        for index, element in enumerate(cast("tuple[object, ...]", value)):
            _collect_references(element, (*path, index), found)
        return
    fields = _REFERENCE_FIELDS.get(kind_of_value)
    if fields is None:
        fields = _REFERENCE_FIELDS[kind_of_value] = (
            _reference_fields(kind_of_value) if attrs.has(kind_of_value) else ()
        )
    for name, kind in fields:
        item: Any = getattr(value, name)
        if item is None or item is _EMPTY:
            continue
        if not kind:
            if type(item) is tuple:  # a list of parts (citations), entered here: one call less
                for index, element in enumerate(item):
                    _collect_references(element, (*path, name, index), found)
            else:
                _collect_references(item, (*path, name), found)
        elif isinstance(item, str):
            found.append(((*path, name), kind, item))
        elif isinstance(item, tuple):
            for index, each in enumerate(item):
                found.append(((*path, name, index), kind, each))


def rejected_as(
    rejected: Iterable[Rejected], kinds: tuple[RecordKind, ...], target: str
) -> Rejected | None:
    """The rejected record of one of ``kinds`` with id ``target``, if the loader rejected one."""
    keys = {list_of(kind) for kind in kinds}
    return next((r for r in rejected if r.key in keys and r.id == target), None)


def rejected_citing(
    rejected: Iterable[Rejected], kind: RecordKind, field: str, target: str
) -> bool:
    """Whether a rejected record of ``kind`` names ``target`` in ``field``."""
    key = list_of(kind)
    return any(r.key == key and r.names(field, target) for r in rejected)


def waits_on(record: Rejected, kind: RecordKind) -> str:
    """The words of a finding about a reference to a rejected record: where to look instead."""
    return (
        f"{kind} {record.id!r} was rejected at {record.location}: fix that finding, and this"
        " reference works again"
    )

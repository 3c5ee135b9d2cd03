"""Unions of records told apart by one field, the tag: the converter and the schema both ask.

A member's tag values are those its tag field accepts: the values of a ``Literal`` type, or the
choices of a ``OneOf`` check (a statement's kinds). Every member has the field, and no two
members accept one value, so the value written decides the member.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from enum import Enum
from functools import cache
from types import NoneType, UnionType
from typing import Any, Literal

import attrs

from evidtrack.model._validators import OneOf, parts


class NoTag(TypeError):
    """A union of records without a field that tells its members apart (a model error)."""


@attrs.frozen(kw_only=True)
class Tag:
    """The field that tells a union's members apart, and the member of each value written."""

    field: str
    members: Mapping[Any, type]

    def values(self) -> tuple[Any, ...]:
        return tuple(self.members)


def record_members(tp: Any) -> tuple[type, ...] | None:
    """The members of a union of two or more records (None left out), or None for another type."""
    if typing.get_origin(tp) not in (typing.Union, UnionType):
        return None
    members = tuple(a for a in typing.get_args(tp) if a is not NoneType)
    if len(members) > 1 and all(attrs.has(m) for m in members):
        return members
    return None


def written(value: Any) -> Any:
    """A tag value as a file writes it: an enumeration's value, anything else as it is."""
    return value.value if isinstance(value, Enum) else value


def _accepted(field: attrs.Attribute[Any]) -> frozenset[Any] | None:
    if typing.get_origin(field.type) is Literal:
        return frozenset(written(a) for a in typing.get_args(field.type))
    for check in parts(field.validator):
        if isinstance(check, OneOf):
            return frozenset(written(v) for v in check.values)
    return None


@cache
def tag_of(members: tuple[type, ...]) -> Tag:
    """The tag of a union of records; ``NoTag`` when no field tells the members apart."""
    for candidate in attrs.fields(members[0]):
        by_value: dict[Any, type] = {}
        for member in members:
            field = attrs.fields_dict(member).get(candidate.name)
            accepted = None if field is None else _accepted(field)
            if accepted is None or accepted & by_value.keys():
                break
            by_value.update(dict.fromkeys(sorted(accepted, key=str), member))
        else:
            return Tag(field=candidate.name, members=by_value)
    names = ", ".join(m.__name__ for m in members)
    raise NoTag(
        f"the union of {names} has no tag: give each member a field of the same name typed"
        " Literal[...], or checked by OneOf(...), with values no other member uses"
    )

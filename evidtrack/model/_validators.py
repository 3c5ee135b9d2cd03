"""Validators shared by the model's fields (attrs validators: they raise ``ValueError``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs

#: Record ids: readable slugs, stable across files, safe in URLs and file names.
ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
_ID_RE: Final = re.compile(ID_PATTERN)


class InvalidField(ValueError):
    """A field's value breaks its validator; ``field`` names it so errors can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@attrs.frozen
class CrossField:
    """A validator that reads other fields of its record, with the constraint in words.

    ``says`` is shown on the reference pages beside each of ``fields``: the rule is declared
    once, here, and read by the loader (as a validator) and by the docs (as a sentence).
    """

    says: str
    fields: tuple[str, ...]
    check: Callable[[Any, attrs.Attribute[Any], Any], None]

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        self.check(instance, attribute, value)


def field_validators(attribute: attrs.Attribute[Any]) -> Iterator[Callable[..., Any]]:
    """The validators of a field, a list (attrs' ``and_``) taken apart."""
    pending: list[Any] = [attribute.validator] if attribute.validator is not None else []
    while pending:
        validator = pending.pop(0)
        # attrs keeps the parts of ``validator=[a, b]`` in ``_validators``; no public accessor.
        parts = getattr(validator, "_validators", None)
        if parts is not None:
            pending[:0] = list(parts)
        else:
            yield validator


def cross_field_constraints(cls: type) -> tuple[CrossField, ...]:
    """The cross-field constraints declared on the fields of an attrs class, in field order."""
    found: list[CrossField] = []
    for field in attrs.fields(cls):
        for each in field_validators(field):
            if isinstance(each, CrossField) and each not in found:
                found.append(each)
    return tuple(found)


def _check_id(value: str, what: str) -> None:
    if not _ID_RE.fullmatch(value):
        raise InvalidField(
            what,
            f"{what} {value!r} is not a valid id: use letters, digits, '.', '_', ':' or '-',"
            " starting with a letter or digit (at most 128 characters)",
        )


def is_id(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """A record id or a reference to one."""
    _check_id(value, attribute.name)


def is_optional_id(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _check_id(value, attribute.name)


def are_ids(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        _check_id(item, attribute.name)


def not_blank(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Text a reader relies on: empty or whitespace-only would hide a missing fact."""
    if not value.strip():
        raise InvalidField(attribute.name, f"{attribute.name} must not be empty")


def optional_not_blank(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not value.strip():
        raise InvalidField(
            attribute.name, f"{attribute.name} must not be empty: leave the key out instead"
        )


def no_blank_items(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        if not item.strip():
            raise InvalidField(attribute.name, f"{attribute.name} must not hold empty strings")


def unique_items(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    seen: set[Any] = set()
    for item in value:
        if item in seen:
            raise InvalidField(attribute.name, f"{attribute.name} lists {item!r} twice")
        seen.add(item)


def matches(pattern: str, hint: str) -> Callable[[Any, attrs.Attribute[Any], str | None], None]:
    compiled = re.compile(pattern)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and not compiled.fullmatch(value):
            raise InvalidField(attribute.name, f"{attribute.name} {value!r} {hint}")

    return check

"""The model's validators: small frozen callables whose parameters other tools read.

Each check is an attrs validator (called with the instance, the field and the value; it raises
``InvalidField``) and a plain record of what it checks: the JSON Schema generator and the docs
reference read ``Matches.pattern`` or ``InRange.minimum`` from the very object that does the
checking, so a pattern or a bound is written once. A field carries one check; ``All`` joins
several, and ``parts`` takes them apart again.

Every check lets ``None`` pass: whether a field may be null is its type's business, and the
converter enforces it before any validator runs.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Final, Protocol

import attrs

#: Record ids: readable slugs, stable across files, safe in URLs and file names.
ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
#: ISO 3166-1 alpha-3 country codes: a state, a flag.
COUNTRY_CODE_PATTERN: Final = r"^[A-Z]{3}$"
#: The code list country codes come from (``doc(standard=...)``: messages look values up in it).
ISO_3166_ALPHA_3: Final = "ISO 3166-1 alpha-3"


class InvalidField(ValueError):
    """A field's value breaks its validator; ``field`` (and ``index`` in a list) say where."""

    def __init__(self, field: str, message: str, index: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.index = index

    @property
    def path(self) -> tuple[str | int, ...]:
        """The field, then the index of the list item at fault, if any."""
        return (self.field,) if self.index is None else (self.field, self.index)


class Check(Protocol):
    """What a field's validator is: attrs calls it with the instance, the field and the value."""

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None: ...


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@attrs.frozen
class Matches:
    """Text that the regular expression matches as a whole; ``hint`` says what is expected."""

    pattern: str
    hint: str
    #: The compiled pattern's fullmatch, found once: the check runs on every id of every record.
    #: fullmatch, not the pattern's own "$": in Python "$" also matches before a final "\n".
    fullmatch: Callable[[str], re.Match[str] | None] = attrs.field(init=False, eq=False, repr=False)

    @fullmatch.default
    def _fullmatch(self) -> Callable[[str], re.Match[str] | None]:
        return _compiled(self.pattern).fullmatch

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and self.fullmatch(value) is None:
            raise InvalidField(attribute.name, f"{attribute.name} {value!r} {self.hint}")


@attrs.frozen
class NotBlank:
    """Text a reader relies on: empty or whitespace-only text would hide a missing fact."""

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not value.strip():
            leave_out = ": leave the key out instead" if attribute.default is None else ""
            raise InvalidField(attribute.name, f"{attribute.name} must not be empty{leave_out}")


@attrs.frozen
class InRange:
    """A number within inclusive bounds, either of them open; ``hint`` says it in other words."""

    minimum: float | None = None
    maximum: float | None = None
    hint: str | None = None

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        low, high = self.minimum, self.maximum
        if (low is None or low <= value) and (high is None or value <= high):
            return
        if self.hint is not None:
            said = self.hint
        elif high is None:
            said = "must not be negative" if low == 0 else f"is less than {low}"
        elif low is None:
            said = f"is more than {high}"
        else:
            said = f"is outside {low}..{high}"
        raise InvalidField(attribute.name, f"{attribute.name} {value} {said}")


@attrs.frozen
class OneOf:
    """A choice narrowed to some values of its enumeration (a statement's kinds, say)."""

    values: frozenset[Any]

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and value not in self.values:
            allowed = ", ".join(sorted(str(v) for v in self.values))
            said = f"{attribute.name} {str(value)!r} is not allowed here: use {allowed}"
            raise InvalidField(attribute.name, said)


@attrs.frozen
class Each:
    """A check applied to every item of a list; a failure points at the item."""

    check: Check

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not value:
            return
        check = self.check
        if type(check) is Matches:
            # A list of ids, as most lists are: matched here, without a call per item; the
            # first item that fails is checked below, to say why.
            fullmatch = check.fullmatch
            if all(item is None or fullmatch(item) is not None for item in value):
                return
        for index, item in enumerate(value):
            try:
                check(instance, attribute, item)
            except InvalidField as exc:
                raise InvalidField(attribute.name, str(exc), index) from None


@attrs.frozen
class Unique:
    """A list that names each value once."""

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not value or (type(value) is tuple and len(set(value)) == len(value)):
            return  # each once, as nearly always; else the first repeat is found below
        seen: set[Any] = set()
        for index, item in enumerate(value):
            if item in seen:
                raise InvalidField(attribute.name, f"{attribute.name} lists {item!r} twice", index)
            seen.add(item)


@attrs.frozen
class NotEmpty:
    """A list that holds at least one item."""

    what: str

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not value:
            raise InvalidField(attribute.name, f"{attribute.name} needs at least one {self.what}")


@attrs.frozen
class AnyOf:
    """At least one of several fields is given (checked on the last of them, once all are set).

    ``says`` is the constraint in words, shown on the reference pages beside each field;
    ``message`` tells a user who broke it what to add.
    """

    fields: tuple[str, ...]
    says: str
    message: str

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if all(getattr(instance, name) is None for name in self.fields):
            raise InvalidField(attribute.name, self.message)


@attrs.frozen
class When:
    """``check`` applies only while the field ``field`` holds one of ``values``; ``says`` it."""

    field: str
    values: frozenset[Any]
    check: Check
    says: str

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if getattr(instance, self.field) in self.values:
            self.check(instance, attribute, value)


@attrs.frozen
class All:
    """Several checks on one field, in order."""

    checks: tuple[Check, ...]
    #: The checks with any ``All`` inside taken apart, in order: one loop runs them all.
    flat: tuple[Check, ...] = attrs.field(init=False, eq=False, repr=False)

    #: Whether every check is one that an empty list (or None) passes: lists of ids, mostly.
    passes_empty: bool = attrs.field(init=False, eq=False, repr=False)

    @flat.default
    def _flat(self) -> tuple[Check, ...]:
        return tuple(parts(self))

    @passes_empty.default
    def _passes_empty(self) -> bool:
        return all(type(check) in (Each, Unique) for check in self.flat)

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not value and self.passes_empty:
            return  # most lists of a record are empty: nothing for Each or Unique to check
        for check in self.flat:
            check(instance, attribute, value)


@attrs.frozen
class DayExists:
    """The day of a partial date exists in its month (a pattern cannot know February)."""

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if instance.month is None:
            raise InvalidField("day", "a day needs a month")
        last = calendar.monthrange(instance.year, instance.month)[1]
        if not 1 <= value <= last:
            raise InvalidField(
                "day",
                f"{instance.year:04d}-{instance.month:02d} has no day {value} (it has {last} days)",
            )


@attrs.frozen
class Needs:
    """A part of a partial date that needs a less precise part (a minute needs its hour)."""

    previous: str

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and getattr(instance, self.previous) is None:
            raise InvalidField(attribute.name, f"{attribute.name} needs {self.previous}")


@attrs.frozen
class CrossField:
    """A constraint across fields of one record, in words: what the reference pages show."""

    says: str
    fields: tuple[str, ...]


def cross_field_constraints(cls: type) -> tuple[CrossField, ...]:
    """The constraints across fields declared on an attrs class's fields, in field order."""
    found: list[CrossField] = []
    for attribute in attrs.fields(cls):
        for check in parts(attribute.validator):
            if isinstance(check, AnyOf):
                together = CrossField(says=check.says, fields=check.fields)
            elif isinstance(check, When):
                together = CrossField(says=check.says, fields=(check.field, attribute.name))
            else:
                continue
            if together not in found:
                found.append(together)
    return tuple(found)


def checks(*parts: Check) -> Check:
    """One check for a field from several (``All`` when there are more than one)."""
    return parts[0] if len(parts) == 1 else All(parts)


def parts(check: Any) -> Iterator[Any]:
    """The checks inside a field's validator, ``All`` taken apart (None for no validator)."""
    if isinstance(check, All):
        for inner in check.checks:
            yield from parts(inner)
    elif check is not None:
        yield check


#: The checks fields share, so that each hint is written once.
IS_ID: Final = Matches(
    ID_PATTERN,
    "is not a valid id: use letters, digits, '.', '_', ':' or '-', starting with a letter or"
    " digit (at most 128 characters)",
)
ARE_IDS: Final = Each(IS_ID)
UNIQUE_IDS: Final = checks(ARE_IDS, Unique())
NOT_BLANK: Final = NotBlank()
NO_BLANK_ITEMS: Final = Each(NOT_BLANK)
IS_COUNTRY_CODE: Final = Matches(
    COUNTRY_CODE_PATTERN, "is not an ISO 3166-1 alpha-3 code such as 'PRK'"
)

"""Field metadata helpers: the one place a field's description, example and vocabulary live.

The JSON Schema generator, the docs reference pages and the converter's error messages all read
these keys, so a field is documented once, where it is declared. What a field's value must be
(a pattern, a range) is said by its validator (``evidtrack.model._validators``), not here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final, TypeVar

from evidtrack.model.record_kind import RecordKind

DESCRIPTION: Final = "evidtrack.description"
EXAMPLE: Final = "evidtrack.example"
REFERENCE: Final = "evidtrack.reference"
HOLDS: Final = "evidtrack.holds"
#: The published code list a field's values come from ("ISO 3166-1 alpha-3"): error messages
#: look a wrong value up in it (outside the model: the list is data to read).
STANDARD: Final = "evidtrack.standard"
#: Where an enumeration keeps the words users write for its values (``also_written``).
_SYNONYMS: Final = "_evidtrack_synonyms"

E = TypeVar("E", bound=type[Enum])
NAMES: Final = "evidtrack.names"
URL: Final = "evidtrack.url"


def doc(
    description: str,
    *,
    example: Any = None,
    references: RecordKind | tuple[RecordKind, ...] | None = None,
    holds: RecordKind | None = None,
    standard: str | None = None,
    names: type[Enum] | None = None,
    url: bool = False,
) -> Mapping[str, Any]:
    """Build the ``metadata`` mapping of an ``attrs.field``.

    ``references`` names the kinds of record an id field may point at, kept as a tuple, so
    reference checks and docs know them without a second table; ``holds`` names the kind of
    record a list of the dataset holds; ``standard`` the code list a value comes from;
    ``names`` an enumeration whose members are names for fixed values of a number field
    (``Directness.DIRECT`` for 1.0), each with a ``number``; ``url`` marks a web address,
    whose scheme a rule checks.
    """
    meta: dict[str, Any] = {DESCRIPTION: description}
    if example is not None:
        meta[EXAMPLE] = example
    if references is not None:
        meta[REFERENCE] = references if isinstance(references, tuple) else (references,)
    if holds is not None:
        meta[HOLDS] = holds
    if standard is not None:
        meta[STANDARD] = standard
    if names is not None:
        meta[NAMES] = names
    if url:
        meta[URL] = True
    return meta


def referenced_kinds(metadata: Mapping[str, Any]) -> tuple[RecordKind, ...]:
    """The kinds of record a field's ids may name; empty for a field that names none."""
    kinds: tuple[RecordKind, ...] = metadata.get(REFERENCE, ())
    return kinds


def also_written(words: Mapping[str, str]) -> Callable[[E], E]:
    """Declare, on an enumeration, the words users write for its values.

    ``@also_written({"accuser_aligned": "ally"})``: an error about a value that is not allowed
    suggests the value the word means, where spelling alone would suggest its opposite
    ("accuser"). Keys are written in lower case with underscores; each value must be one of the
    enumeration's (checked when the class is made).
    """

    def mark(enum: E) -> E:
        allowed = {str(member.value) for member in enum}
        wrong = sorted(set(words.values()) - allowed)
        if wrong:
            raise ValueError(f"{enum.__name__} has no value {wrong[0]!r}")
        setattr(enum, _SYNONYMS, dict(words))
        return enum

    return mark


def synonyms_of(enum: type[Enum]) -> Mapping[str, str]:
    """The words declared with ``also_written`` for an enumeration, or none."""
    words: Mapping[str, str] = getattr(enum, _SYNONYMS, {})
    return words

"""Test helpers: the model classes an evidence file can hold, and the generated schema."""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator
from enum import Enum
from types import NoneType, UnionType
from typing import Any

import attrs
from jsonschema import Draft7Validator, Draft202012Validator

from evidtrack.model import Dataset, DateRange, PartialDate
from evidtrack.model._tagged import record_members
from evidtrack.schema import evidence_file_schema


def unwrap(tp: Any) -> tuple[Any, bool]:
    """``X | None`` -> (X, True); anything else -> (itself, False)."""
    if typing.get_origin(tp) in (typing.Union, UnionType):
        args = typing.get_args(tp)
        rest = [a for a in args if a is not NoneType]
        if len(rest) == 1:
            return rest[0], NoneType in args
    return tp, False


def element(tp: Any) -> Any | None:
    """The element type of ``tuple[X, ...]``, or None for any other type."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


#: attrs classes written as one YAML scalar (text), not as a mapping.
WRITTEN_AS_TEXT = (PartialDate, DateRange)


def is_record(tp: Any) -> bool:
    """A type written as a YAML mapping (dates and date ranges are written as text)."""
    return attrs.has(tp) and tp not in WRITTEN_AS_TEXT


def model_types(root: type = Dataset) -> Iterator[type]:
    """Every record class and enumeration reachable from ``root``, each once, root first."""
    seen: set[type] = set()
    pending: list[Any] = [root]
    while pending:
        tp = pending.pop(0)
        if tp in seen:
            continue
        seen.add(tp)
        yield tp
        if is_record(tp):
            for field in attrs.fields(tp):
                base, _ = unwrap(field.type)
                inner = element(base)
                held = inner if inner is not None else base
                pending.extend(record_members(held) or (held,))


def record_classes() -> list[type]:
    return [tp for tp in model_types() if is_record(tp)]


def enum_classes() -> list[type[Enum]]:
    return [tp for tp in model_types() if isinstance(tp, type) and issubclass(tp, Enum)]


@functools.cache
def schema() -> dict[str, Any]:
    return evidence_file_schema()


@functools.cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def schema_accepts(value: Any) -> bool:
    return validator().is_valid(value)


@functools.cache
def draft7_validator() -> Draft7Validator:
    """The schema read as draft-07, as VS Code's YAML extension validates with."""
    return Draft7Validator(schema())


def draft7_accepts(value: Any) -> bool:
    return draft7_validator().is_valid(value)

"""Turn the converter's exception groups into located findings that say how to fix the value."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterator
from typing import Any

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from yaml.nodes import Node, ScalarNode

from evidtrack.findings import Finding
from evidtrack.loading.codes import LoadCode
from evidtrack.loading.converter import BadChoice, BadDate, WrongType, describe
from evidtrack.loading.locate import PathPart, descend, key_node
from evidtrack.loading.yaml_reader import node_location
from evidtrack.model._fields import DESCRIPTION
from evidtrack.model._validators import InvalidField

Path = tuple[PathPart, ...]


def flatten(exc: BaseException, path: Path = ()) -> Iterator[tuple[Path, BaseException]]:
    """Each leaf error of a cattrs exception group, with the path of the value it is about."""
    if isinstance(exc, IterableValidationError):
        indexed, without = exc.group_exceptions()
        for sub, index_note in indexed:
            yield from flatten(sub, (*path, index_note.index))
        for sub in without:
            yield from flatten(sub, path)
    elif isinstance(exc, ClassValidationError):
        named, rest = exc.group_exceptions()
        for sub, name_note in named:
            yield from flatten(sub, (*path, name_note.name))
        for sub in rest:
            yield from flatten(sub, path)
    elif isinstance(exc, InvalidField):
        # Raised by an attrs validator in __init__: cattrs cannot tell which field it was.
        yield (*path, exc.field), exc
    else:
        yield path, exc


def _attribute_at(cls: type, path: Path) -> attrs.Attribute[Any] | None:
    """The attrs field a path ends on, following attrs classes, tuples and optionals."""
    tp: Any = cls
    attribute: attrs.Attribute[Any] | None = None
    for part in path:
        tp = _unwrap(tp)
        if isinstance(part, int):
            args = typing.get_args(tp)
            tp = args[0] if args else Any
            continue
        if not attrs.has(tp):
            return None
        attribute = attrs.fields_dict(tp).get(part)
        if attribute is None:
            return None
        tp = attribute.type
    return attribute


def _class_at(cls: type, path: Path) -> type | None:
    if not path:
        return cls
    attribute = _attribute_at(cls, path)
    if attribute is None:
        return None
    tp = _unwrap(attribute.type)
    return tp if isinstance(tp, type) and attrs.has(tp) else None


def _unwrap(tp: Any) -> Any:
    """``X | None`` -> X; ``tuple[X, ...]`` stays (indices step into it)."""
    args = typing.get_args(tp)
    if args and type(None) in args and typing.get_origin(tp) is not tuple:
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return tp


def _dotted(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the record"


def _suggest(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _quote_hint(node: Node) -> str:
    if isinstance(node, ScalarNode) and node.style == "":
        written = node.value.replace("'", "''")
        return f"; to keep it as text, write it in quotes: '{written}'"
    return ""


def to_findings(
    exc: BaseException, cls: type, file: str, record_node: Node, base: Path
) -> list[Finding]:
    """Findings for one failed ``converter.structure(value, cls)`` of the record at ``base``."""
    findings: list[Finding] = []
    for path, error in flatten(exc):
        where = _dotted((*base, *path))
        node = descend(record_node, path)
        location = node_location(file, node)
        if isinstance(error, ForbiddenExtraKeysError):
            owner = _class_at(cls, path)
            allowed = sorted(attrs.fields_dict(owner)) if owner is not None else []
            for extra in sorted(map(str, error.extra_fields)):
                key = key_node(node, extra)
                findings.append(
                    Finding(
                        code=LoadCode.UNKNOWN_KEY,
                        message=f"unknown key {extra!r} in {where}{_suggest(extra, allowed)}"
                        f" (allowed: {', '.join(allowed)})",
                        location=node_location(file, key) if key is not None else location,
                    )
                )
            continue
        if isinstance(error, KeyError):
            attribute = _attribute_at(cls, path)
            about = f": {attribute.metadata[DESCRIPTION]}" if attribute is not None else ""
            findings.append(
                Finding(
                    code=LoadCode.MISSING_KEY,
                    message=f"missing required key {path[-1]!r} in {_dotted((*base, *path[:-1]))}"
                    f"{about}",
                    location=location,
                )
            )
        elif isinstance(error, WrongType):
            hint = _quote_hint(node) if error.expected.startswith(("text", "a date")) else ""
            findings.append(
                Finding(
                    code=LoadCode.WRONG_TYPE,
                    message=f"{where}: expected {error.expected}, got"
                    f" {_describe_written(node, error)}{hint}",
                    location=location,
                )
            )
        elif isinstance(error, BadChoice):
            findings.append(
                Finding(
                    code=LoadCode.BAD_CHOICE,
                    message=f"{where}: {error.value!r} is not allowed; use one of"
                    f" {', '.join(error.choices)}{_suggest(str(error.value), error.choices)}",
                    location=location,
                )
            )
        elif isinstance(error, BadDate):
            findings.append(
                Finding(code=LoadCode.BAD_DATE, message=f"{where}: {error}", location=location)
            )
        elif isinstance(error, ValueError | TypeError):
            findings.append(
                Finding(code=LoadCode.INVALID_VALUE, message=f"{where}: {error}", location=location)
            )
        else:
            raise error  # a programming error, not the user's
    return findings


def _describe_written(node: Node, error: WrongType) -> str:
    described = describe(error.value)
    if isinstance(node, ScalarNode) and node.style == "" and str(error.value) != node.value:
        return f"{described} (written {node.value})"
    return described

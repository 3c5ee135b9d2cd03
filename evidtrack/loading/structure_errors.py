"""Turn the converter's exception groups into located findings that say how to fix the value."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from yaml.nodes import Node, ScalarNode

from evidtrack.findings import Finding
from evidtrack.loading.codes import LoadCode
from evidtrack.loading.converter import (
    BadChoiceError,
    BadDateError,
    UnknownKeyError,
    WrongTypeError,
    describe,
)
from evidtrack.loading.hints import meant_choice, standard_hint
from evidtrack.loading.locate import PathPart, descend, key_node
from evidtrack.loading.yaml_reader import node_location, resolve_plain
from evidtrack.model._fields import DESCRIPTION, STANDARD
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
        yield (*path, *exc.path), exc
    else:
        yield path, exc


def _type_at(cls: type, path: Path) -> Any:
    """The declared type at ``path``, stepping into attrs fields, tuple items, mapping values."""
    tp: Any = cls
    for part in path:
        tp = _unwrap(tp)
        args = typing.get_args(tp)
        if typing.get_origin(tp) in (Mapping, dict) and len(args) == 2:
            tp = args[1]
        elif isinstance(part, int):
            tp = args[0] if args else Any
        elif attrs.has(tp) and part in attrs.fields_dict(tp):
            tp = attrs.fields_dict(tp)[part].type
        else:
            return Any
    return _unwrap(tp)


def _attribute_at(cls: type, path: Path) -> attrs.Attribute[Any] | None:
    """The attrs field a path ends on (the last name in it), or None."""
    names = [i for i, part in enumerate(path) if isinstance(part, str)]
    if not names:
        return None
    last = names[-1]
    owner = _type_at(cls, path[:last])
    if not (isinstance(owner, type) and attrs.has(owner)):
        return None
    return attrs.fields_dict(owner).get(str(path[last]))


def _class_at(cls: type, path: Path) -> type | None:
    """The attrs class of the value at ``path`` (a record, or one nested in a list of them)."""
    tp = _type_at(cls, path)
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


def _is_empty(node: Node) -> bool:
    """Nothing written after the key (``quote:``): an empty plain value, read as null."""
    return isinstance(node, ScalarNode) and node.style == "" and node.value == ""


#: What to write, by what the converter expected (``WrongTypeError.expected`` starts with these).
_WHAT_TO_WRITE: Final = {
    "text": "the text",
    "an integer": "a whole number",
    "a number": "a number",
    "true or false": "true or false",
    "a date": "a date such as 2024-01 or 2024-01-10",
    "a list": "a list (one '- ' item a line, or [a, b])",
    "a mapping": "its keys, indented below it",
}


def _wrong_type_message(
    where: str,
    node: Node,
    error: WrongTypeError,
    path: Path,
    attribute: attrs.Attribute[Any] | None,
) -> str:
    """The message of a value of the wrong type, with what to type instead."""
    if error.value is None and _is_empty(node):
        what = next(
            (say for start, say in _WHAT_TO_WRITE.items() if error.expected.startswith(start)),
            error.expected,
        )
        field = path[-1] if path else "id"
        optional = attribute is not None and attribute.default is not attrs.NOTHING
        return f"{where} is empty: write {what} after '{field}:'" + (
            ", or leave the key out" if optional else ""
        )
    hint = ""
    if error.expected.startswith(("text", "a date")):
        hint = _quote_hint(node)
    elif isinstance(error.value, str) and isinstance(node, ScalarNode) and node.style != "":
        # "2" written in quotes where a number belongs, or "true" where a boolean does.
        unquoted = resolve_plain(error.value.strip())
        expected_kind: dict[str, type | tuple[type, ...]] = {
            "an integer": int,
            "a number": (int, float),
            "true or false": bool,
        }
        wanted = expected_kind.get(error.expected)
        # bool is an int in Python: "true" must not be offered where a number belongs.
        if (
            wanted is not None
            and isinstance(unquoted, wanted)
            and (wanted is bool) == isinstance(unquoted, bool)
        ):
            hint = f"; write it without quotes: {error.value.strip()}"
    return f"{where}: expected {error.expected}, got {_describe_written(node, error)}{hint}"


def to_findings(
    exc: BaseException, cls: type, file: str, record_node: Node, base: Path
) -> list[Finding]:
    """Findings for one failed ``converter.structure(value, cls)`` of the record at ``base``."""
    leaves = list(flatten(exc))
    renamed = _renamed_keys(cls, leaves)
    findings: list[Finding] = []
    for path, error in leaves:
        where = _dotted((*base, *path))
        node = descend(record_node, path)
        location = node_location(file, node)
        if isinstance(error, ForbiddenExtraKeysError):
            owner = _class_at(cls, path)
            allowed = sorted(attrs.fields_dict(owner)) if owner is not None else []
            for extra in sorted(map(str, error.extra_fields)):
                key = key_node(node, extra)
                meant = renamed.get((path, extra), ((), ""))[1]
                hint = (
                    f": did you mean {meant!r}? ({meant} is required: {_about(owner, meant)})"
                    if meant
                    else f"{_suggest(extra, allowed)} (allowed: {', '.join(allowed)})"
                )
                findings.append(
                    Finding(
                        code=LoadCode.UNKNOWN_KEY,
                        message=f"unknown key {extra!r} in {where}{hint}",
                        location=node_location(file, key) if key is not None else location,
                    )
                )
            continue
        if isinstance(error, UnknownKeyError):
            parent = descend(record_node, path[:-1])
            key = key_node(parent, str(error.value))
            findings.append(
                Finding(
                    code=LoadCode.UNKNOWN_KEY,
                    message=f"unknown key {error.value!r} in {_dotted((*base, *path[:-1]))}"
                    f"{_suggest(str(error.value), error.choices)}"
                    f" (allowed: {', '.join(error.choices)})",
                    location=node_location(file, key) if key is not None else location,
                )
            )
            continue
        if isinstance(error, KeyError):
            if (path[:-1], str(path[-1])) in renamed.values():
                continue  # told with the unknown key that was meant to be it
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
        elif isinstance(error, WrongTypeError):
            findings.append(
                Finding(
                    code=LoadCode.WRONG_TYPE,
                    message=_wrong_type_message(where, node, error, path, _attribute_at(cls, path)),
                    location=location,
                )
            )
        elif isinstance(error, BadChoiceError):
            choice = meant_choice(error.enum, error.value)
            findings.append(
                Finding(
                    code=LoadCode.BAD_CHOICE,
                    message=f"{where}: {error.value!r} is not allowed; use one of"
                    f" {', '.join(error.choices)}"
                    + (
                        f"; did you mean {choice!r}?"
                        if choice is not None
                        else "; if none fits, write other and say what in the description"
                        if "other" in error.choices
                        else ""
                    ),
                    location=location,
                )
            )
        elif isinstance(error, BadDateError):
            findings.append(
                Finding(code=LoadCode.BAD_DATE, message=f"{where}: {error}", location=location)
            )
        elif isinstance(error, ValueError | TypeError):
            attribute = _attribute_at(cls, path)
            standard = attribute.metadata.get(STANDARD) if attribute is not None else None
            value = node.value if isinstance(node, ScalarNode) else None
            hint = standard_hint(standard, value) if standard is not None else ""
            findings.append(
                Finding(
                    code=LoadCode.INVALID_VALUE,
                    message=f"{where}: {error}{hint}",
                    location=location,
                )
            )
        else:
            raise error  # a programming error, not the user's
    return findings


def _renamed_keys(
    cls: type, leaves: list[tuple[Path, BaseException]]
) -> dict[tuple[Path, str], tuple[Path, str]]:
    """Unknown keys that stand for a missing required one: ``type:`` written for ``kind:``.

    Paired in one mapping when the spelling is close, or when one key is unknown and one is
    missing there: then one finding says "did you mean 'kind'?", instead of two unlinked ones.
    Returns (mapping path, unknown key) -> (mapping path, missing key).
    """
    unknown: dict[Path, list[str]] = {}
    missing: dict[Path, list[str]] = {}
    for path, error in leaves:
        if isinstance(error, ForbiddenExtraKeysError):
            unknown.setdefault(path, []).extend(sorted(map(str, error.extra_fields)))
        elif isinstance(error, KeyError) and path:
            missing.setdefault(path[:-1], []).append(str(path[-1]))
    pairs: dict[tuple[Path, str], tuple[Path, str]] = {}
    for owner, extras in unknown.items():
        wanted = list(missing.get(owner, []))
        for extra in extras:
            close = difflib.get_close_matches(extra, wanted, n=1)
            if close:
                pairs[owner, extra] = (owner, close[0])
                wanted.remove(close[0])
        left = [extra for extra in extras if (owner, extra) not in pairs]
        if len(left) == 1 and len(wanted) == 1:
            pairs[owner, left[0]] = (owner, wanted[0])
    return pairs


def _about(owner: type | None, key: str) -> str:
    if owner is None or key not in attrs.fields_dict(owner):
        return ""
    description: str = attrs.fields_dict(owner)[key].metadata.get(DESCRIPTION, "")
    return description


def _describe_written(node: Node, error: WrongTypeError) -> str:
    described = describe(error.value)
    if isinstance(node, ScalarNode) and node.style == "" and str(error.value) != node.value:
        return f"{described} (written {node.value})"
    return described

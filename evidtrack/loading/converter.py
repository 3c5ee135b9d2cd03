"""The one cattrs converter between plain YAML values and the model.

Strict by design: cattrs' default hooks would turn ``False`` into ``"False"`` and ``"7"`` into 7,
and accept a string where a list belongs (``"abc"`` -> ``("a", "b", "c")``). Here every
primitive must arrive with its own type, unknown keys are errors, and dates are parsed by
``PartialDate.parse`` alone.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Mapping
from enum import Enum, IntEnum, StrEnum
from functools import cache
from types import NoneType, UnionType
from typing import Any, Final, cast

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from evidtrack.model import DateRange, PartialDate
from evidtrack.model._fields import NAMES
from evidtrack.model._tagged import Tag, record_members, tag_of
from evidtrack.model.dataset import Dataset

_JSON_TYPES: Final = {
    str: "text",
    int: "an integer",
    float: "a number",
    bool: "true or false",
}


class WrongTypeError(TypeError):
    """A value of the wrong YAML type; ``expected`` says what belongs there."""

    def __init__(self, expected: str, value: Any) -> None:
        super().__init__(f"expected {expected}, got {describe(value)}")
        self.expected = expected
        self.value = value


class BadChoiceError(ValueError):
    """A value outside an enumeration."""

    def __init__(self, choices: tuple[str, ...], value: Any, enum: type[Enum]) -> None:
        super().__init__(f"{value!r} is not one of {', '.join(choices)}")
        self.choices = choices
        self.value = value
        self.enum = enum


class UnknownKeyError(ValueError):
    """A key of a mapping outside its vocabulary (a table of weights by kind, say)."""

    def __init__(self, choices: tuple[str, ...], value: Any) -> None:
        super().__init__(f"unknown key {value!r}")
        self.choices = choices
        self.value = value


class BadDateError(ValueError):
    """Text that is not a valid partial date."""


def describe(value: Any) -> str:
    """How a YAML value reads to a user: 'integer 10', 'a mapping', 'null'."""
    if value is None:
        return "null (an empty value)"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value}"
    if isinstance(value, str):
        return f"text {value!r}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _strict(kind: type) -> Callable[[Any, Any], Any]:
    expected = _JSON_TYPES[kind]

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise WrongTypeError(expected, value)
        return value

    return structure


def _structure_float(value: Any, _: Any) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise WrongTypeError("a number", value)


def _structure_date(value: Any, _: Any) -> PartialDate:
    if type(value) is not str:
        raise WrongTypeError("a date written as text, such as '2024-01' or '2024-01-10'", value)
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise BadDateError(str(exc)) from None


def _structure_range(value: Any, _: Any) -> DateRange:
    if type(value) is not str:
        raise WrongTypeError(
            "a date or a range written as text, such as '2024-01-10' or '2024-01-05/2024-01-06'",
            value,
        )
    try:
        return DateRange.parse(value)
    except ValueError as exc:
        raise BadDateError(str(exc)) from None


def _named_number(names: type[Enum], optional: bool) -> Callable[[Any, Any], Any]:
    """A number, or the name of a fixed value (``direct`` for 1.0): the name becomes its number."""
    numbers = {member.value: float(getattr(member, "number")) for member in names}  # noqa: B009
    choices = tuple(numbers)
    expected = f"a number, or one of {', '.join(choices)}"

    def structure(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if type(value) is str:
            if value not in numbers:
                raise BadChoiceError(choices, value, names)
            return numbers[value]
        if type(value) in (int, float):
            return float(value)
        raise WrongTypeError(expected, value)

    return structure


def _at(name: str, tp: Any, error: Exception) -> ClassValidationError:
    """An error about the field ``name`` of a value of type ``tp``, located as cattrs locates."""
    error.__notes__ = [AttributeValidationNote(f"Structuring {tp} @ attribute {name}", name, tp)]
    return ClassValidationError(f"While structuring {tp}", [error], tp)


def _tag_value(value: dict[Any, Any], field: str) -> Any:
    """The tag a mapping writes, or None when it writes none a tag could be (a list, say)."""
    written = value.get(field)
    return written if isinstance(written, str | int) else None


def record_class(tp: Any, value: Any) -> Any:
    """The member of a tagged union of records that ``value`` names by its tag; else ``tp``."""
    tag = _tag(tp)
    if tag is None or type(value) is not dict:
        return tp
    return tag.members.get(_tag_value(value, tag.field), tp)


@cache
def _tag(tp: Any) -> Tag | None:
    """The tag of a union of records (None for another type): asked once per type, as a
    union's members and tag do not change."""
    members = record_members(tp)
    return None if members is None else tag_of(members)


def _enum_hook(enum: type[Enum]) -> Callable[[Any, Any], Any]:
    by_value = {member.value: member for member in enum}
    choices = tuple(str(v) for v in by_value)
    value_type = type(next(iter(by_value)))

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not value_type:
            raise WrongTypeError(
                f"one of {', '.join(choices)}" if value_type is str else _JSON_TYPES[value_type],
                value,
            )
        try:
            return by_value[value]
        except KeyError:
            raise BadChoiceError(choices, value, enum) from None

    return structure


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


def _optional_of(tp: Any) -> Any:
    """The type ``X`` of ``X | None`` (a union of records excepted), or None for another type."""
    if typing.get_origin(tp) not in (typing.Union, UnionType):
        return None
    args = typing.get_args(tp)
    if len(args) != 2 or NoneType not in args or record_members(tp) is not None:
        return None
    return args[0] if args[1] is NoneType else args[1]


def _is_mapping(tp: Any) -> bool:
    return typing.get_origin(tp) in (Mapping, dict) and len(typing.get_args(tp)) == 2


def _key_as_written(key: Any, key_type: Any) -> Any:
    """A key as its type reads it: a TOML key is always text, so '1' is the integer key 1."""
    numbered = isinstance(key_type, type) and issubclass(key_type, int)
    return int(key) if numbered and type(key) is str and key.isdecimal() else key


def _each(tp: Any, parts: Iterable[tuple[Any, Any]], structure: Callable[[Any], Any]) -> list[Any]:
    """Each part structured; every failure collected with its index or key, raised as a group."""
    out: list[Any] = []
    errors: list[Exception] = []
    for index, part in parts:
        try:
            out.append(structure(part))
        except Exception as exc:  # noqa: BLE001  (collected, re-raised as a group)
            exc.__notes__ = [
                *getattr(exc, "__notes__", []),
                cattrs.IterableValidationNote(f"Structuring {tp} @ index {index!r}", index, tp),
            ]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
    return out


def _fast_structure(
    cls: type, hooks: Mapping[str, Callable[[Any, Any], Any]], inline: frozenset[str]
) -> Callable[[dict[Any, Any]], Any] | None:
    """A structure function for ``cls`` that only reads well-formed mappings (None when the
    class has fields it does not know how to read).

    Built once per class: each key read, each value of text, a whole number or true/false
    checked inline, every other value given to its field's hook, the instance built (its
    validators run). It raises on anything else (a missing or unknown key, a wrong type, a
    value a validator refuses), and the caller then structures the mapping the general way,
    which says what is wrong: this path decides nothing, it only skips work.
    """
    fields = attrs.fields(cast("Any", cls))
    if any(
        not field.init or field.name.startswith("_") or isinstance(field.default, _FACTORY)
        for field in fields
    ):
        return None
    names: dict[str, Any] = {"cls": cls, "_Slow": _Slow}
    lines = ["def fast(o):", "    present = 0"]
    arguments = []
    for number, field in enumerate(fields):
        value = f"v{number}"
        # Only a field read by the converter's own strict hook (``inline``) is checked here.
        optional = _optional_of(field.type) if field.name in inline else None
        plain = field.type if field.name in inline and field.type in _INLINE else optional
        if field.default is attrs.NOTHING:
            lines.append(f"    {value} = o[{field.name!r}]")
            indent = "    "
        else:
            names[f"d{number}"] = field.default
            lines.append(f"    {value} = d{number}")
            lines.append(f"    if {field.name!r} in o:")
            lines.append("        present += 1")
            lines.append(f"        {value} = o[{field.name!r}]")
            indent = "        "
        if plain in _INLINE and plain is field.type:
            lines.append(f"{indent}if {value}.__class__ is not {plain.__name__}: raise _Slow")
        elif plain in _INLINE:
            lines.append(
                f"{indent}if {value} is not None and {value}.__class__ is not {plain.__name__}:"
                " raise _Slow"
            )
        else:
            names[f"h{number}"] = hooks[field.name]
            names[f"t{number}"] = field.type
            lines.append(f"{indent}{value} = h{number}({value}, t{number})")
        arguments.append(f"{field.name}={value}")
    required = sum(1 for field in fields if field.default is attrs.NOTHING)
    # An unknown key makes the mapping longer than the keys read.
    lines.append(f"    if len(o) != {required} + present: raise _Slow")
    lines.append(f"    return cls({', '.join(arguments)})")
    source = "\n".join(lines)
    exec(compile(source, f"<evidtrack fast structure {cls.__qualname__}>", "exec"), names)
    fast: Callable[[dict[Any, Any]], Any] = names["fast"]
    return fast


#: The types whose values the fast path checks inline, as the strict hooks do.
_INLINE: Final = (str, int, bool)
_FACTORY: Final = cast("type", attrs.Factory)


class _Slow(Exception):
    """A mapping the fast path leaves to the general one."""


def make_converter(*, fast: bool = True) -> cattrs.Converter:
    """Build the converter. Call once; ``converter`` below is the shared instance.

    ``fast=False`` leaves out the path for well-formed records, so that tests can compare it
    with the general one.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    for kind in (str, int, bool):
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(PartialDate, _structure_date)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_structure_hook(DateRange, _structure_range)
    conv.register_unstructure_hook(DateRange, DateRange.isoformat)
    # Class hooks dispatch along the MRO, where StrEnum comes before str: registering the enum
    # bases keeps the strict str/int hooks from swallowing enumerations.
    enum_hooks = cache(_enum_hook)
    for base in (StrEnum, IntEnum):
        conv.register_structure_hook(base, lambda value, tp: enum_hooks(tp)(value, tp))
        conv.register_unstructure_hook(base, lambda member: member.value)

    def hook_of(tp: Any) -> Callable[[Any, Any], Any]:
        """The hook of ``tp``; an enumeration's own, not the one that looks it up each call."""
        return enum_hooks(tp) if _is_enum(tp) else conv.get_structure_hook(tp)

    # cattrs' hook of ``X | None`` looks up the hook of ``X`` on every value; this one once.
    def optional_hook(tp: Any) -> Callable[[Any, Any], Any]:
        inner = _optional_of(tp)
        handler = cache(lambda: hook_of(inner))

        def structure(value: Any, _: Any) -> Any:
            return None if value is None else handler()(value, inner)

        return structure

    def tuple_hook(tp: Any) -> Callable[[Any, Any], Any]:
        element = typing.get_args(tp)[0]
        handler = cache(lambda: hook_of(element))

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise WrongTypeError("a list (one '- ' item a line, or [a, b])", value)
            hook = handler()
            try:
                # Every item well formed, as nearly always: structured in one pass.
                return tuple([hook(item, element) for item in value])
            except Exception:  # noqa: BLE001  (structured again below, every error kept)
                pass
            return tuple(_each(tp, enumerate(value), lambda item: hook(item, element)))

        return structure

    def mapping_hook(tp: Any) -> Callable[[Any, Any], Any]:
        key_type, value_type = typing.get_args(tp)
        keys = cache(lambda: conv.get_structure_hook(key_type))
        values = cache(lambda: conv.get_structure_hook(value_type))

        def structure(value: Any, _: Any) -> dict[Any, Any]:
            if type(value) is not dict:
                raise WrongTypeError("a mapping of keys to values", value)

            def pair(item: tuple[Any, Any]) -> tuple[Any, Any]:
                key, inner = item
                try:
                    structured = keys()(_key_as_written(key, key_type), key_type)
                except (WrongTypeError, BadChoiceError):
                    choices = tuple(str(m.value) for m in key_type) if _is_enum(key_type) else ()
                    raise UnknownKeyError(choices, key) from None
                return structured, values()(inner, value_type)

            return dict(_each(tp, ((key, (key, inner)) for key, inner in value.items()), pair))

        return structure

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook)
    conv.register_structure_hook_factory(lambda tp: _optional_of(tp) is not None, optional_hook)
    conv.register_structure_hook_factory(_is_mapping, mapping_hook)

    # YAML written back leaves out what was left out: defaults are not repeated.
    def unstructure_attrs(cls: type) -> Callable[[Any], dict[str, Any]]:
        overrides: dict[str, Any] = {
            a.name: override(omit_if_default=True) for a in attrs.fields(cls)
        }
        return make_dict_unstructure_fn(cls, conv, **overrides)

    conv.register_unstructure_hook_factory(attrs.has, unstructure_attrs)

    # A union of records reads its tag first and structures the member it names, so that an
    # unknown tag is one finding (not one per member) and the member's own errors come through.
    def structure_union(tp: Any) -> Callable[[Any, Any], Any]:
        members = record_members(tp) or ()
        tag = tag_of(members)
        choices = tuple(str(v) for v in tag.values())
        # The tag's enumeration (a statement's and an observation's kinds are one), for hints.
        tag_enum = cast("type[Enum]", attrs.fields_dict(members[0])[tag.field].type)

        def structure(value: Any, _: Any) -> Any:
            if type(value) is not dict:
                raise WrongTypeError("a mapping of keys to values", value)
            if tag.field not in value:
                raise _at(tag.field, tp, KeyError(tag.field))
            written_tag = value[tag.field]
            if _tag_value(value, tag.field) is None:
                raise _at(
                    tag.field, tp, WrongTypeError(f"one of {', '.join(choices)}", written_tag)
                )
            member = tag.members.get(written_tag)
            if member is None:
                raise _at(tag.field, tp, BadChoiceError(choices, written_tag, tag_enum))
            return conv.structure(value, member)

        return structure

    conv.register_structure_hook_factory(lambda tp: record_members(tp) is not None, structure_union)

    # cattrs' generated hooks assume a mapping; anything else must be the user's type error,
    # not an AttributeError from inside cattrs. A number field with names for fixed values
    # (directness: direct) reads the names.
    def structure_attrs(cls: type) -> Callable[[Any, Any], Any]:
        named: dict[str, Any] = {
            field.name: override(
                struct_hook=_named_number(field.metadata[NAMES], field.default is not attrs.NOTHING)
            )
            for field in attrs.fields(cls)
            if NAMES in field.metadata
        }
        # An enumeration's hook, found once here rather than on each value.
        named.update(
            (field.name, override(struct_hook=enum_hooks(field.type)))
            for field in attrs.fields(cls)
            if field.name not in named and _is_enum(field.type)
        )
        generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True, **named
        )

        def hook(field: attrs.Attribute[Any]) -> Callable[[Any, Any], Any]:
            if field.name in named:
                found: Callable[[Any, Any], Any] = named[field.name].struct_hook
                return found
            return hook_of(field.type)

        # Built on first use: the hooks of nested classes are then all registered.
        inline = frozenset(attrs.fields_dict(cls)) - named.keys()
        well_formed = cache(
            lambda: (
                _fast_structure(cls, {f.name: hook(f) for f in attrs.fields(cls)}, inline)
                if fast
                else None
            )
        )

        def structure(value: Any, tp: Any) -> Any:
            if type(value) is not dict:
                raise WrongTypeError("a mapping of keys to values", value)
            quick = well_formed()
            if quick is not None:
                try:
                    return quick(value)
                except Exception:  # noqa: BLE001  (read again below, to say what is wrong)
                    pass
            return generated(value, tp)

        return structure

    conv.register_structure_hook_factory(attrs.has, structure_attrs)
    return conv


converter: Final = make_converter()


def unstructure(dataset: Dataset) -> dict[str, Any]:
    """Plain values for a dataset, as they would be written in YAML."""
    result: dict[str, Any] = converter.unstructure(dataset)
    return result

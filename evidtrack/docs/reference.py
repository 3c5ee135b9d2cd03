"""The model reference, read from ``attrs.fields`` and the field metadata of model/_fields.py."""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Iterator
from typing import Any, Final

import attrs

from evidtrack.loading.converter import converter
from evidtrack.loading.dump import dump_plain, flow
from evidtrack.loading.yaml_errors import quoted
from evidtrack.model import Dataset, DateRange, PartialDate
from evidtrack.model import _fields as meta
from evidtrack.model import _validators as v
from evidtrack.model._validators import CrossField, cross_field_constraints

#: Classes that YAML writes as one scalar, with how it is written.
SCALARS: Final[dict[type, str]] = {
    PartialDate: "date",
    DateRange: "date or date range",
    str: "text",
    int: "integer",
    float: "number",
    bool: "true or false",
}
DATE_FORMS: Final = (
    "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with Z or an offset such as +02:00"
    " (UTC unless stated); keep only the precision the source supports"
)


@attrs.frozen(kw_only=True)
class TypePart:
    """A piece of a rendered type: text, and the model type it links to, if any."""

    text: str
    link: str | None = None


@attrs.frozen(kw_only=True)
class FieldDoc:
    name: str
    type_parts: tuple[TypePart, ...]
    required: bool
    description: str
    allowed: tuple[str, ...]
    constraints: tuple[tuple[str, str], ...]  # (words, a value shown as code)
    example: str | None
    #: Constraints across fields that involve this one, in words.
    together: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class TypeDoc:
    name: str
    page: str
    summary: str
    yaml_key: str | None
    fields: tuple[FieldDoc, ...]
    example_yaml: str | None
    #: Constraints that read several fields at once (``CrossField`` validators), in words.
    together: tuple[str, ...] = ()

    @property
    def summary_line(self) -> str:
        return self.summary.split("\n", 1)[0]


def page_name(cls: type) -> str:
    return cls.__name__.lower()


def model_types() -> tuple[type, ...]:
    """Every attrs class reachable from Dataset, records first, in declaration order."""
    seen: list[type] = []

    def visit(cls: type) -> None:
        if cls in seen or cls in SCALARS:
            return
        seen.append(cls)
        for field in attrs.fields(cls):
            for inner in _leaf_types(field.type):
                if attrs.has(inner):
                    visit(inner)

    for field in attrs.fields(Dataset):
        for record in _leaf_types(typing.get_args(field.type)[0]):
            visit(record)
    return tuple(seen)


def _leaf_types(tp: Any) -> Iterator[type]:
    args = typing.get_args(tp)
    if args:
        for arg in args:
            if arg is not Ellipsis and arg is not type(None):
                yield from _leaf_types(arg)
    elif isinstance(tp, type):
        yield tp


def type_parts(tp: Any) -> tuple[TypePart, ...]:
    """``tuple[Citation, ...]`` as 'list of ' + Citation (linked); optional is said elsewhere."""
    origin = typing.get_origin(tp)
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        parts: list[TypePart] = []
        for index, arg in enumerate(args):
            if index:
                parts.append(TypePart(text=" or "))
            parts.extend(type_parts(arg))
        return tuple(parts)
    if origin is tuple:
        return (TypePart(text="list of "), *type_parts(args[0]))
    if tp in SCALARS:
        return (TypePart(text=SCALARS[tp]),)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return (TypePart(text="choice"),)
    if attrs.has(tp):
        return (TypePart(text=tp.__name__, link=page_name(tp)),)
    raise TypeError(f"no reference rendering for the type {tp!r}")


def _allowed(tp: Any) -> tuple[str, ...]:
    for leaf in _leaf_types(tp):
        if issubclass(leaf, enum.Enum):
            return tuple(_member_text(member) for member in leaf)
    return ()


def _member_text(member: enum.Enum) -> str:
    """A value as written, with its label where its enumeration gives one: 'B (usually...)'."""
    label = getattr(member, "label", None)
    return str(member.value) if label is None else f"{member.value} ({label})"


def _check_words(check: Any) -> Iterator[tuple[str, str]]:
    """What a check asks of a value, as (words, a value shown as code)."""
    match check:
        case v.Matches(pattern=pattern):
            yield "Matches the regular expression", pattern
        case v.InRange(minimum=low, maximum=high):
            if low is not None:
                yield "At least", str(low)
            if high is not None:
                yield "At most", str(high)
        case v.Each(check=inner):
            for words, value in _check_words(inner):
                yield f"Each item: {words[0].lower()}{words[1:]}", value
        case v.When(field=switch, values=values, check=inner):
            shown = " or ".join(sorted(str(getattr(x, "value", x)) for x in values))
            for words, value in _check_words(inner):
                yield f"When {switch} is {shown}: {words[0].lower()}{words[1:]}", value


def _constraints(field: attrs.Attribute[Any]) -> tuple[tuple[str, str], ...]:
    found = [pair for check in v.parts(field.validator) for pair in _check_words(check)]
    kinds = meta.referenced_kinds(field.metadata)
    if kinds:
        found.append(("The id of a record of kind", " or ".join(kind.value for kind in kinds)))
    return tuple(found)


def _example(field: attrs.Attribute[Any]) -> str | None:
    if meta.EXAMPLE not in field.metadata:
        return None
    value = field.metadata[meta.EXAMPLE]
    written = flow(value)
    if isinstance(value, str) and written.startswith("'") and "''" in written:
        # 'on Tuesday' in single quotes doubles every quote mark; double quotes read as typed.
        written = quoted(value)
    return f"{field.name}: {written}"


def field_doc(field: attrs.Attribute[Any], together: tuple[CrossField, ...] = ()) -> FieldDoc:
    return FieldDoc(
        together=tuple(c.says for c in together if field.name in c.fields),
        name=field.name,
        type_parts=type_parts(field.type),
        required=field.default is attrs.NOTHING,
        description=str(field.metadata.get(meta.DESCRIPTION, "")),
        allowed=_allowed(field.metadata.get(meta.NAMES, field.type)),
        constraints=_constraints(field),
        example=_example(field),
    )


def first_instances(dataset: Dataset) -> dict[type, Any]:
    """The fullest value of each model type in the dataset: the first of those that write the
    most keys, so that an example shows its fields (a ``Period`` left empty shows nothing)."""
    found: dict[type, Any] = {}
    written: dict[type, int] = {}

    def walk(value: Any) -> None:
        if isinstance(value, tuple):
            for item in value:
                walk(item)
        elif attrs.has(type(value)) and type(value) not in SCALARS:
            keys = len(converter.unstructure(value))
            if keys > written.get(type(value), -1):
                found[type(value)] = value
                written[type(value)] = keys
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name))

    for record in dataset.records():
        walk(record)
    return found


def type_docs(dataset: Dataset) -> tuple[TypeDoc, ...]:
    """One TypeDoc per model type, its example the first such value in ``dataset`` (seeds/)."""
    keys = {
        cls: f.name
        for f in attrs.fields(Dataset)
        for cls in _leaf_types(typing.get_args(f.type)[0])
    }
    examples = first_instances(dataset)
    docs: list[TypeDoc] = []
    for cls in model_types():
        example = examples.get(cls)
        docs.append(
            TypeDoc(
                name=cls.__name__,
                page=page_name(cls),
                summary=inspect.getdoc(cls) or "",
                yaml_key=keys.get(cls),
                fields=tuple(field_doc(f, cross_field_constraints(cls)) for f in attrs.fields(cls)),
                together=tuple(c.says for c in cross_field_constraints(cls)),
                example_yaml=None
                if example is None
                else dump_plain(converter.unstructure(example)),
            )
        )
    return tuple(docs)

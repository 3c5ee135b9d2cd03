"""JSON Schema (draft 2020-12) generated from the model's attrs classes and field metadata.

The schema accepts what the converter (``evidtrack.loading.converter``) accepts, read from the
same sources: ``attrs.fields`` for names, types and defaults; the field metadata of
``evidtrack.model._fields`` for descriptions, examples and references; each field's checks
(``evidtrack.model._validators``), whose parameters ``evidtrack.schema.validators`` turns into
patterns, bounds and the like.

Types map as the converter structures them: a record (attrs class) is an object with
``additionalProperties: false`` whose required keys are the fields without a default; ``X | None``
is an optional key whose value may also be null; ``tuple[X, ...]`` is an array; ``str``,
``bool``, ``int`` and ``float`` are string, boolean, integer and number; an enumeration lists
its values; a ``PartialDate`` is a string matching ``DATE_PATTERN``, a ``DateRange`` one matching
``RANGE_PATTERN``; a union of records told apart by a tag field (a ``Literal`` type or a ``OneOf``
check: ``evidtrack.model._tagged``) is a ``oneOf`` whose members each carry their tag; a number
field with names for fixed values (``names`` metadata) takes the number or a name.

Deliberate differences (``evidtrack.schema.differences`` holds each with an example file that a
test checks; the docs page schema-differences (evidtrack/docs/pages/) explains them to users):

- A day the month does not have (``2024-02-30``) and Year 0000 match the date pattern; the
  loader refuses them (ET014).
- An integer written with a decimal point (``credibility: 3.0``) is an integer to JSON Schema;
  the loader wants ``3`` (ET012).
- A file that holds only null: a file with no content is an empty dataset, so the schema allows
  null at the top; the loader still refuses an explicit ``~`` (ET012).
- The rules' job, not the schema's: a reference to a record that does not exist, two records
  with the same id, a quote the document does not contain, a web address without a scheme, an
  IMO number whose check digit is wrong, a date range that ends before it starts, bounds that
  contradict their qualifier, dates out of order.
- A value that ends in a newline (``"PRK\\n"``) passes a pattern ending in ``$`` in Python's
  ``re``, which the ``jsonschema`` package uses; the loader matches whole values, as editors
  and check-jsonschema (ECMA-262 regular expressions) do.
- ``\\S`` (non-blank text) means what ``str.strip`` means in Python; ECMA-262 engines differ on
  a few control characters (U+001C-U+001F, U+0085) and U+FEFF.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Mapping
from enum import Enum
from types import NoneType, UnionType
from typing import Any, Final, Literal

import attrs

from evidtrack.model import Dataset, DateRange, PartialDate
from evidtrack.model._fields import DESCRIPTION, EXAMPLE, NAMES, REFERENCE, referenced_kinds
from evidtrack.model._tagged import NoTag, tag_of, written
from evidtrack.model._validators import parts
from evidtrack.model.date_range import RANGE_PATTERN
from evidtrack.model.partial_date import DATE_PATTERN
from evidtrack.schema.validators import constraint

DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
#: Annotation naming the kinds of record an id field may point at (the ``reference`` metadata).
REFERENCES_KEYWORD: Final = "x-references"

#: Types the converter reads from a YAML scalar rather than a mapping, and how it is written.
_WRITTEN_AS_TEXT: Final[Mapping[type, Mapping[str, Any]]] = {
    PartialDate: {"type": "string", "pattern": DATE_PATTERN},
    DateRange: {"type": "string", "pattern": RANGE_PATTERN},
}
_PRIMITIVES: Final[Mapping[type, str]] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
}
#: Keywords that apply to one JSON type only, so ``"type": [T, "null"]`` keeps their meaning.
_TYPE_SPECIFIC: Final = frozenset(
    {"type", "pattern", "allOf", "minimum", "maximum", "items", "uniqueItems", "minItems"}
)


class SchemaError(TypeError):
    """A model type the generator cannot express (a programming error in the model)."""


def evidence_file_schema() -> dict[str, Any]:
    """The schema of one evidence file: a ``Dataset`` mapping, or nothing at all."""
    return build_schema(Dataset, title="evidtrack evidence file", nullable=True)


def build_schema(root: type, *, title: str, nullable: bool = False) -> dict[str, Any]:
    """A standalone schema whose top level is the record ``root``, every other class in $defs."""
    generator = _Generator()
    body = generator.record_body(root)
    if nullable:
        body["type"] = [body["type"], "null"]
    body.pop("title", None)
    schema: dict[str, Any] = {"$schema": DRAFT, "title": title, **body}
    if generator.defs:
        schema["$defs"] = generator.defs
    return schema


def description_of(cls: type) -> str | None:
    """A class's own docstring (never an inherited one such as StrEnum's), cleaned."""
    text = cls.__dict__.get("__doc__")
    return inspect.cleandoc(text) if isinstance(text, str) and text.strip() else None


class _Generator:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self._owners: dict[str, type] = {}

    def _ref(self, cls: type) -> dict[str, Any]:
        owner = self._owners.setdefault(cls.__name__, cls)
        if owner is not cls:
            raise SchemaError(f"two model classes are named {cls.__name__}: rename one")
        return {"$ref": f"#/$defs/{cls.__name__}"}

    def _define(self, cls: type, build: typing.Callable[[], dict[str, Any]]) -> dict[str, Any]:
        ref = self._ref(cls)
        if cls.__name__ not in self.defs:
            self.defs[cls.__name__] = {}  # placeholder: a class may refer to itself
            self.defs[cls.__name__] = build()
        return ref

    def type_schema(self, tp: Any) -> dict[str, Any]:
        """The schema of a value of type ``tp`` (fresh dict, safe to extend)."""
        if isinstance(tp, str):
            raise SchemaError(f"unresolved annotation {tp!r}: call attrs.resolve_types first")
        if tp is NoneType:
            return {"type": "null"}
        if tp in _PRIMITIVES:
            return {"type": _PRIMITIVES[tp]}
        if tp in _WRITTEN_AS_TEXT:
            return self._define(tp, lambda: self._text_body(tp))
        if isinstance(tp, type) and issubclass(tp, Enum):
            return self._define(tp, lambda: _enum_body(tp))
        if attrs.has(tp):
            return self._define(tp, lambda: self.record_body(tp))
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type_schema(args[0])}
        if origin is Literal:
            return _literal(args)
        if origin in (typing.Union, UnionType):
            return self._union(args)
        raise SchemaError(f"no JSON Schema for the type {tp!r}")

    def _text_body(self, tp: type) -> dict[str, Any]:
        body: dict[str, Any] = {"title": tp.__name__, **_WRITTEN_AS_TEXT[tp]}
        description = description_of(tp)
        if description:
            body["description"] = description
        return body

    def _union(self, args: tuple[Any, ...]) -> dict[str, Any]:
        members = [a for a in args if a is not NoneType]
        if len(members) == 1:
            schema = self.type_schema(members[0])
        elif all(attrs.has(m) for m in members):
            schema = self._tagged(members)
        else:
            schema = {"anyOf": [self.type_schema(m) for m in members]}
        return _or_null(schema) if NoneType in args else schema

    def _tagged(self, members: list[type]) -> dict[str, Any]:
        try:
            tag = tag_of(tuple(members)).field
        except NoTag as exc:
            raise SchemaError(str(exc)) from None
        options = []
        for member in members:
            option = self.type_schema(member)
            if attrs.fields_dict(member)[tag].default is not attrs.NOTHING:
                option["required"] = [tag]  # the tag decides the member, so it must be written
            options.append(option)
        return {"oneOf": options}

    def record_body(self, cls: type) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        record_rules: list[Mapping[str, Any]] = []
        for attribute in attrs.fields(cls):
            properties[attribute.name] = self._field(cls, attribute, record_rules)
            if attribute.default is attrs.NOTHING:
                required.append(attribute.name)
        body: dict[str, Any] = {"title": cls.__name__, "type": "object"}
        description = description_of(cls)
        if description:
            body["description"] = description
        body["properties"] = properties
        if required:
            body["required"] = required
        body["additionalProperties"] = False
        if len(record_rules) == 1:
            body.update(record_rules[0])
        elif record_rules:
            body["allOf"] = record_rules
        return body

    def _field(
        self, owner: type, attribute: attrs.Attribute[Any], record_rules: list[Mapping[str, Any]]
    ) -> dict[str, Any]:
        base, nullable = _split_optional(attribute.type)
        schema = self.type_schema(base)
        value: dict[str, Any] = {}
        items: dict[str, Any] = {}
        patterns: dict[str, list[str]] = {"value": [], "items": []}
        for check in parts(attribute.validator):
            found = constraint(check, attribute.name, owner)
            for target, keywords in (("value", found.value), ("items", found.items)):
                for key, keyword_value in keywords.items():
                    if key == "pattern":
                        patterns[target].append(keyword_value)
                    else:
                        (value if target == "value" else items)[key] = keyword_value
            if found.record:
                record_rules.append(found.record)
        value.update(_patterns(patterns["value"]))
        items.update(_patterns(patterns["items"]))
        if items:
            if schema.get("type") != "array":
                raise SchemaError(f"{attribute.name}: item constraints on a value that is no list")
            schema["items"] = {**schema["items"], **items}
        if value and "$ref" in schema:
            # Draft-07 ignores the siblings of a $ref: the narrowing goes beside it in allOf.
            schema = {"allOf": [schema]}
        schema.update(value)
        if NAMES in attribute.metadata:
            # A number, or a name for a fixed value (directness: direct).
            schema = {"anyOf": [schema, self.type_schema(attribute.metadata[NAMES])]}
        if nullable:
            schema = _or_null(schema)
        return {**_annotations(attribute), **schema}


def _split_optional(tp: Any) -> tuple[Any, bool]:
    """``X | None`` -> (X, True); a union of several other types keeps its members."""
    if typing.get_origin(tp) in (typing.Union, UnionType):
        args = typing.get_args(tp)
        if NoneType in args:
            rest = tuple(a for a in args if a is not NoneType)
            return (rest[0] if len(rest) == 1 else typing.Union[rest]), True  # noqa: UP007
    return tp, False


def _or_null(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str) and set(schema) <= _TYPE_SPECIFIC:
        return {**schema, "type": [kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def _patterns(patterns: list[str]) -> dict[str, Any]:
    unique = list(dict.fromkeys(patterns))
    if not unique:
        return {}
    if len(unique) == 1:
        return {"pattern": unique[0]}
    return {"allOf": [{"pattern": p} for p in unique]}


def _annotations(attribute: attrs.Attribute[Any]) -> dict[str, Any]:
    meta = attribute.metadata
    out: dict[str, Any] = {}
    if DESCRIPTION in meta:
        out["description"] = meta[DESCRIPTION]
    if EXAMPLE in meta:
        out["examples"] = [meta[EXAMPLE]]
    if REFERENCE in meta:
        out[REFERENCES_KEYWORD] = [kind.value for kind in referenced_kinds(meta)]
    return out


def _enum_body(enum: type[Enum]) -> dict[str, Any]:
    values = [member.value for member in enum]
    kinds = {_PRIMITIVES.get(type(v)) for v in values}
    if len(kinds) != 1 or None in kinds:
        raise SchemaError(f"{enum.__name__}: values must all be strings or all integers")
    body: dict[str, Any] = {"title": enum.__name__, "type": kinds.pop(), "enum": values}
    description = description_of(enum)
    labels = "; ".join(f"{m.value}: {m.label}" for m in enum if hasattr(m, "label"))
    said = " ".join(text for text in (description, labels and f"Values: {labels}.") if text)
    if said:
        body["description"] = said
    return body


def _literal(args: tuple[Any, ...]) -> dict[str, Any]:
    values = [written(a) for a in args]
    return {"const": values[0]} if len(values) == 1 else {"enum": values}

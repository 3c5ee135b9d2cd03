"""The generated schema says what the model says: keys, requirements, values, patterns, docs."""

from __future__ import annotations

import calendar
import contextlib
import json
import re
from enum import Enum
from typing import Any

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator, Draft202012Validator

from evidtrack.model import Dataset, DateRange, PartialDate, Provision
from evidtrack.model import _validators as v
from evidtrack.model._fields import DESCRIPTION, EXAMPLE, NAMES, referenced_kinds
from evidtrack.model._validators import ID_PATTERN
from evidtrack.model.date_range import RANGE_PATTERN
from evidtrack.model.partial_date import DATE_PATTERN
from evidtrack.model.resolution import PROVISION_ID_PATTERN
from evidtrack.schema import SCHEMAS, generate, render
from evidtrack.schema.generator import REFERENCES_KEYWORD, description_of
from evidtrack.schema.validators import NON_BLANK, UnknownCheck, constraint
from tests.schema._walk import enum_classes, record_classes, schema, unwrap


def definition(cls: type) -> dict[str, Any]:
    if cls is Dataset:
        return schema()
    result: dict[str, Any] = schema()["$defs"][cls.__name__]
    return result


def sub_validator(subschema: dict[str, Any]) -> Draft202012Validator:
    """A validator for a part of the schema, its $refs resolved against the whole."""
    return Draft202012Validator({**subschema, "$defs": schema()["$defs"]})


def all_fields() -> list[tuple[type, attrs.Attribute[Any]]]:
    return [(cls, f) for cls in record_classes() for f in attrs.fields(cls)]


def test_the_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


#: Keywords whose meaning is the same in draft-07, which VS Code's YAML extension validates with
#: (its 2020-12 support is partial): no prefixItems, unevaluated*, dependent* or $dynamicRef.
DRAFT7_ALIKE = {
    *("$schema", "$defs", "$ref", "title", "description", "examples", REFERENCES_KEYWORD),
    *("type", "enum", "const", "pattern", "minimum", "maximum", "not"),
    *("properties", "required", "additionalProperties", "items", "uniqueItems", "minItems"),
    *("if", "then"),
    *("anyOf", "oneOf", "allOf"),
}


def keywords(node: Any, under_names: bool = False) -> set[str]:
    """Every keyword used in a schema (names of properties and definitions left out)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not under_names:
                found.add(key)
            found |= keywords(value, key in ("properties", "$defs") and not under_names)
    elif isinstance(node, list):
        for value in node:
            found |= keywords(value)
    return found


def test_only_keywords_that_mean_the_same_in_draft_07() -> None:
    used = keywords(schema())
    assert used <= DRAFT7_ALIKE, used - DRAFT7_ALIKE
    assert {"$defs", "properties", "pattern", "enum", "anyOf"} <= used
    Draft7Validator.check_schema(schema())


def test_every_class_and_enumeration_has_a_definition_and_nothing_else_does() -> None:
    expected = {tp.__name__ for tp in (*record_classes(), *enum_classes())} - {"Dataset"}
    # Enumerations that name fixed values of a number field (directness: direct) have one too.
    named = {f.metadata[NAMES].__name__ for _, f in all_fields() if NAMES in f.metadata}
    assert named == {"Directness"}
    written_as_text = {PartialDate.__name__, DateRange.__name__}
    assert set(schema()["$defs"]) == expected | named | written_as_text


@pytest.mark.parametrize("cls", record_classes(), ids=lambda c: c.__name__)
def test_records_have_their_fields_as_keys_and_no_others(cls: type) -> None:
    body = definition(cls)
    fields = attrs.fields(cls)
    assert list(body["properties"]) == [f.name for f in fields]
    assert body.get("required", []) == [f.name for f in fields if f.default is attrs.NOTHING]
    assert body["additionalProperties"] is False
    assert body["description"] == description_of(cls)


@pytest.mark.parametrize("enum", enum_classes(), ids=lambda c: c.__name__)
def test_enumerations_list_their_values_and_labels(enum: type[Enum]) -> None:
    body = definition(enum)
    assert body["enum"] == [member.value for member in enum]
    assert body["type"] == ("integer" if issubclass(enum, int) else "string")
    for member in enum:
        label = getattr(member, "label", None)
        if label is not None:
            assert f"{member.value}: {label}" in body["description"]


@pytest.mark.parametrize(
    ("cls", "field"), all_fields(), ids=lambda x: getattr(x, "name", getattr(x, "__name__", ""))
)
def test_fields_carry_their_metadata(cls: type, field: attrs.Attribute[Any]) -> None:
    prop = definition(cls)["properties"][field.name]
    meta = field.metadata
    assert prop["description"] == meta[DESCRIPTION]
    assert prop.get("examples") == ([meta[EXAMPLE]] if EXAMPLE in meta else None)
    kinds = [kind.value for kind in referenced_kinds(meta)]
    assert prop.get(REFERENCES_KEYWORD) == (kinds or None)


def _leaves(check: Any) -> list[Any]:
    """The checks inside ``Each`` and ``When`` too, where patterns and bounds sit."""
    inner = getattr(check, "check", None)
    return [check] if inner is None else [check, *_leaves(inner)]


@pytest.mark.parametrize(
    ("cls", "field"), all_fields(), ids=lambda x: getattr(x, "name", getattr(x, "__name__", ""))
)
def test_fields_carry_the_parameters_of_their_checks(
    cls: type, field: attrs.Attribute[Any]
) -> None:
    # The pattern or the bound a check holds is written once, in the check: the schema shows
    # the very same value, on the field or on its record.
    text = json.dumps(definition(cls))
    for check in (leaf for part in v.parts(field.validator) for leaf in _leaves(part)):
        if isinstance(check, v.Matches):
            assert json.dumps(check.pattern) in text
        if isinstance(check, v.InRange):
            for keyword, bound in (("minimum", check.minimum), ("maximum", check.maximum)):
                if bound is not None:
                    assert f'"{keyword}": {bound}' in text


@pytest.mark.parametrize(
    ("cls", "field"), all_fields(), ids=lambda x: getattr(x, "name", getattr(x, "__name__", ""))
)
def test_optional_fields_take_null_and_others_do_not(
    cls: type, field: attrs.Attribute[Any]
) -> None:
    _, optional = unwrap(field.type)
    assert sub_validator(definition(cls)["properties"][field.name]).is_valid(None) is optional


@pytest.mark.parametrize(
    ("cls", "field"),
    [(c, f) for c, f in all_fields() if EXAMPLE in f.metadata],
    ids=lambda x: getattr(x, "name", getattr(x, "__name__", "")),
)
def test_every_example_is_valid_for_its_field(cls: type, field: attrs.Attribute[Any]) -> None:
    prop = definition(cls)["properties"][field.name]
    errors = [e.message for e in sub_validator(prop).iter_errors(field.metadata[EXAMPLE])]
    assert errors == []


def test_every_check_of_the_model_is_accounted_for() -> None:
    unknown = []
    for cls, field in all_fields():
        for check in v.parts(field.validator):
            try:
                constraint(check, field.name, cls)
            except UnknownCheck:
                unknown.append(f"{cls.__name__}.{field.name}: {check!r}")
    assert unknown == [], (
        "checks the schema knows nothing of: say in evidtrack/schema/validators.py how the"
        " schema expresses each, or add it to evidtrack/schema/differences.py and"
        " evidtrack/docs/pages/schema-differences.md"
    )


def test_a_check_the_schema_cannot_express_is_refused() -> None:
    def secret(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """A closure: nothing to read its constraint from."""

    @attrs.frozen
    class Coded:
        code: str = attrs.field(validator=secret)

    with pytest.raises(UnknownCheck, match="cannot express"):
        constraint(secret, "code", Coded)


def test_the_model_constants_are_used_as_they_are() -> None:
    assert definition(PartialDate)["pattern"] == DATE_PATTERN
    ids = [
        prop
        for cls in record_classes()
        for name, prop in definition(cls)["properties"].items()
        if name == "id" and cls is not Provision
    ]
    assert ids
    # Record ids share one pattern; a provision is numbered as the Council numbers it.
    assert all(prop["pattern"] == ID_PATTERN for prop in ids)
    assert definition(Provision)["properties"]["id"]["pattern"] == PROVISION_ID_PATTERN
    assert definition(DateRange)["pattern"] == RANGE_PATTERN


def test_output_is_deterministic_sorted_and_ends_with_a_newline() -> None:
    first, second = generate(), generate()
    assert first == second
    assert set(first) == set(SCHEMAS)
    for text in first.values():
        assert text.endswith("}\n")
        assert not text.endswith("\n\n")
        assert render(json.loads(text)) == text
        assert (
            json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            == text
        )


@settings(max_examples=500)
@given(st.text())
def test_the_non_blank_pattern_means_what_strip_means(text: str) -> None:
    assert (re.search(NON_BLANK, text) is not None) == bool(text.strip())


date_like = st.from_regex(
    r"[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?",
    fullmatch=True,
)


@settings(max_examples=1000)
@given(st.one_of(date_like, st.text(max_size=25)))
@example("2024\n")
@example("2024-02-30\n")
@example("0000-01")
@example("2024-01-10T10:00+00:99")
def test_the_date_pattern_accepts_what_partial_date_parses(text: str) -> None:
    try:
        PartialDate.parse(text)
        parsed = True
    except ValueError:
        parsed = False
    matches = re.search(DATE_PATTERN, text) is not None
    if parsed:
        assert matches, "the schema refuses a date the loader accepts"
    elif matches:
        # Only the documented differences: a final newline (Python's `$`), year 0000, a day
        # the month does not have.
        if text.endswith("\n"):
            text = text[:-1]
            with contextlib.suppress(ValueError):
                PartialDate.parse(text)
                return
        head = re.match(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", text)
        assert head is not None
        year, month, day = head.groups()
        assert int(year) == 0 or (
            day is not None and int(day) > calendar.monthrange(int(year), int(month))[1]
        ), f"{text!r}: the schema accepts a date the loader refuses, and no documented one"

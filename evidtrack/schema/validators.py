"""What each check of the model means in JSON Schema, read from the check's own parameters.

The model's checks (``evidtrack.model._validators``) are small frozen classes: a ``Matches``
carries its pattern, an ``InRange`` its bounds. This module says once, per class, which keywords
express it; a check of a class it does not know is a ``SchemaError``, so a new kind of check
cannot slip past the schema unnoticed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs

from evidtrack.model import _validators as v
from evidtrack.model._tagged import written

#: Text with at least one non-whitespace character (Python's ``\S`` agrees with ``str.strip``).
NON_BLANK: Final = r"\S"


class UnknownCheck(TypeError):
    """A model check this module cannot express (a programming error in the model or here)."""


@attrs.frozen(kw_only=True)
class Constraint:
    """Keywords a check adds to a field's value, to each item of a list, or to its record."""

    value: Mapping[str, Any] = attrs.field(factory=dict)
    items: Mapping[str, Any] = attrs.field(factory=dict)
    record: Mapping[str, Any] = attrs.field(factory=dict)


def _present(name: str) -> dict[str, Any]:
    return {"required": [name], "properties": {name: {"not": {"type": "null"}}}}


def _bounds(check: v.InRange) -> dict[str, Any]:
    pairs = (("minimum", check.minimum), ("maximum", check.maximum))
    return {key: bound for key, bound in pairs if bound is not None}


def constraint(check: Any, field: str, owner: type) -> Constraint:
    """How the schema expresses ``check`` on the field ``field`` of the record class ``owner``."""
    match check:
        case v.Matches(pattern=pattern):
            return Constraint(value={"pattern": pattern})
        case v.NotBlank():
            return Constraint(value={"pattern": NON_BLANK})
        case v.InRange():
            return Constraint(value=_bounds(check))
        case v.OneOf(values=values):
            return Constraint(value={"enum": sorted(written(value) for value in values)})
        case v.Unique():
            return Constraint(value={"uniqueItems": True})
        case v.NotEmpty():
            return Constraint(value={"minItems": 1})
        case v.Each(check=inner):
            return Constraint(items=constraint(inner, field, owner).value)
        case v.AnyOf(fields=fields):
            return Constraint(record={"anyOf": [_present(name) for name in fields]})
        case v.When(field=switch, values=values, check=inner):
            condition: dict[str, Any] = {
                "properties": {switch: {"enum": sorted(written(value) for value in values)}}
            }
            # A missing key reads as its default: the condition holds without it only then.
            if attrs.fields_dict(owner)[switch].default not in values:
                condition["required"] = [switch]
            return Constraint(
                record={
                    "if": condition,
                    "then": {"properties": {field: constraint(inner, field, owner).value}},
                }
            )
    raise UnknownCheck(
        f"field {field!r}: the schema cannot express {check!r}; say in"
        " evidtrack/schema/validators.py which keywords do"
    )

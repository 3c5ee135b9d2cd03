"""What each attrs validator of the model means in JSON Schema, or why it has no equivalent.

The model's validators are functions, so the generator cannot read a constraint out of them the
way it reads field metadata. This table says, once, how each one is expressed; a test fails when
a field carries a validator that is not listed here, so a new validator cannot slip past the
schema unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from evidtrack.model import _validators as v
from evidtrack.model._fields import MAXIMUM, MINIMUM, PATTERN
from evidtrack.model._validators import field_validators as field_validators

#: Text with at least one non-whitespace character (Python's ``\S`` agrees with ``str.strip``).
NON_BLANK: Final = r"\S"


@attrs.frozen(kw_only=True)
class Constraint:
    """Keywords a validator adds to a field's value, to each item of a list, or to its record."""

    value: Mapping[str, Any] = attrs.field(factory=dict)
    items: Mapping[str, Any] = attrs.field(factory=dict)
    record: Mapping[str, Any] = attrs.field(factory=dict)
    #: Metadata keys that carry the check instead (at least one must be set on the field).
    from_metadata: tuple[str, ...] = ()


def _present(name: str) -> dict[str, Any]:
    return {"required": [name], "properties": {name: {"not": {"type": "null"}}}}


_ID: Final = {"pattern": v.ID_PATTERN}
_RANGE: Final = (MINIMUM, MAXIMUM)
_TEXT: Final = {"pattern": NON_BLANK}

#: Shared validators of ``evidtrack.model._validators``, by identity.
_SHARED: Final[Mapping[Callable[..., Any], Constraint]] = {
    v.is_id: Constraint(value=_ID),
    v.is_optional_id: Constraint(value=_ID),
    v.are_ids: Constraint(items=_ID),
    v.not_blank: Constraint(value=_TEXT),
    v.optional_not_blank: Constraint(value=_TEXT),
    v.no_blank_items: Constraint(items=_TEXT),
    v.unique_items: Constraint(value={"uniqueItems": True}),
}

#: Validators private to a model module, by ``module:qualname``. Range checks are expressed by the
#: field's ``minimum``/``maximum`` metadata, ``matches`` by its ``pattern`` metadata.
_PRIVATE: Final[Mapping[str, Constraint]] = {
    f"{v.__name__}:matches.<locals>.check": Constraint(from_metadata=(PATTERN,)),
    "evidtrack.model.quantity:_non_negative": Constraint(from_metadata=_RANGE),
    "evidtrack.model.evidence:_credibility": Constraint(from_metadata=_RANGE),
    "evidtrack.model.response:_count": Constraint(from_metadata=_RANGE),
    # Needs a second field: stated on the record, as "url or file present and not null".
    "evidtrack.model.document:_check_url_or_file": Constraint(
        record={"anyOf": [_present("url"), _present("file")]}
    ),
}


def validator_key(validator: Callable[..., Any]) -> str:
    """How a validator is named in the table and in error messages: ``module:qualname``.

    A ``CrossField`` is named after its check function.
    """
    named = validator.check if isinstance(validator, v.CrossField) else validator
    return f"{named.__module__}:{named.__qualname__}"


def constraint_for(
    validator: Callable[..., Any], attribute: attrs.Attribute[Any]
) -> Constraint | None:
    """How the schema expresses ``validator`` on ``attribute``; None when it is not known.

    A validator taken from metadata whose metadata is missing is a programming error in the
    model: the schema would silently lose the check.
    """
    try:
        known = _SHARED.get(validator)
    except TypeError:  # an unhashable callable object
        known = None
    if known is not None:
        return known
    key = validator_key(validator)
    private = _PRIVATE.get(key)
    if private is None:
        return None
    if private.from_metadata and not any(k in attribute.metadata for k in private.from_metadata):
        wanted = " or ".join(k.rsplit(".", 1)[-1] for k in private.from_metadata)
        raise ValueError(
            f"field {attribute.name!r} is checked by {key} but declares no {wanted} in its"
            f" metadata: pass {wanted}= to doc(...) so the schema carries the same check"
        )
    return private

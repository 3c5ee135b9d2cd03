"""Unions of records tagged by a Literal field become oneOf, each member carrying its tag.

The model has no tagged union today; these test-only classes show what one would generate.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from evidtrack.model._fields import doc
from evidtrack.model._validators import InRange
from evidtrack.schema import SchemaError, build_schema


@attrs.frozen(kw_only=True)
class Launch:
    """A launch event."""

    kind: Literal["launch"] = attrs.field(metadata=doc("Tag."))
    count: int = attrs.field(validator=InRange(minimum=1), metadata=doc("How many launches."))


@attrs.frozen(kw_only=True)
class Shipment:
    """A shipment event."""

    kind: Literal["shipment", "delivery"] = attrs.field(default="shipment", metadata=doc("Tag."))
    containers: int | None = attrs.field(default=None, metadata=doc("How many containers."))


@attrs.frozen(kw_only=True)
class Log:
    """Events, each a launch or a shipment."""

    events: tuple[Launch | Shipment, ...] = attrs.field(default=(), metadata=doc("Events."))
    last: Launch | Shipment | None = attrs.field(default=None, metadata=doc("The last one."))


@attrs.frozen(kw_only=True)
class Untagged:
    """Two records with no tag to tell them apart."""

    either: Log | Launch = attrs.field(metadata=doc("Ambiguous."))


@attrs.frozen(kw_only=True)
class Overlapping:
    """Two members that share a tag value."""

    either: Shipment | Other = attrs.field(metadata=doc("Ambiguous."))


@attrs.frozen(kw_only=True)
class Other:
    """Tagged like a shipment."""

    kind: Literal["delivery"] = attrs.field(metadata=doc("Tag."))


for _cls in (Launch, Shipment, Log, Untagged, Overlapping, Other):
    attrs.resolve_types(_cls)

SCHEMA = build_schema(Log, title="log")
VALIDATOR = Draft202012Validator(SCHEMA)


def test_the_union_is_a_oneof_of_the_members() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["events"]["items"] == {
        "oneOf": [
            {"$ref": "#/$defs/Launch"},
            # The tag has a default, but it decides the member: it must be written.
            {"$ref": "#/$defs/Shipment", "required": ["kind"]},
        ]
    }
    assert SCHEMA["$defs"]["Launch"]["properties"]["kind"]["const"] == "launch"
    assert SCHEMA["$defs"]["Shipment"]["properties"]["kind"]["enum"] == ["shipment", "delivery"]
    assert SCHEMA["properties"]["last"]["anyOf"][1] == {"type": "null"}


events = st.one_of(
    st.builds(lambda n: {"kind": "launch", "count": n}, st.integers(1, 10**6)),
    st.builds(
        lambda kind, n: {"kind": kind} | ({} if n is None else {"containers": n}),
        st.sampled_from(["shipment", "delivery"]),
        st.none() | st.integers(0, 10**6),
    ),
)


@settings(max_examples=200)
@given(st.lists(events, max_size=4), st.none() | events)
def test_members_with_their_tag_validate(items: list[dict[str, Any]], last: Any) -> None:
    assert VALIDATOR.is_valid({"events": items, "last": last})


@pytest.mark.parametrize(
    "event",
    [
        {"count": 3},  # no tag
        {"kind": "shipment"} | {"count": 3},  # a launch's field in a shipment
        {"kind": "launch"},  # a launch without its count
        {"kind": "landing", "count": 3},  # an unknown tag
        {"containers": 3},  # a shipment without its tag
        {"kind": "launch", "count": 0},  # below the minimum
    ],
)
def test_members_that_break_their_tag_are_rejected(event: dict[str, Any]) -> None:
    assert not VALIDATOR.is_valid({"events": [event]})


@pytest.mark.parametrize("root", [Untagged, Overlapping])
def test_a_union_without_a_distinct_tag_is_refused(root: type) -> None:
    with pytest.raises(SchemaError, match="has no tag"):
        build_schema(root, title="bad")

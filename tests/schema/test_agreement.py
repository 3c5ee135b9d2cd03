"""The schema and the loader agree: what the loader accepts validates, structural errors do not."""

from __future__ import annotations

import copy
from enum import Enum
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from evidtrack.loading import LoadCode, load_text
from evidtrack.loading.converter import record_class
from evidtrack.loading.dump import dump_plain
from evidtrack.loading.yaml_reader import read_yaml
from evidtrack.model import Dataset
from evidtrack.model._tagged import record_members
from tests import strategies as shared
from tests.schema._walk import (
    WRITTEN_AS_TEXT,
    draft7_accepts,
    element,
    is_record,
    record_classes,
    schema_accepts,
    unwrap,
    validator,
)
from tests.strategies import plain_datasets

Path = tuple[str | int, ...]

#: The loader's codes for structural problems, the ones the schema must catch too.
STRUCTURAL = {
    LoadCode.UNKNOWN_KEY,
    LoadCode.MISSING_KEY,
    LoadCode.WRONG_TYPE,
    LoadCode.BAD_CHOICE,
    LoadCode.BAD_DATE,
}
#: Dates no calendar reading accepts. 2024-02-30 is left out: the pattern cannot know the
#: length of a month (a documented difference).
BAD_DATES = [
    "2024-13",
    "2024-00",
    "2024-1-5",
    "2024-01-32",
    "Sept 2022",
    "2024/01/10",
    "24-01-10",
    "2024-01-10T25:00",
    "2024-01-10T10:60",
    "2024-01-10T10",
    "2024-01-10T10:00+00:99",
    "2024-01-10 21:21:49 UTC",
    "",
]


def kind_of(tp: Any) -> str:
    """What a field holds, for choosing a value of the wrong type."""
    if element(tp) is not None:
        return "list"
    if tp in WRITTEN_AS_TEXT:
        return "date"
    if is_record(tp):
        return "record"
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "enum"
    return {str: "str", int: "int", bool: "bool", float: "float"}[tp]


#: Values of a wrong type for each kind. No integral floats for int (3.0: a documented
#: difference) and no {} for a record (an empty mapping is a valid record without required keys).
WRONG: dict[str, list[Any]] = {
    "str": [7, True, 1.5, [], {}, ["a"]],
    "int": ["3", True, False, 2.5, [], {}],
    "float": ["3", True, [], {}],
    "bool": ["true", "yes", 1, 0, [], {}],
    "date": [2024, 2024.5, True, [], {}],
    "enum": [1, True, [], {}, ["state"]],
    "list": ["text", 5, True, {}],
    "record": ["text", 5, True, [], [{}]],
}


#: Datasets of one record: a mutation is about one record, and these are drawn seven times faster
#: than whole datasets (the unmutated law runs on whole ones).
one_record_datasets = st.one_of(
    st.builds(Dataset, resolutions=st.tuples(shared.resolutions())),
    st.builds(Dataset, actors=st.tuples(shared.actors)),
    st.builds(Dataset, sources=st.tuples(shared.sources)),
    st.builds(Dataset, documents=st.tuples(shared.documents())),
    st.builds(Dataset, vessels=st.tuples(shared.vessels)),
    st.builds(Dataset, events=st.tuples(shared.events)),
    st.builds(Dataset, allegations=st.tuples(shared.allegations)),
    st.builds(Dataset, evidence=st.tuples(shared.evidence_items)),
    st.builds(Dataset, responses=st.tuples(shared.responses)),
).map(shared.plain)


@attrs.frozen
class Site:
    """A mapping in a plain dataset that holds a record of ``cls``, and where it is."""

    path: Path
    cls: type


def sites(value: dict[str, Any], cls: type, path: Path = ()) -> list[Site]:
    found = [Site(path, cls)]
    for field in attrs.fields(cls):
        held = value.get(field.name)
        if held is None:
            continue
        base, _ = unwrap(field.type)
        inner = element(base)
        if is_record(base):
            found += sites(held, base, (*path, field.name))
        elif inner is not None and (is_record(inner) or record_members(inner)):
            for index, item in enumerate(held):
                # A member of a union of records is the one its tag names.
                found += sites(item, record_class(inner, item), (*path, field.name, index))
    return found


def at(value: Any, path: Path) -> Any:
    for part in path:
        value = value[part]
    return value


def loader_findings(plain: Any) -> set[str]:
    return {f.code for f in load_text(dump_plain(plain), "mutated.yaml").findings}


def as_read(plain: Any) -> Any:
    """The plain value as the loader reads it back from YAML (what the schema sees in a file)."""
    return read_yaml(dump_plain(plain), "mutated.yaml").value


ACTIONS = ["missing key", "wrong type", "bad choice", "bad date", "unknown key"]


def _applies(action: str, site: Site, record: dict[str, Any]) -> bool:
    fields = attrs.fields(site.cls)
    kinds = {kind_of(unwrap(f.type)[0]) for f in fields}
    if action == "missing key":
        return any(f.default is attrs.NOTHING and f.name in record for f in fields)
    if action == "bad choice":
        return "enum" in kinds
    if action == "bad date":
        return "date" in kinds
    return True


@st.composite
def broken(draw: st.DrawFn, action: str) -> tuple[dict[str, Any], str]:
    """A valid plain dataset with one structural error of the kind ``action``, and where it is."""
    plain = copy.deepcopy(draw(one_record_datasets))
    places = [s for s in sites(plain, Dataset) if _applies(action, s, at(plain, s.path))]
    assume(places)
    site = draw(st.sampled_from(places))
    record = at(plain, site.path)
    fields = attrs.fields_dict(site.cls)
    enums = [n for n, f in fields.items() if kind_of(unwrap(f.type)[0]) == "enum"]
    dates = [n for n, f in fields.items() if kind_of(unwrap(f.type)[0]) == "date"]
    if action == "unknown key":
        name = draw(st.sampled_from(["Id", "notez", "x_extra", "description ", "kinds"]))
        assert name not in fields
        record[name] = draw(st.sampled_from(["x", 1, None, []]))
    elif action == "missing key":
        required = [n for n, f in fields.items() if f.default is attrs.NOTHING and n in record]
        name = draw(st.sampled_from(required))
        del record[name]
    elif action == "wrong type":
        name = draw(st.sampled_from(sorted(fields)))
        base, optional = unwrap(fields[name].type)
        wrong = WRONG[kind_of(base)] + ([] if optional else [None])
        record[name] = draw(st.sampled_from(wrong))
    elif action == "bad choice":
        name = draw(st.sampled_from(enums))
        record[name] = draw(st.sampled_from(["not-a-choice", "State", "SUPPORTS", " state", "Z"]))
    else:
        name = draw(st.sampled_from(dates))
        record[name] = draw(st.sampled_from(BAD_DATES))
    return plain, f"{action} at {'/'.join(map(str, (*site.path, name)))}"


@st.composite
def harmless(draw: st.DrawFn) -> dict[str, Any]:
    """A valid plain dataset with omitted keys written out: null, an empty list, an empty record."""
    plain = copy.deepcopy(draw(one_record_datasets))
    site = draw(st.sampled_from(sites(plain, Dataset)))
    record = at(plain, site.path)
    absent = [f for f in attrs.fields(site.cls) if f.name not in record]
    for field in draw(st.lists(st.sampled_from(absent), unique=True)) if absent else []:
        base, optional = unwrap(field.type)
        if optional:
            record[field.name] = None
        elif element(base) is not None:
            record[field.name] = []
        elif is_record(base) and all(f.default is not attrs.NOTHING for f in attrs.fields(base)):
            record[field.name] = {}  # a period with neither end, say
    return plain


@settings(max_examples=500)
@given(plain_datasets)
def test_every_dataset_the_converter_writes_validates(plain: dict[str, Any]) -> None:
    value = as_read(plain)
    errors = [e.message for e in _errors(value)]
    assert errors == []
    assert draft7_accepts(value)


@settings(max_examples=500)
@given(harmless())
def test_omitted_keys_written_out_validate(plain: dict[str, Any]) -> None:
    assert loader_findings(plain) == set()
    assert schema_accepts(as_read(plain))
    assert draft7_accepts(as_read(plain))


@pytest.mark.parametrize("action", ACTIONS)
@settings(max_examples=200)
@given(data=st.data())
def test_structural_errors_are_rejected_by_both(action: str, data: st.DataObject) -> None:
    plain, what = data.draw(broken(action))
    codes = loader_findings(plain)
    assert codes & STRUCTURAL, f"{what}: the loader found {codes or 'nothing'}"
    assert not schema_accepts(as_read(plain)), f"{what}: the loader refuses it, the schema not"
    assert not draft7_accepts(as_read(plain)), f"{what}: the schema read as draft-07 accepts it"


def _errors(value: Any) -> list[Any]:
    return list(validator().iter_errors(value))


def test_every_kind_of_field_has_wrong_values() -> None:
    kinds = {kind_of(unwrap(f.type)[0]) for cls in record_classes() for f in attrs.fields(cls)}
    assert kinds <= set(WRONG)
    assert {"str", "int", "bool", "date", "enum", "list", "record"} <= kinds

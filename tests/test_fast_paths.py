"""Each shortcut of loading and validation gives what the general path it skips would give.

The shortcuts serve the common, well-formed case (a date scalar, a list of distinct ids, a
record in today's keys, a date written before); anything else goes the general way. These
properties compare the two on values built to hit both sides of every shortcut.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any, cast

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidtrack.loading.converter import (
    _each,
    _structure_date,
    _structure_range,
    converter,
    make_converter,
)
from evidtrack.loading.outdated import CITED_KEYS, RENAMED, cited_keys, renames, upgrade
from evidtrack.loading.yaml_reader import _resolve_core, resolve_plain
from evidtrack.model import (
    Citation,
    Dataset,
    DateRange,
    PartialDate,
    Period,
    ProvisionRef,
    Quantity,
)
from evidtrack.model._fields import REFERENCE, referenced_kinds
from evidtrack.model._validators import (
    ARE_IDS,
    IS_ID,
    UNIQUE_IDS,
    All,
    Each,
    InRange,
    InvalidField,
    NotEmpty,
    Unique,
    parts,
)
from evidtrack.model.evidence import Statement
from evidtrack.model.partial_date import _parse
from evidtrack.rules._walk import references, values_of_type
from tests.strategies import datasets, plain_datasets

# Text near the shortcuts' edges: digits, signs, dots, dashes, letters of null/true/false/nan.
_EDGY = st.text(alphabet="0123456789-+.:eExXoOnNaAtTfFlLuUsSiI~ /²١", max_size=12)
_DATEISH = st.builds(
    lambda year, rest: year + "-" + rest,
    st.text(alphabet="0123456789²١", min_size=4, max_size=4),
    _EDGY,
)


def _same(first: Any, second: Any) -> bool:
    if isinstance(first, float) and math.isnan(first):
        return isinstance(second, float) and math.isnan(second)
    return type(first) is type(second) and first == second


_WRITTEN = st.sampled_from(
    [
        "~",
        "null",
        "Null",
        "NULL",
        "nul",
        "true",
        "True",
        "TRUE",
        "tRUE",
        "false",
        "False",
        "FALSE",
        "no",
        "testimony",
        ".nan",
        ".inf",
        "-.Inf",
        "0o17",
        "0x1F",
        "1e5",
        "2024-01-10",
    ]
)


@given(st.one_of(_WRITTEN, _EDGY, _DATEISH, st.text(max_size=12)))
def test_plain_scalars_resolve_as_the_core_schema_says(text: str) -> None:
    assert _same(resolve_plain(text), _resolve_core(text))


def _raised(call: Any) -> tuple[str, ...]:
    """What a call raised, as a user would be told it: each error's type, text and notes."""
    try:
        call()
    except Exception as exc:  # noqa: BLE001  (compared, not handled)
        found = [exc, *getattr(exc, "exceptions", ())]
        return tuple(
            f"{type(e).__name__}: {e} {[str(n) for n in getattr(e, '__notes__', [])]}"
            for e in found
        )
    return ()


_ITEMS = st.lists(
    st.one_of(st.sampled_from(["a", "b-1", "x:y", "", "-bad", "a b"]), st.integers(0, 3)),
    max_size=6,
)


@given(_ITEMS)
def test_a_list_structures_as_item_by_item(items: list[Any]) -> None:
    tp = tuple[str, ...]
    hook = converter.get_structure_hook(str)
    fast = _raised(lambda: converter.structure(items, tp))
    general = _raised(lambda: _each(tp, enumerate(items), lambda item: hook(item, str)))
    assert fast == general
    if not general:
        assert converter.structure(items, tp) == tuple(items)


def _invalid(check: Any, value: Any) -> tuple[str, str, int | None] | None:
    try:
        check(None, _IDS_FIELD, value)
    except InvalidField as exc:
        return (exc.field, str(exc), exc.index)
    return None


_IDS_FIELD = attrs.fields_dict(Statement)["derived_from"]
_IDS = st.lists(st.one_of(st.none(), st.sampled_from(["a", "b", "a.1", "-x", "", "a\n"])))


def _each_in_turn(check: Any, value: Any) -> tuple[str, str, int | None] | None:
    """``Each`` as it reads: the check on every item, the first failure pointed at."""
    for index, item in enumerate(value or ()):
        found = _invalid(check, item)
        if found is not None:
            return (found[0], found[1], index)
    return None


def _unique_in_turn(value: Any) -> tuple[str, str, int | None] | None:
    seen: list[Any] = []
    for index, item in enumerate(value or ()):
        if item in seen:
            return ("derived_from", f"derived_from lists {item!r} twice", index)
        seen.append(item)
    return None


@given(_IDS.map(tuple))
def test_list_checks_find_what_item_by_item_finds(value: tuple[str | None, ...]) -> None:
    assert _invalid(ARE_IDS, value) == _each_in_turn(IS_ID, value)
    assert _invalid(Each(InRange(0, 1)), tuple(range(len(value)))) == _each_in_turn(
        InRange(0, 1), tuple(range(len(value)))
    )
    assert _invalid(Unique(), value) == _unique_in_turn(value)
    assert _invalid(UNIQUE_IDS, value) == (_each_in_turn(IS_ID, value) or _unique_in_turn(value))


def test_all_runs_its_checks_in_order_with_nested_ones_taken_apart() -> None:
    inner = All((ARE_IDS, Unique()))
    joined = All((inner, NotEmpty("id")))
    assert joined.flat == (ARE_IDS, Unique(), NotEmpty("id")) == tuple(parts(joined))
    assert inner.passes_empty
    assert not joined.passes_empty
    assert _invalid(inner, ()) is None
    assert _invalid(joined, ()) == ("derived_from", "derived_from needs at least one id", None)
    assert _invalid(joined, ("a", "a")) == ("derived_from", "derived_from lists 'a' twice", 1)


_DATE_TEXTS = st.one_of(
    st.sampled_from(["2024", "2024-02-29", "2023-02-29", "2024-13", "2024-01-10T10:00Z", "x"]),
    st.text(alphabet="0123456789-T:Z+/", max_size=22),
)


def _date_range_anew(text: str) -> DateRange:
    """``DateRange.parse`` with each end read anew (the memory of dates cleared first)."""
    _parse.cache_clear()
    return DateRange.parse(text)


@given(st.lists(_DATE_TEXTS, max_size=4))
def test_a_date_read_again_is_what_reading_it_anew_gives(texts: list[str]) -> None:
    for text in texts * 2:  # the second time from what the first kept, if it was kept
        for kept, anew in (
            (PartialDate.parse, PartialDate._read),
            (DateRange.parse, _date_range_anew),
        ):
            expected = _raised(lambda: anew(text))  # noqa: B023  (called at once)
            assert _raised(lambda: kept(text)) == expected  # noqa: B023
            if not expected:
                assert kept(text) == anew(text)
        # The converter says the same words, as its own error type.
        for hook, read in (
            (_structure_date, PartialDate.parse),
            (_structure_range, DateRange.parse),
        ):
            said = _raised(lambda: hook(text, None))  # noqa: B023
            assert [s.split(": ", 1)[1] for s in said] == [
                s.split(": ", 1)[1]
                for s in _raised(lambda: read(text))  # noqa: B023
            ]


def test_a_date_read_again_is_the_date_read_before() -> None:
    assert PartialDate.parse("2024-05") is PartialDate.parse("2024-05")


_RECORD_KEYS = st.sampled_from(
    sorted({"id", "citations", *CITED_KEYS, *(r.old for v in RENAMED.values() for r in v)})
    + sorted({r.new for v in RENAMED.values() for r in v})
)


@given(
    st.sampled_from([*RENAMED, "documents", "sources"]),
    st.dictionaries(_RECORD_KEYS, st.sampled_from(["x", "doc-1"]), max_size=5),
)
def test_a_record_in_todays_keys_is_kept_as_it_is(list_key: str, raw: dict[str, Any]) -> None:
    record, outdated = upgrade(list_key, raw)
    current = not list(renames(list_key, raw)) and not cited_keys(list_key, raw)
    assert (record is raw and outdated == []) == current
    if not current:
        assert outdated


@pytest.mark.parametrize("value", [None, "2024-01", 5])
def test_an_optional_date_structures_as_its_union(value: Any) -> None:
    tp: Any = PartialDate | None
    general = _raised(lambda: converter.structure(value, PartialDate)) if value is not None else ()
    assert _raised(lambda: converter.structure(value, tp)) == general


def _every_part(value: object, cls: type, path: tuple[Any, ...] = ()) -> Iterator[Any]:
    """Every ``cls`` inside ``value`` with its path, each field and item entered: the walk that
    ``values_of_type`` shortens."""
    if isinstance(value, cls):
        yield (path, value)
    if type(value) is tuple:
        for index, item in enumerate(value):
            yield from _every_part(item, cls, (*path, index))
    elif attrs.has(type(value)):
        for field in attrs.fields(cast("Any", type(value))):
            yield from _every_part(getattr(value, field.name), cls, (*path, field.name))


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(datasets)
def test_the_walk_finds_every_part_a_full_walk_finds(dataset: Dataset) -> None:
    for record in dataset.records():
        for cls in (PartialDate, DateRange, Period, Citation, Quantity, ProvisionRef):
            assert list(values_of_type(record, cls)) == list(_every_part(record, cls))


def _every_reference(value: object, path: tuple[Any, ...] = ()) -> Iterator[Any]:
    """Every id a value names, each field and item entered: what ``references`` shortens."""
    if type(value) is tuple:
        for index, item in enumerate(value):
            yield from _every_reference(item, (*path, index))
    elif attrs.has(type(value)):
        for field in attrs.fields(cast("Any", type(value))):
            item = getattr(value, field.name)
            kinds = referenced_kinds(field.metadata) if REFERENCE in field.metadata else ()
            if not kinds:
                yield from _every_reference(item, (*path, field.name))
            elif isinstance(item, str):
                yield ((*path, field.name), kinds, item)
            elif isinstance(item, tuple):
                for index, each in enumerate(item):
                    yield ((*path, field.name, index), kinds, each)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(datasets)
def test_references_are_every_id_a_full_walk_finds(dataset: Dataset) -> None:
    for record in dataset.records():
        assert list(references(record)) == list(_every_reference(record))


_GENERAL = make_converter(fast=False)


def _told(exc: BaseException) -> list[str]:
    """An error and every error inside it, as the loader reads them: type, text and notes."""
    notes = [str(n) for n in getattr(exc, "__notes__", [])]
    inner = [line for e in getattr(exc, "exceptions", ()) for line in _told(e)]
    return [f"{type(exc).__name__}: {exc} {notes}", *inner]


def _structured(conv: Any, value: Any) -> tuple[Any, list[str]]:
    try:
        return conv.structure(value, Dataset), []
    except Exception as exc:  # noqa: BLE001  (compared, not handled)
        return None, _told(exc)


_ODD = st.sampled_from([None, 1, 2.5, True, "x", "2024-13", [], ["x"], {}, {"id": "x"}])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(plain_datasets, st.data())
def test_records_structure_as_the_general_path_structures_them(
    written: dict[str, Any], data: st.DataObject
) -> None:
    for _ in range(data.draw(st.integers(0, 3))):
        # A record, or a part of it, made wrong: a key dropped, added or given an odd value.
        lists = [key for key, records in written.items() if records]
        if not lists:
            break
        records = written[data.draw(st.sampled_from(lists))]
        target: dict[str, Any] = data.draw(st.sampled_from(records))
        nested: list[dict[str, Any]] = [v for v in target.values() if isinstance(v, dict)]
        nested += [
            i for v in target.values() if isinstance(v, list) for i in v if isinstance(i, dict)
        ]
        inside: bool = data.draw(st.booleans())
        if nested and inside:
            target = data.draw(st.sampled_from(nested))
        key = data.draw(st.sampled_from([*target, "unknown_key"]))
        if data.draw(st.booleans()) and key in target:
            del target[key]
        else:
            target[key] = data.draw(_ODD)
    assert _structured(converter, written) == _structured(_GENERAL, written)

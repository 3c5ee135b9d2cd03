"""Tables for spreadsheets, pandas and DuckDB: one CSV per record type, one for the scores.

The tables are derived from the model, so a field added to the model is a column here with no
second list to keep: a record type is a table named after its Dataset list (``actors``); a
scalar field is a column named after the field; a nested record (``period``, ``quantity``) is
flattened into columns ``period_start``, ``quantity_low``; a list of records or of ids is a
table of its own, named after the record and the field (``allegations_items``,
``evidence_derived_from``), keyed by the parent's id and the position in the list (or the
item's own id, where it has one); a list of plain words (``aliases``) is a JSON array in one
cell. Every column's description is the model field's own, so the data dictionary of the docs
site and these tables cannot disagree.
"""

from __future__ import annotations

import csv
import io
import json
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from typing import Any, Final

import attrs

from evidtrack.as_of import AsOf
from evidtrack.export._common import RECORD_KINDS, reference_kind, scores
from evidtrack.model import Dataset, DateRange, PartialDate
from evidtrack.model._fields import DESCRIPTION
from evidtrack.model._tagged import record_members
from evidtrack.scoring import STANDARD, Assessment, Confidence, Likelihood, Profile

#: What a cell can hold before it is written as text.
Cell = str | int | float | bool | None


@attrs.frozen(kw_only=True)
class Column:
    """One column: its name, what it holds, the kind of value, and how to read it from a row."""

    name: str
    description: str
    type: str
    get: Callable[[Any], Cell] = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class Table:
    """One CSV file: a name (the file's stem), what a row is, the columns, and where rows come from.

    ``rows`` gives the row objects for a dataset and its scores; each column reads its cell from
    a row object.
    """

    name: str
    description: str
    columns: tuple[Column, ...]
    rows: Callable[[Dataset, dict[str, Assessment]], Iterable[Any]] = attrs.field(repr=False)

    def records(self, dataset: Dataset, by_id: dict[str, Assessment]) -> list[list[Cell]]:
        return [[c.get(row) for c in self.columns] for row in self.rows(dataset, by_id)]


@attrs.frozen(kw_only=True)
class _Row:
    """A row object: the ids of the records it belongs to, its place in its list, the item."""

    keys: tuple[str, ...]
    position: int
    item: Any


RowSource = Callable[[Dataset], Iterable[_Row]]


def _optional(tp: Any) -> Any:
    """``X | None`` -> ``X``."""
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _is_record(tp: Any) -> bool:
    """A nested attrs class other than a date or a date range, each written as one cell; or a
    union of records (a statement or an observation)."""
    if record_members(tp) is not None:
        return True
    return isinstance(tp, type) and attrs.has(tp) and tp not in (PartialDate, DateRange)


def _fields_of(cls: Any) -> tuple[attrs.Attribute[Any], ...]:
    """The fields of a record class; of a union of records, every member's, each name once."""
    found: dict[str, attrs.Attribute[Any]] = {}
    for member in record_members(cls) or (cls,):
        for field in attrs.fields(member):
            found.setdefault(field.name, field)
    return tuple(found.values())


def _list_of(field: attrs.Attribute[Any]) -> Any:
    """The element type of a list field that becomes a table (records or ids), else None."""
    tp = _optional(field.type)
    if typing.get_origin(tp) is not tuple:
        return None
    element = typing.get_args(tp)[0]
    return element if _is_record(element) or reference_kind(field) else None


def _type_name(tp: Any) -> str:
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "one of: " + ", ".join(str(m.value) for m in tp)
    if tp is PartialDate:
        return "date (YYYY, YYYY-MM, YYYY-MM-DD or a UTC time: the precision the source supports)"
    if tp is DateRange:
        return "date, or two joined by a slash (2024-01-05/2024-01-06), each at its precision"
    if typing.get_origin(tp) is tuple:
        return "JSON array of text"
    return {bool: "true or false", int: "integer", float: "number"}.get(tp, "text")


def cell(value: Any) -> Cell:
    """A model value as a cell: enums by value, dates in their written form, lists as JSON."""
    if isinstance(value, Enum):
        return cell(value.value)
    if isinstance(value, PartialDate | DateRange):
        return value.isoformat()
    if isinstance(value, tuple):
        return json.dumps([cell(v) for v in value], ensure_ascii=False)
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise TypeError(f"no cell for {value!r}")


def _field_reader(outer: Callable[[Any], Any], name: str) -> Callable[[Any], Any]:
    def read(row: Any) -> Any:
        parent = outer(row)
        # A field one member of a union has and the other not (what an observation observed).
        return None if parent is None else getattr(parent, name, None)

    return read


def _item(row: _Row) -> Any:
    return row.item


def _scalar_columns(
    cls: type, read: Callable[[Any], Any] = _item, prefix: str = "", context: str = ""
) -> Iterator[Column]:
    """The columns of ``cls``'s fields; nested records flattened, their field name a prefix."""
    for field in _fields_of(cls):
        if _list_of(field) is not None:
            continue  # a table of its own
        tp = _optional(field.type)
        description = f"{context} {field.metadata.get(DESCRIPTION, '')}".strip()
        value = _field_reader(read, field.name)
        if _is_record(tp):
            yield from _scalar_columns(tp, value, f"{prefix}{field.name}_", description)
            continue
        yield Column(
            name=prefix + field.name,
            description=description,
            type=_type_name(tp),
            get=_cell_of(value),
        )


def _cell_of(read: Callable[[Any], Any]) -> Callable[[Any], Cell]:
    return lambda row: cell(read(row))


def _key_columns(names: Sequence[str]) -> tuple[Column, ...]:
    def reader(index: int) -> Callable[[Any], Cell]:
        return lambda row: row.keys[index]

    return tuple(
        Column(
            name=name,
            description=f"Id of the {name.replace('_', ' ')} the row belongs to.",
            type="text",
            get=reader(index),
        )
        for index, name in enumerate(names)
    )


_POSITION: Final = Column(
    name="position",
    description="Place of the item in its list, from 1.",
    type="integer",
    get=lambda row: row.position,
)


def _ignoring_scores(rows: RowSource) -> Callable[[Dataset, dict[str, Assessment]], Iterable[Any]]:
    return lambda dataset, _: rows(dataset)


def _own_key(row: _Row) -> str:
    """How a row's children name it: its id, or its position where it has none."""
    record_id = getattr(row.item, "id", None)
    return record_id if isinstance(record_id, str) else str(row.position)


def _tables(
    cls: type,
    name: str,
    description: str,
    key: str,
    keys: tuple[str, ...],
    rows: RowSource,
) -> Iterator[Table]:
    """The table of ``cls`` and, depth first, a table for each of its list fields.

    ``key`` is what children call a row of this table (``allegation``, ``provision``); ``keys``
    are the names of the key columns this table's rows carry from their parents.
    """
    in_list = bool(keys)
    yield Table(
        name=name,
        description=description,
        columns=(
            *_key_columns(keys),
            *((_POSITION,) if in_list else ()),
            *_scalar_columns(cls),
        ),
        rows=_ignoring_scores(rows),
    )
    names = {field.name for field in _fields_of(cls)}
    for field in _fields_of(cls):
        element = _list_of(field)
        if element is None:
            continue
        child_keys = (*keys, key if "id" in names else f"{key}_position")

        def child_rows(dataset: Dataset, field_name: str = field.name) -> Iterator[_Row]:
            for parent in rows(dataset):
                for position, item in enumerate(getattr(parent.item, field_name, ()), start=1):
                    yield _Row(keys=(*parent.keys, _own_key(parent)), position=position, item=item)

        child_name = f"{name}_{field.name}"
        child_description = str(field.metadata.get(DESCRIPTION, ""))
        if _is_record(element):
            yield from _tables(
                element,
                child_name,
                child_description,
                field.name.removesuffix("s"),
                child_keys,
                child_rows,
            )
        else:
            yield Table(
                name=child_name,
                description=child_description,
                columns=(
                    *_key_columns(child_keys),
                    _POSITION,
                    Column(
                        name=field.name,
                        description=f"Id of one {reference_kind(field)} of the list.",
                        type="text",
                        get=lambda row: cell(row.item),
                    ),
                ),
                rows=_ignoring_scores(child_rows),
            )


def _top_rows(field_name: str) -> RowSource:
    def rows(dataset: Dataset) -> Iterator[_Row]:
        for record in getattr(dataset, field_name):
            yield _Row(keys=(), position=0, item=record)

    return rows


def _record_tables() -> Iterator[Table]:
    for field in attrs.fields(Dataset):
        element = typing.get_args(field.type)[0]
        yield from _tables(
            element,
            field.name,
            str(field.metadata.get(DESCRIPTION, "")),
            RECORD_KINDS[field.name],
            (),
            _top_rows(field.name),
        )


def _score_rows(dataset: Dataset, by_id: dict[str, Assessment]) -> Iterator[Assessment]:
    return (by_id[a.id] for a in dataset.allegations)


def _score_column(
    name: str, description: str, type: str, get: Callable[[Assessment], Any]
) -> Column:
    return Column(name=name, description=description, type=type, get=lambda a: cell(get(a)))


SCORES: Final = Table(
    name="scores",
    description="The corroboration score of each allegation as of the export's as-of date.",
    columns=(
        _score_column("allegation", "Id of the allegation scored.", "text", lambda a: a.allegation),
        _score_column(
            "as_of",
            "The score counts what was published by the end of this date; empty: all the"
            " evidence on record.",
            "date",
            lambda a: a.as_of,
        ),
        _score_column(
            "likelihood",
            "Probability that the allegation is true, 0.01 to 0.99.",
            "number",
            lambda a: a.likelihood,
        ),
        _score_column(
            "icd203_term",
            "The likelihood in the words of ICD 203.",
            _type_name(Likelihood),
            lambda a: a.term,
        ),
        _score_column(
            "confidence",
            "How well the evidence supports the judgement, stated apart from the likelihood.",
            _type_name(Confidence),
            lambda a: a.confidence,
        ),
        _score_column(
            "stix_confidence",
            "The confidence on STIX 2.1's None/Low/Med/High scale (15, 50 or 85).",
            "integer",
            lambda a: a.stix_confidence,
        ),
        _score_column(
            "two_independent_sources",
            "Whether two supporting sources independent of the accusers are on record"
            " (S/2006/997, annex, para 23).",
            "true or false",
            lambda a: a.two_independent_sources,
        ),
        _score_column(
            "log_odds",
            "The log-odds L (nats) the likelihood is computed from.",
            "number",
            lambda a: a.log_odds,
        ),
        _score_column("prior", "The prior probability.", "number", lambda a: a.prior),
        _score_column("profile", "Name of the scoring profile.", "text", lambda a: a.profile_name),
        _score_column(
            "profile_version",
            "Version of the scoring profile.",
            "text",
            lambda a: a.profile_version,
        ),
        _score_column(
            "counted",
            "Number of evidence items and responses the score counts.",
            "integer",
            lambda a: a.counted,
        ),
    ),
    rows=_score_rows,
)

#: Every table, in the order of the data dictionary: the records' tables, then the scores.
TABLES: Final[tuple[Table, ...]] = (*_record_tables(), SCORES)


def to_tables(
    dataset: Dataset, *, as_of: AsOf | None = None, profile: Profile = STANDARD
) -> dict[str, list[list[Cell]]]:
    """Every table's rows (header first) for ``dataset``, by table name."""
    by_id = scores(dataset, as_of, profile)
    return {
        table.name: [[c.name for c in table.columns], *table.records(dataset, by_id)]
        for table in TABLES
    }


def csv_text(rows: Iterable[Sequence[Cell]]) -> str:
    """RFC 4180 CSV: a header row, CRLF line ends, quotes where needed; None is an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow(["" if v is None else _cell_text(v) for v in row])
    return out.getvalue()


def _cell_text(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)  # floats by their shortest exact repr

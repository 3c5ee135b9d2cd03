"""The CSV tables: read back by the csv module and DuckDB, counts and a join as an analyst would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import attrs
import duckdb
import pytest
from hypothesis import given, settings

from evidtrack.export import write
from evidtrack.export.tables import TABLES, csv_text, to_tables
from evidtrack.export.write import MARKER
from evidtrack.loading import load_paths
from evidtrack.model import Dataset
from evidtrack.scoring import score
from tests.export.datasets import valid_datasets

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> Dataset:
    return load_paths([SEEDS]).dataset


@pytest.fixture(scope="module")
def folder(seeds: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables") / "csv"
    write(seeds, "csv", out)
    return out


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_file_per_table_and_the_marker(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{t.name}.csv" for t in TABLES] + [MARKER]
    )


def test_csv_module_reads_every_record(folder: Path, seeds: Dataset) -> None:
    for field in attrs.fields(Dataset):
        rows = _read(folder / f"{field.name}.csv")
        assert [r["id"] for r in rows] == [r.id for r in getattr(seeds, field.name)]
    evidence = {r["id"]: r for r in _read(folder / "evidence.csv")}
    citations = _read(folder / "evidence_citations.csv")
    speakers = _read(folder / "evidence_speakers.csv")
    for item in seeds.evidence:
        row = evidence[item.id]
        assert row["published"] == (item.published.isoformat() if item.published else "")
        assert row["credibility"] == str(item.credibility.value)
        assert row["directness"] == str(item.directness)
        # Each report in a table of its own: curly quotes, no-break spaces and all.
        assert [r["quote"] for r in citations if r["evidence"] == item.id] == [
            c.quote or "" for c in item.citations
        ]
        assert [r["speakers"] for r in speakers if r["evidence"] == item.id] == list(item.speakers)
    items = _read(folder / "allegations_items.csv")
    assert len(items) == sum(len(a.items) for a in seeds.allegations)
    accusers = _read(folder / "allegations_accusers.csv")
    assert [(r["allegation"], r["accusers"]) for r in accusers] == [
        (a.id, actor) for a in seeds.allegations for actor in a.accusers
    ]


def test_scores_table_holds_each_allegations_score(folder: Path, seeds: Dataset) -> None:
    rows = {r["allegation"]: r for r in _read(folder / "scores.csv")}
    assert set(rows) == {a.id for a in seeds.allegations}
    for allegation in seeds.allegations:
        assessed = score(allegation, seeds)
        row = rows[allegation.id]
        assert float(row["likelihood"]) == assessed.likelihood  # exact: shortest repr
        assert row["icd203_term"] == assessed.term.value
        assert row["confidence"] == assessed.confidence.value
        assert row["as_of"] == ""


def test_duckdb_reads_the_tables_and_joins_evidence_to_allegations(
    folder: Path, seeds: Dataset
) -> None:
    db = duckdb.connect()
    for table in TABLES:
        db.execute(
            f"CREATE TABLE {table.name} AS SELECT * FROM read_csv(?, header = true,"
            " all_varchar = true)",
            [str(folder / f"{table.name}.csv")],
        )
    for field in attrs.fields(Dataset):
        (count,) = db.execute(f"SELECT count(*) FROM {field.name}").fetchone() or (None,)
        assert count == len(getattr(seeds, field.name)), field.name
    joined = db.execute(
        "SELECT a.id, count(e.id), sum(CASE WHEN e.stance = 'supports' THEN 1 ELSE 0 END),"
        " any_value(s.likelihood)"
        " FROM allegations a JOIN evidence_allegations b ON b.allegations = a.id"
        " JOIN evidence e ON e.id = b.evidence"
        " JOIN scores s ON s.allegation = a.id GROUP BY a.id ORDER BY a.id"
    ).fetchall()
    expected = sorted(
        (
            a.id,
            len(seeds.evidence_for(a.id)),
            sum(i.stance.value == "supports" for i in seeds.evidence_for(a.id)),
            str(score(a, seeds).likelihood),
        )
        for a in seeds.allegations
        if seeds.evidence_for(a.id)
    )
    assert [tuple(row) for row in joined] == expected


def test_every_column_is_documented() -> None:
    for table in TABLES:
        assert table.description, table.name
        names = [c.name for c in table.columns]
        assert len(names) == len(set(names)), table.name
        for column in table.columns:
            assert column.description.strip(), (table.name, column.name)
            assert column.name.isidentifier()
            assert column.name.islower()


@settings(max_examples=40)
@given(valid_datasets())
def test_tables_read_back_cell_for_cell(dataset: Dataset) -> None:
    tables = to_tables(dataset)
    for table in TABLES:
        rows = tables[table.name]
        text = csv_text(rows)
        read = list(csv.reader(io.StringIO(text, newline="")))
        assert read[0] == [c.name for c in table.columns]
        assert len(read) == len(rows)
        for written, back in zip(rows[1:], read[1:], strict=True):
            assert back == [
                "" if v is None else ("true" if v is True else "false" if v is False else str(v))
                for v in written
            ]
    # Every record is a row of its table, and every list item a row of the list's table.
    for field in attrs.fields(Dataset):
        assert len(tables[field.name]) - 1 == len(getattr(dataset, field.name))
    assert len(tables["allegations_items"]) - 1 == sum(len(a.items) for a in dataset.allegations)
    assert len(tables["evidence_derived_from"]) - 1 == sum(
        len(e.derived_from) for e in dataset.evidence
    )

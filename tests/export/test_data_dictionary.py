"""The docs site's data dictionary is generated from the tables' own column definitions."""

from __future__ import annotations

from pathlib import Path

from evidtrack.docs import generate
from evidtrack.docs.escape import md
from evidtrack.export.tables import TABLES
from evidtrack.loading import load_paths

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_page_lists_every_table_and_column(tmp_path: Path) -> None:
    dataset = load_paths([SEEDS]).dataset
    generate(dataset, tmp_path / "source", examples=dataset)
    page = (tmp_path / "source" / "data-dictionary.md").read_text(encoding="utf-8")
    assert "data-dictionary" in (tmp_path / "source" / "index.md").read_text(encoding="utf-8")
    for table in TABLES:
        assert f"## {md(table.name)}\n" in page
        section = page.split(f"## {md(table.name)}\n", 1)[1].split("\n## ", 1)[0]
        rows = [line for line in section.splitlines() if line.startswith("| `")]
        assert len(rows) == len(table.columns), table.name
        for column, row in zip(table.columns, rows, strict=True):
            assert row.startswith(f"| ` {column.name} ` |")
            assert md(column.description) in row

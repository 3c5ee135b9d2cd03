"""Files in the older format keep loading (each old key reported), and ``evidtrack migrate``
rewrites them to the same records, keeping comments, order and quoting."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import given, settings

from evidtrack.cli import main
from evidtrack.loading import LoadCode, load_text
from evidtrack.loading.dump import dump_plain
from evidtrack.loading.migration import migrate
from evidtrack.loading.outdated import CITED, RENAMED
from tests.strategies import plain_datasets

HERE: Final = Path(__file__).parent
OLD_SHAPES: Final = HERE / "old-shapes.yaml"
OLD_SEED: Final = HERE / "old-seed.yaml"


def _outdated(text: str) -> list[str]:
    return [
        f.message for f in load_text(text, "old.yaml").findings if f.code == LoadCode.OUTDATED_KEY
    ]


def _comments(text: str) -> list[str]:
    return [line.split("#", 1)[1] for line in text.splitlines() if re.search(r"(^|\s)#", line)]


@pytest.mark.parametrize("path", [OLD_SHAPES, OLD_SEED], ids=lambda p: p.name)
def test_an_old_file_loads_says_what_to_change_and_migrates_to_the_same_records(
    path: Path,
) -> None:
    old = path.read_text(encoding="utf-8")
    before = load_text(old, str(path))
    # It loads: every record is there, read as today's keys; each old key is one finding.
    assert {f.code for f in before.findings} == {LoadCode.OUTDATED_KEY}
    assert before.dataset.evidence
    migration = migrate(old, str(path))
    assert migration.problems == ()
    assert migration.changes >= len(before.findings)
    after = load_text(migration.text, str(path))
    assert after.findings == ()
    assert after.dataset == before.dataset
    # Comments and order stay; the rewrite is done once.
    assert _comments(migration.text) == _comments(old)
    assert migrate(migration.text, str(path)).changes == 0


def test_each_old_key_is_reported_where_it_was_written_with_what_to_write() -> None:
    findings = [
        f
        for f in load_text(OLD_SHAPES.read_text(encoding="utf-8"), "old.yaml").findings
        if f.code == LoadCode.OUTDATED_KEY
    ]
    said = {(f.location.line, f.location.column): f.message for f in findings}
    assert said[(5, 5)].startswith("'supplier' is now 'suppliers', a list: write suppliers: [PRK]")
    assert said[(12, 5)].startswith("'allegation' is now 'allegations', a list: write")
    # One finding for the pair, where the first of them is written.
    assert said[(15, 5)].startswith("'quote' and 'document' now go in a list of citations")
    assert "citations: [{document: doc-old, quote: ...}]" in said[(15, 5)]
    assert said[(19, 5)].startswith("'date' is now 'published': write published: 2024-02")
    assert "(the value as before)" in said[(20, 5)]  # a paragraph is not repeated
    assert all(m.endswith("(evidtrack migrate FILE rewrites it)") for m in said.values())
    assert all("\n" not in m for m in said.values())


def test_the_rewrite_reads_as_written() -> None:
    text = migrate(OLD_SHAPES.read_text(encoding="utf-8")).text
    assert "    suppliers: [PRK]  # the supplier\n" in text
    assert '    recipients: ["RUS"]\n' in text
    assert "    speakers: ['kirby']\n" in text
    # the quote before its document: moved together under citations, the block scalar intact
    assert (
        "    citations:\n"
        "      - quote: >-\n"
        "          A folded quote that runs\n"
        "          over two lines\n"
        "        document: doc-old\n"
    ) in text
    assert "    published_basis: |\n      A literal basis, kept as written" in text
    assert "    allegations: [al-old]  # answered here\n" in text


def _downgraded(plain: dict[str, Any]) -> dict[str, Any] | None:
    """The dataset in the older keys, where the older format could say it; else None."""
    old = copy.deepcopy(plain)
    for key in CITED:
        for record in old.get(key, []):
            if len(record["allegations"]) != 1 or len(record["citations"]) != 1:
                return None
            if len(record.get("speakers", [])) > 1 or set(record["citations"][0]) - {
                "document",
                "quote",
            }:
                return None
            record.update(record.pop("citations")[0])
    for key, renames in RENAMED.items():
        for record in old.get(key, []):
            for rename in renames:
                if rename.new not in record:
                    continue
                value = record.pop(rename.new)
                if rename.listed:
                    if len(value) != 1:
                        return None
                    value = value[0]
                record[rename.old] = value
    return old


@settings(max_examples=150)
@given(plain_datasets)
def test_any_old_file_migrates_to_what_the_loader_reads_from_it(plain: dict[str, Any]) -> None:
    old = _downgraded(plain)
    if old is None:
        return
    text = dump_plain(old)
    before = load_text(text, "old.yaml")
    assert {f.code for f in before.findings} <= {LoadCode.OUTDATED_KEY}
    assert before.dataset == load_text(dump_plain(plain), "new.yaml").dataset
    migration = migrate(text, "old.yaml")
    assert migration.problems == ()
    after = load_text(migration.text, "old.yaml")
    assert after.findings == ()
    assert after.dataset == before.dataset


def test_the_command_rewrites_in_place_and_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    shutil.copy(OLD_SHAPES, folder / "old.yaml")
    (folder / "new.yaml").write_text("actors: []\n", encoding="utf-8")
    assert main(["migrate", "--check", str(folder)]) == 1
    assert "old.yaml: 16 keys to rewrite" in capsys.readouterr().out
    assert (folder / "old.yaml").read_text(encoding="utf-8") == OLD_SHAPES.read_text(
        encoding="utf-8"
    )
    assert main(["migrate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "old.yaml: rewrote 16 keys" in out
    assert out.rstrip().endswith("1 of 2 files rewritten.")
    assert main(["migrate", "--check", str(folder)]) == 0
    assert main(["validate", str(folder / "old.yaml"), "--select", "ET016"]) == 0


def test_a_file_it_cannot_read_is_said_and_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("evidence: [\n", encoding="utf-8")
    assert main(["migrate", str(broken)]) == 1
    assert "broken.yaml: not rewritten: 2:1: YAML syntax error" in capsys.readouterr().out
    assert broken.read_text(encoding="utf-8") == "evidence: [\n"
    assert main(["migrate", str(tmp_path / "missing.yaml")]) == 2

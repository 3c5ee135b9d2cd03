"""``evidtrack schema``: writes the schemas, and --check exits 1 when they are stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidtrack.cli import main
from evidtrack.schema import generate

NAME = "evidence-file.schema.json"


def test_writes_every_schema_into_a_new_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nested" / "schemas"
    assert main(["schema", "--out", str(out)]) == 0
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == generate()
    assert f"wrote {out / NAME}" in capsys.readouterr().out
    assert main(["schema", "--out", str(out)]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_check_passes_on_fresh_files_and_fails_on_stale_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert main(["schema", "--out", str(tmp_path), "--check"]) == 0
    capsys.readouterr()
    path = tmp_path / NAME
    path.write_text(path.read_text(encoding="utf-8").replace("Analyst", "Analysts"), "utf-8")
    assert main(["schema", "--out", str(tmp_path), "--check"]) == 1
    out = capsys.readouterr().out
    assert f"{path}: out of date with the model; run: evidtrack schema --out {tmp_path}" in out
    # --check writes nothing.
    assert "Analysts" in path.read_text(encoding="utf-8")


def test_check_reports_missing_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--out", str(tmp_path / "none"), "--check"]) == 1
    assert NAME in capsys.readouterr().out
    assert not (tmp_path / "none").exists()


def test_an_out_that_is_a_file_cannot_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "file.json"
    target.write_text("{}", encoding="utf-8")
    assert main(["schema", "--out", str(target)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "{}"


def test_an_unwritable_folder_cannot_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    assert main(["schema", "--out", str(blocker / "sub")]) == 2
    assert "cannot write to" in capsys.readouterr().err

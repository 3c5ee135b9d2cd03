"""``evidtrack export``: the gate, the outputs, and folders it must not replace."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import evidtrack
from evidtrack.cli import main
from evidtrack.export import MARKER, export

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["export", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_stix_goes_to_standard_output_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, str(SEEDS), "--format", "stix")
    assert status == 0
    bundle = json.loads(out)
    assert bundle["type"] == "bundle"
    assert "wrote standard output:" in err
    # The seeds' 28 evidence items, and the 3 responses STIX's agreement scale cannot carry (a
    # counter-accusation, the veto, the United States' silence).
    assert "31 note" in err


@pytest.mark.parametrize("format", ["stix", "ftm"])
def test_a_file_is_written_whole(
    format: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sub" / f"seeds.{format}.json"
    status, printed, _ = _run(capsys, str(SEEDS), "--format", format, "--out", str(out))
    assert status == 0
    assert printed.startswith(f"wrote {out}: ")
    assert out.read_text(encoding="utf-8").endswith("\n")
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left


def test_csv_needs_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, str(SEEDS), "--format", "csv")
    assert status == 2
    assert "give --out DIR" in err


def test_csv_replaces_its_own_folder_and_no_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tables"
    assert _run(capsys, str(SEEDS), "--format", "csv", "--out", str(out))[0] == 0
    (out / "stale.csv").write_text("left from an earlier export\n", encoding="utf-8")
    assert _run(capsys, str(SEEDS), "--format", "csv", "--out", str(out))[0] == 0
    assert not (out / "stale.csv").exists()  # replaced whole
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine\n", encoding="utf-8")
    status, _, err = _run(capsys, str(SEEDS), "--format", "csv", "--out", str(mine))
    assert status == 2
    assert "was not written by evidtrack export" in err
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "tables"]


def test_a_file_output_that_is_a_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, str(SEEDS), "--format", "stix", "--out", str(tmp_path))
    assert status == 2
    assert "is a folder" in err


def test_data_with_errors_is_not_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(SEEDS, data)
    allegation = next((data / "allegations").glob("*.yaml"))
    text = allegation.read_text(encoding="utf-8")
    allegation.write_text(text.replace("source: ", "source: no-such-", 1), encoding="utf-8")
    out = tmp_path / "bundle.json"
    status, printed, err = _run(capsys, str(data), "--format", "stix", "--out", str(out))
    assert status == 1
    assert "ET102" in err  # the findings, as every command's gate prints them
    assert "stopped before exporting" in err
    assert printed == ""
    assert not out.exists()


def test_allow_errors_exports_what_can_be_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(SEEDS, data)
    allegation = data / "allegations" / "irn-rus-uavs-2022.yaml"
    text = allegation.read_text(encoding="utf-8")
    # An error the exports can carry: an evidence date in the future.
    dated = text.replace('published: "2022-09"', 'published: "2099-09"', 1)
    assert dated != text
    allegation.write_text(dated, encoding="utf-8")
    out = tmp_path / "bundle.json"
    status, _, err = _run(
        capsys, str(data), "--format", "stix", "--out", str(out), "--allow-errors"
    )
    assert status == 1  # the errors still fail the run
    assert "exporting despite" in err
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "bundle"
    # A reference to nothing points at the id its record would have.
    allegation.write_text(text.replace("source: ", "source: no-such-", 1), encoding="utf-8")
    for format in ("stix", "ftm", "csv"):
        target = tmp_path / f"out-{format}"
        status, _, err = _run(
            capsys, str(data), "--format", format, "--out", str(target), "--allow-errors"
        )
        assert status == 1, err
        assert target.exists()


def test_library_export_applies_the_same_gate(tmp_path: Path) -> None:
    result = export([SEEDS], format="ftm", out=tmp_path / "e.json")
    assert result.counts is not None
    assert result.counts["Event"] == len(evidtrack.load_paths(SEEDS).dataset.allegations)
    broken = tmp_path / "broken.yaml"
    broken.write_text("actors:\n  - id: X\n    kind: state\n", encoding="utf-8")
    refused = export([broken], format="ftm", out=tmp_path / "b.json")
    assert not refused.ok
    assert {f.code for f in refused.validation.findings} == {"ET011"}  # name is missing
    assert not (tmp_path / "b.json").exists()


def test_as_of_is_read_as_the_other_commands_read_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "t"
    status, _, _ = _run(
        capsys, str(SEEDS), "--format", "csv", "--out", str(out), "--as-of", "2022-09"
    )
    assert status == 0
    rows = (out / "scores.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == len(evidtrack.load_paths(SEEDS).dataset.allegations)
    assert all(",2022-09," in row for row in rows)
    with pytest.raises(SystemExit):
        main(["export", str(SEEDS), "--format", "csv", "--as-of", "September"])
    assert MARKER in {p.name for p in out.iterdir()}

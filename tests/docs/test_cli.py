"""``evidtrack docs build``: exit 0 with a site, 1 on loading problems, 2 when it cannot run."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidtrack.cli import main
from evidtrack.loading.dump import dump_dataset
from tests.docs import data


def test_builds_the_site_from_data_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = tmp_path / "evidence.yaml"
    evidence.write_text(dump_dataset(data.ordinary()), encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "schema-differences.md").write_text("# Schema differences\n\nNone.\n")
    out = tmp_path / "site"
    status = main(["docs", "build", str(evidence), "--out", str(out), "--pages", str(pages)])
    printed = capsys.readouterr()
    assert status == 0, printed.err
    assert f"site:  {out / 'html' / 'index.html'}" in printed.out
    assert (out / "html" / "dossiers" / "prk-rus-missiles.html").is_file()
    assert (out / "html" / "schema-differences.html").is_file()
    assert (out / "source" / "index.md").is_file()


def test_loading_problems_are_located_findings_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("actors:\n- id: PRK\n  kind: state\n  name: North Korea\n  colour: red\n")
    status = main(["docs", "build", str(broken), "--out", str(tmp_path / "site")])
    printed = capsys.readouterr()
    assert status == 1
    assert printed.out == ""
    assert f"{broken}:5:3: [error] ET010 unknown key 'colour'" in printed.err
    assert "stopped before building the docs: fix the 1 error above" in printed.err
    assert not (tmp_path / "site").exists()


def test_a_missing_path_or_archive_cannot_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["docs", "build", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    evidence = tmp_path / "evidence.yaml"
    evidence.write_text("actors: []\n")
    archive = str(tmp_path / "no-archive")
    assert main(["docs", "build", str(evidence), "--archive", archive]) == 2
    assert archive in capsys.readouterr().err


def test_the_archive_defaults_to_the_configured_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    document = data.ordinary().documents[0]
    assert document.file is not None
    (texts / document.file).write_text("… on at least nine occasions …", encoding="utf-8")
    (tmp_path / "evidtrack.toml").write_text('archive = "texts"\n')
    evidence = tmp_path / "evidence.yaml"
    evidence.write_text(dump_dataset(data.ordinary()), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # The configured archive is read by the gate too: the long quote is not in the text, an
    # error that stops the build unless the user lets it through.
    assert main(["docs", "build", "evidence.yaml", "--out", "site"]) == 1
    assert f"ET401 quote not found verbatim in {document.file}" in capsys.readouterr().err
    assert main(["docs", "build", "evidence.yaml", "--out", "site", "--allow-errors"]) == 1
    source = (tmp_path / "site" / "source" / "dossiers" / "prk-rus-missiles.md").read_text()
    assert "Quote check: NOT FOUND" in source  # the text is there, and the long quote is not
    assert "Quote check: text not available" not in source
    (tmp_path / "evidtrack.toml").write_text("archive = 3\n")
    assert main(["docs", "build", "evidence.yaml", "--out", "site"]) == 2
    assert "archive" in capsys.readouterr().err


def test_a_folder_not_written_by_a_build_is_never_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = tmp_path / "evidence.yaml"
    evidence.write_text("actors: []\n")
    out = tmp_path / "out"
    (out / "source").mkdir(parents=True)
    keep = out / "source" / "thesis.tex"
    keep.write_text("years of work")
    assert main(["docs", "build", str(evidence), "--out", str(out)]) == 2
    assert "was not written by evidtrack docs build" in capsys.readouterr().err
    assert keep.read_text() == "years of work"
    # A folder an earlier build wrote is replaced, html and all.
    assert main(["docs", "build", str(evidence), "--out", str(tmp_path / "site")]) == 0
    assert main(["docs", "build", str(evidence), "--out", str(tmp_path / "site")]) == 0

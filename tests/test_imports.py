"""Each command imports what it runs: ``validate`` does not load the exporters, the scorer,
rich or the docs builder (their imports cost about half a second of every re-validation), nor
pendulum (validation, and a score of all the evidence, compare dates as integer bounds; pendulum
and dateutil cost 45 ms)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evidtrack.cli import COMMANDS, chosen, main

#: Packages ``evidtrack validate`` never needs.
NOT_FOR_VALIDATE = ("evidtrack.export", "evidtrack.scoring", "evidtrack.docs", "rich", "pendulum")

SEEDS = Path(__file__).parent.parent / "seeds"

#: Runs the command in a fresh interpreter and prints its exit status and what it imported.
SCRIPT = """
import contextlib, io, json, sys
from evidtrack.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def _run(args: list[str], cwd: Path) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(done.stdout)
    return out["status"], out["modules"]


def _loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(f"{p}.") for p in packages)]


def test_validate_imports_only_what_it_runs(tmp_path: Path) -> None:
    status, modules = _run(["validate", str(SEEDS), "-j", "1", "--no-cache"], tmp_path)
    assert status in (0, 1)
    assert "evidtrack.validation" in modules  # the run did validate
    assert _loaded(modules, NOT_FOR_VALIDATE) == []


def test_score_still_imports_what_it_runs(tmp_path: Path) -> None:
    status, modules = _run(["score", str(SEEDS), "-j", "1"], tmp_path)
    assert status in (0, 1)
    assert _loaded(modules, ("evidtrack.scoring",)) != []
    # Scoring all the evidence compares dates as bounds too: no moment, no pendulum.
    assert _loaded(modules, ("pendulum", "dateutil")) == []


def test_a_score_as_of_a_date_reads_moments(tmp_path: Path) -> None:
    status, modules = _run(["score", str(SEEDS), "-j", "1", "--as-of", "2024-06"], tmp_path)
    assert status in (0, 1)
    assert _loaded(modules, ("pendulum",)) != []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["validate", "seeds"], "validate"),
        (["--version"], None),
        (["-h", "validate"], None),
        (["validat", "seeds"], None),
        ([], None),
        (["cache", "clean"], "cache"),
    ],
)
def test_the_command_line_names_one_command(argv: list[str], expected: str | None) -> None:
    assert chosen(argv) == expected


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)


def test_a_misspelt_command_lists_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["validat", "seeds"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert all(name in err for name in COMMANDS)

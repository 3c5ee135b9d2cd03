"""How the library and the command line take paths: one path is never walked letter by letter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Final

import pytest

import evidtrack
from evidtrack.cli import main
from evidtrack.loading import NoEvidenceFiles, find_files, load_paths

REPO: Final = Path(__file__).resolve().parents[1]
SEEDS: Final = REPO / "seeds"
SEED_FILES: Final = sorted(os.fspath(p) for p in SEEDS.rglob("*.yaml"))


@pytest.mark.parametrize("given", [os.fspath(SEEDS), SEEDS, [SEEDS], (os.fspath(SEEDS),)])
def test_one_path_or_an_iterable_of_paths(given: Any) -> None:
    result = load_paths(given)
    assert sorted(result.files) == SEED_FILES
    assert result.findings == ()


def test_a_relative_str_is_one_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = load_paths("seeds")
    assert sorted(result.files) == sorted(os.path.relpath(f, REPO) for f in SEED_FILES)


def test_a_generator_of_paths_is_read_once() -> None:
    files = find_files(p for p in [SEEDS / "registry", SEEDS / "allegations"])
    assert sorted(files) == SEED_FILES


@pytest.mark.parametrize("given", [b"seeds", 7, [b"seeds"], ["seeds", None]])
def test_what_is_no_path_is_a_type_error(given: Any) -> None:
    with pytest.raises(TypeError, match="paths: expected"):
        load_paths(given)


def test_a_folder_without_evidence_files_raises(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not evidence\n")
    with pytest.raises(NoEvidenceFiles, match=f"no evidence files found under {tmp_path}"):
        load_paths(tmp_path)
    with pytest.raises(NoEvidenceFiles):
        evidtrack.validate(tmp_path)


def test_a_missing_file_is_a_finding_not_an_exception(tmp_path: Path) -> None:
    result = load_paths(tmp_path / "absent.yaml")
    assert [f.code for f in result.findings] == ["ET005"]


@pytest.mark.parametrize("command", ["validate", "score", "summary"])
def test_every_command_exits_2_on_a_folder_without_evidence(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(tmp_path)]) == 2
    printed = capsys.readouterr()
    assert f"evidtrack: error: no evidence files found under {tmp_path}" in printed.err
    assert "Found no problems" not in printed.out


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"evidtrack {evidtrack.__version__}\n"


def test_python_dash_m_runs_the_command() -> None:
    command = [sys.executable, "-m", "evidtrack", "--version"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, f"evidtrack {evidtrack.__version__}\n")

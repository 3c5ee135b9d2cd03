"""validate end to end: seeds/ clean, any valid dataset checked without a traceback, CI snippets."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.cli import main
from evidtrack.cli import validate as validate_command
from evidtrack.loading import load_text
from evidtrack.loading.dump import dump_dataset
from evidtrack.model import Dataset
from evidtrack.validation import validate_loaded
from tests.rules.conftest import AS_OF, BASE
from tests.strategies import datasets

ROOT = Path(__file__).parents[2]
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def test_seeds_validate_clean() -> None:
    # The project's own data passes its own rules (warnings allowed, as in CI).
    argv = ["validate", str(ROOT / "seeds")]
    if SHARED_SEEDS.is_dir():
        argv += ["--archive", str(SHARED_SEEDS)]
    assert main(argv) == 0


@settings(max_examples=60)
@given(datasets, st.dates())
def test_any_valid_dataset_is_checked_without_a_traceback(dataset: Dataset, day: object) -> None:
    text = dump_dataset(dataset)
    loaded = load_text(text, "generated.yaml")
    assert loaded.findings == ()
    result = validate_loaded(loaded, as_of=day)  # type: ignore[arg-type]
    lines = text.count("\n") + 1
    for finding in result.findings:
        assert finding.location.path == "generated.yaml"
        assert 1 <= finding.location.line <= lines
        assert finding.location.column >= 1
        assert "\n" not in finding.message


def test_progress_is_drawn_on_a_terminal_only_after_a_while() -> None:
    stream = io.StringIO()
    progress = validate_command._Progress(stream)
    progress("loading", 1, 10)
    assert stream.getvalue() == ""  # a short run stays quiet
    progress.started -= validate_command.PROGRESS_AFTER
    progress("ET201", 3, 28)
    assert stream.getvalue() == "\revidtrack: ET201 3/28\033[K"
    progress.clear()
    assert stream.getvalue().endswith("\r\033[K")


def _readme_block(after: str, language: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(after)
    match = re.compile(rf"```{language}\n(.*?)```", re.DOTALL).search(text, start)
    assert match is not None
    return match[1]


def test_readme_github_actions_snippet_is_a_valid_workflow(tmp_path: Path) -> None:
    workflow = tmp_path / "evidence.yaml"
    workflow.write_text(_readme_block("GitHub Actions", "yaml"), encoding="utf-8")
    assert "evidtrack validate" in workflow.read_text(encoding="utf-8")
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(workflow),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_readme_configuration_example_is_read(tmp_path: Path) -> None:
    from evidtrack.config import load_config
    from evidtrack.validation import resolve

    path = tmp_path / "pyproject.toml"
    path.write_text(_readme_block("Configuration lives", "toml"), encoding="utf-8")
    config = resolve(load_config(path), select=None, ignore=())
    assert config.ignore == ("ET503",)
    assert config.per_file_ignores == (("drafts/*.yaml", ("ET5",)),)


def test_pre_commit_hook_manifest_runs_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False  # references cross files: check whole folders
    assert re.search(hook["files"], "evidence/a.yaml")
    assert re.search(hook["files"], "pyproject.toml")
    program, *command = hook["entry"].split()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"][program] == "evidtrack.cli:entry"
    assert main([*command, str(BASE), "--as-of", AS_OF.isoformat()]) == 0
    assert capsys.readouterr().out.startswith("Found no problems")

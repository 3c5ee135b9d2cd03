"""Configuration and options: never skipped or ignored without a word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evidtrack.cli import main
from evidtrack.config import ConfigError, find_config, load_config
from evidtrack.findings import Severity
from evidtrack.loading import load_paths
from evidtrack.rules import SelectorError
from evidtrack.scoring import timeline
from evidtrack.validation import validate

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
MISSILES = "prk-rus-ballistic-missiles-2024"
SHELLS = "prk-rus-rockets-artillery-shells-2022"


def readme_config_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```toml\n(\[tool\.evidtrack\].*?)```", readme, re.DOTALL)
    assert found is not None
    return found.group(1)


def test_the_readme_block_pasted_into_evidtrack_toml_works(tmp_path: Path) -> None:
    path = tmp_path / "evidtrack.toml"
    path.write_text(readme_config_block(), encoding="utf-8")
    config = load_config(path)
    assert config.ignore == ("ET503",)
    assert config.severity == {"ET502": Severity.ERROR}
    assert config.per_file_ignores == (("drafts/*.yaml", ("completeness",)),)
    assert config.archive == tmp_path / "../archive"
    # The same keys at the top of the file are the same configuration.
    top = tmp_path / "top" / "evidtrack.toml"
    top.parent.mkdir()
    top.write_text(
        readme_config_block().replace("tool.evidtrack.", "").replace("[tool.evidtrack]\n", "")
    )
    assert attrs_without_path(load_config(top)) == attrs_without_path(config)


def attrs_without_path(config: object) -> dict[str, object]:
    import attrs

    values = attrs.asdict(config, recurse=False)  # type: ignore[arg-type]
    values.pop("path")
    values.pop("archive")
    return values


def test_keys_in_both_places_say_which(tmp_path: Path) -> None:
    path = tmp_path / "evidtrack.toml"
    path.write_text('ignore = ["ET5"]\n[tool.evidtrack]\nselect = ["ET"]\n')
    with pytest.raises(ConfigError, match=r"keys both at the top \(ignore\) and under"):
        load_config(path)


def test_unknown_configuration_key_suggests(tmp_path: Path) -> None:
    path = tmp_path / "evidtrack.toml"
    path.write_text("per_file_ignores = {}\n")
    with pytest.raises(ConfigError, match="unknown key 'per_file_ignores': did you mean"):
        load_config(path)


def test_a_broken_pyproject_with_our_table_is_an_error_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.evidtrack]\nignore = ET503\n")
    with pytest.raises(ConfigError, match=r"^pyproject.toml:2:10: not valid TOML \(invalid"):
        find_config(tmp_path)
    # A broken pyproject.toml that never names evidtrack cannot hold our table: someone
    # else's to fix, and the search goes on.
    (tmp_path / "pyproject.toml").write_text("[project\n")
    assert find_config(tmp_path) is None


def test_ignoring_the_structure_family_is_refused_wherever_it_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    evidence = tmp_path / "e.yaml"
    evidence.write_text("actors: []\n")
    for selector in ("structure", "ET0", "ET010", "ET"):
        assert main(["validate", str(evidence), "--ignore", selector]) == 2
        err = capsys.readouterr().err
        assert f"--ignore: {selector!r} covers the structure family (ET0xx" in err
        assert "cannot be ignored" in err
    (tmp_path / "evidtrack.toml").write_text('[severity]\nET012 = "warning"\n')
    assert main(["validate", str(evidence)]) == 2
    assert "evidtrack.toml: severity: 'ET012' covers the structure family" in (
        capsys.readouterr().err
    )
    (tmp_path / "evidtrack.toml").write_text('[per-file-ignores]\n"*.yaml" = ["structure"]\n')
    with pytest.raises(SelectorError, match="cannot be ignored"):
        validate(evidence, config=load_config(tmp_path / "evidtrack.toml"))
    # Selecting fewer families is fine: the loader's findings are reported all the same.
    (tmp_path / "evidtrack.toml").unlink()
    assert main(["validate", str(evidence), "--select", "time"]) == 0


def test_selectors_are_checked_before_a_file_is_read(tmp_path: Path) -> None:
    with pytest.raises(SelectorError, match="--select: unknown rule selector 'ET9'"):
        validate(tmp_path / "does-not-exist.yaml", select=["ET9"])


def test_a_bug_in_a_rule_is_not_reported_as_a_user_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from evidtrack.rules.et201_future_date import FutureDate

    def broken(self: object, context: object) -> None:
        raise ValueError("a bug, not the user's")

    monkeypatch.setattr(FutureDate, "check", broken)
    with pytest.raises(ValueError, match="a bug, not the user's"):
        main(["validate", str(SEEDS)])
    assert "unknown rule selector" not in capsys.readouterr().err


def test_timeline_stops_at_the_as_of_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(SEEDS), "--allegation", SHELLS, "--timeline"]) == 0
    everything = capsys.readouterr().out
    assert "  2022-09-21  " in everything
    assert main(["score", str(SEEDS), "--timeline", "--as-of", "2022-09-10"]) == 0
    until = capsys.readouterr().out
    assert "up to the end of 2022-09-10" in until
    assert f"{MISSILES}:\n  nothing on it was published by then" in until
    assert "  2022-09-06  " in until
    assert "  2022-09-21  " not in until
    assert "  2022-09  " not in until  # the month is known only once it has ended
    dataset = load_paths(SEEDS).dataset
    full = timeline(SHELLS, dataset)
    cut = timeline(SHELLS, dataset, as_of="2022-09-10")
    assert [a.as_of for a in cut] == ["2022-09-06"]
    assert cut == full[:1]

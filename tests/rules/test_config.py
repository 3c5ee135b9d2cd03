"""Configuration and selection: pyproject.toml or evidtrack.toml, --select/--ignore, per file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidtrack.config import Config, ConfigError, find_config, load_config, selected
from evidtrack.findings import Severity
from evidtrack.rules import SelectorError, catalogue
from tests.rules.conftest import FIXTURES, check

CODES = [info.code for info in catalogue()]
PREFIXES = st.sampled_from(sorted({c[:n] for c in CODES for n in range(2, 6)}))


@given(st.sampled_from(CODES), st.lists(PREFIXES, max_size=4), st.lists(PREFIXES, max_size=4))
def test_the_longest_matching_selector_decides(
    code: str, select: list[str], ignore: list[str]
) -> None:
    chosen = max((len(p) for p in select if code.startswith(p)), default=-1)
    dropped = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    runs = selected(code, tuple(select), tuple(ignore))
    assert runs == (chosen > dropped)
    # Ignoring the code itself always wins; selecting it alone always runs it.
    assert not selected(code, tuple(select), (*ignore, code))
    assert selected(code, (code,), ())


def test_pyproject_table_is_found_and_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.evidtrack]\nselect = ["ET", "time"]\nignore = ["ET503"]\narchive = "texts"\n'
        '[tool.evidtrack.severity]\nET502 = "error"\n'
        '[tool.evidtrack.per-file-ignores]\n"drafts/*.yaml" = ["completeness"]\n',
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    found = find_config(tmp_path / "sub")
    assert found == tmp_path / "pyproject.toml"
    config = load_config(found)
    assert config.select == ("ET", "time")
    assert config.ignore == ("ET503",)
    assert config.archive == tmp_path / "texts"
    assert config.severity == {"ET502": Severity.ERROR}
    assert config.per_file_ignores == (("drafts/*.yaml", ("completeness",)),)


def test_pyproject_without_table_is_skipped_and_evidtrack_toml_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(tmp_path) != tmp_path / "pyproject.toml"
    (tmp_path / "evidtrack.toml").write_text('ignore = ["ET5"]\n', encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / "evidtrack.toml"
    assert load_config(tmp_path / "evidtrack.toml").ignore == ("ET5",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("selct = ['ET']\n", "unknown key 'selct'"),
        ("select = 3\n", "select must be a list"),
        ("[severity]\nET201 = 'fatal'\n", 'write "error" or "warning"'),
        ("archive = 1\n", "archive must be a folder"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_configuration_says_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "evidtrack.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


BROKEN = FIXTURES / "broken"


def test_select_ignore_severity_and_per_file_ignores_shape_the_findings(tmp_path: Path) -> None:
    paths = [BROKEN / "ET201.yaml", BROKEN / "ET503.yaml", BROKEN / "ET012.yaml"]
    everything = {str(f.code) for f in check(*paths).findings}
    assert everything == {"ET201", "ET503", "ET012"}
    # The loader's codes are always reported: a rejected record is missing from every check.
    assert {str(f.code) for f in check(*paths, select=["time"]).findings} == {"ET201", "ET012"}
    assert {str(f.code) for f in check(*paths, ignore=["ET5"]).findings} == {"ET201", "ET012"}
    with pytest.raises(SelectorError, match="--ignore: 'ET0' covers the structure family"):
        check(*paths, ignore=["ET5", "ET0"])
    per_file = Config(per_file_ignores=((str(BROKEN / "ET201.yaml"), ("ET2",)),))
    assert {str(f.code) for f in check(*paths, config=per_file).findings} == {"ET503", "ET012"}
    louder = Config(severity={"completeness": Severity.ERROR})
    (warning,) = [f for f in check(*paths, config=louder).findings if f.code == "ET503"]
    assert warning.severity is Severity.ERROR
    with pytest.raises(ValueError, match="unknown rule selector"):
        check(*paths, ignore=["ET99"])


def test_per_file_globs_are_relative_to_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "evidtrack.toml").write_text(
        '[per-file-ignores]\n"drafts/*.yaml" = ["completeness"]\n', encoding="utf-8"
    )
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "source.yaml"
    draft.write_bytes((BROKEN / "ET503.yaml").read_bytes())
    config = load_config(tmp_path / "evidtrack.toml")
    assert check(draft).findings != ()
    assert check(draft, config=config).findings == ()

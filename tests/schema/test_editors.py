"""Editors and other tools: modelines point at the schemas, check-jsonschema agrees with us."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from evidtrack.loading import find_files, load_file

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHEMA = ROOT / "schemas" / "evidence-file.schema.json"
MODELINE = re.compile(r"# yaml-language-server: \$schema=(?P<path>\S+)\n")
#: check-jsonschema installs beside the interpreter running the tests (the venv's bin).
CHECK_JSONSCHEMA = str(Path(sys.executable).parent / "check-jsonschema")


def yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.yaml")) + sorted(folder.rglob("*.yml"))


def check_jsonschema(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHECK_JSONSCHEMA, "--schemafile", str(SCHEMA), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_there_are_seed_files() -> None:
    assert len(yaml_files(SEEDS)) >= 5


@pytest.mark.parametrize(
    "path", yaml_files(SEEDS) + yaml_files(FIXTURES), ids=lambda p: str(p.relative_to(ROOT))
)
def test_every_file_starts_with_a_modeline_naming_an_existing_schema(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
    match = MODELINE.fullmatch(first)
    assert match, f"{path}: the first line must be '# yaml-language-server: $schema=<path>'"
    target = (path.parent / match["path"]).resolve()
    assert target.is_file(), f"{path}: the modeline names {match['path']}, which does not exist"
    assert target.parent == SCHEMA.parent, f"{path}: the modeline must name a file in schemas/"


def test_check_jsonschema_accepts_every_seed_file() -> None:
    seeds = yaml_files(SEEDS)
    assert all(load_file(p).ok for p in seeds)
    result = check_jsonschema(*seeds)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_accepts_the_good_fixture() -> None:
    good = FIXTURES / "good.yaml"
    assert load_file(good).findings == ()
    result = check_jsonschema(good)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_rejects_what_the_loader_rejects() -> None:
    bad = [Path(p) for p in find_files([FIXTURES]) if Path(p).name.startswith("bad-")]
    assert len(bad) >= 4
    for path in bad:
        assert not load_file(path).ok, path
    result = check_jsonschema(*bad)
    assert result.returncode == 1, result.stdout + result.stderr
    # One error per bad file, each file named.
    for path in bad:
        assert f"{path}::$." in result.stdout, result.stdout

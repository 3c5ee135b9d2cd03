"""Sites built once per test session (Sphinx takes seconds), shared by the docs tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidtrack.docs import BuildResult, build_site
from evidtrack.integrity.archive import Archive
from evidtrack.loading import load_paths
from tests.docs import data

REPOSITORY = Path(__file__).resolve().parents[2]
#: The seed articles, beside the checkout (the project's tests and make read them from there).
ARCHIVE = REPOSITORY.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def ordinary_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    out = tmp_path_factory.mktemp("ordinary-site")
    result = build_site(
        data.ordinary(),
        out,
        archive=Archive(ARCHIVE if ARCHIVE.is_dir() else None),
        rules=data.rules(),
    )
    assert result.ok, result.log
    return result


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    out = tmp_path_factory.mktemp("hostile-site")
    result = build_site(data.hostile(), out, rules=data.rules())
    assert result.ok, result.log
    return result


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real site: seeds/ with the hand-written pages of docs/, as `evidtrack docs build`."""
    loaded = load_paths([REPOSITORY / "seeds"])
    assert loaded.ok, "\n".join(map(str, loaded.findings))
    assert loaded.dataset.allegations, "seeds/ holds no allegation"
    out = tmp_path_factory.mktemp("seeds-site")
    result = build_site(
        loaded.dataset,
        out,
        archive=Archive(ARCHIVE if ARCHIVE.is_dir() else None),
        extra_dir=REPOSITORY / "docs",
    )
    assert result.ok, result.log
    return result


@pytest.fixture(scope="session")
def calibration_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The calibration case's site (tests/calibration/), its dossier with the score's reading."""
    loaded = load_paths([REPOSITORY / "tests" / "calibration"])
    assert loaded.ok, "\n".join(map(str, loaded.findings))
    result = build_site(loaded.dataset, tmp_path_factory.mktemp("calibration-site"))
    assert result.ok, result.log
    return result

"""The fixture corpus: one broken and one good file per rule, each exactly as its comments say."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidtrack.rules import catalogue
from tests.rules.conftest import FIXTURES, check, expectations

BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
GOOD = sorted((FIXTURES / "good").glob("*.yaml"))
CODES = [info.code for info in catalogue()]


def test_every_rule_has_a_broken_and_a_good_fixture() -> None:
    assert [p.stem for p in BROKEN] == CODES
    assert [p.stem for p in GOOD] == CODES


def test_base_corpus_is_clean() -> None:
    result = check()
    assert result.findings == ()
    assert result.texts_unavailable == ()
    assert result.records == 14  # 1 resolution, 5 actors, 3 sources, 1 document, 1+1+2


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_fixture_gives_exactly_the_expected_findings(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path} has no '# expect:' line"
    # Each broken file breaks its own rule and no other.
    assert {code for code, _, _ in expected} == {path.stem}
    result = check(path)
    found = sorted(
        (str(f.code), f.location.line, f.location.column)
        for f in result.findings
        if f.location.path == str(path)
    )
    assert found == expected
    assert all(f.location.path == str(path) for f in result.findings)


@pytest.mark.parametrize("path", GOOD, ids=[p.stem for p in GOOD])
def test_good_fixture_gives_nothing(path: Path) -> None:
    assert expectations(path) == []
    result = check(path)
    assert [str(f) for f in result.findings] == []

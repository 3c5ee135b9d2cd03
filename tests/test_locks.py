"""The locks the test environments install from say every dependency pyproject.toml declares.

A requirement added to pyproject.toml without `make lock` would be missing from `make test`'s
environment (the suite would pass on a machine that happened to have it, and fail on a new one).
"""

from __future__ import annotations

from typing import Final

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tests.locks import REPO, normalised, pins, project

LOCKS: Final = ("requirements/test.txt", "requirements/oldest.txt")


def declared() -> set[str]:
    table = project()
    requirements = list(table["dependencies"])
    for extra in ("test", "docs"):
        requirements += table["optional-dependencies"][extra]
    return {normalised(Requirement(r).name) for r in requirements} - {table["name"]}


@pytest.mark.parametrize("lock", LOCKS)
def test_every_declared_dependency_is_pinned(lock: str) -> None:
    pinned = {normalised(name) for _, name, _ in pins(REPO / lock)}
    assert sorted(declared() - pinned) == [], f"{lock} is stale: run make lock"


def test_the_oldest_lock_pins_the_lower_bounds() -> None:
    oldest = {normalised(name): Version(version) for _, name, version in pins(REPO / LOCKS[1])}
    for written in project()["dependencies"]:
        requirement = Requirement(written)
        (bound,) = (s.version for s in requirement.specifier if s.operator == ">=")
        # Version compares 3.0 and 3.0.0 as equal, as pip does.
        assert oldest[normalised(requirement.name)] == Version(bound), written

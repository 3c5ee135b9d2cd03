"""The locks the test environments install from say every dependency pyproject.toml declares.

A requirement added to pyproject.toml without `make lock` would be missing from `make test`'s
environment (the suite would pass on a machine that happened to have it, and fail on a new one).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Final

import pytest

REPO: Final = Path(__file__).resolve().parents[1]
LOCKS: Final = ("requirements/test.txt", "requirements/oldest.txt")
_NAME: Final = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")
_PINNED: Final = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", re.M)


def normalised(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in ("test", "docs"):
        requirements += project["optional-dependencies"][extra]
    names = {normalised(m.group(1)) for r in requirements if (m := _NAME.match(r))}
    return names - {project["name"]}


@pytest.mark.parametrize("lock", LOCKS)
def test_every_declared_dependency_is_pinned(lock: str) -> None:
    pinned = {normalised(n) for n in _PINNED.findall((REPO / lock).read_text(encoding="utf-8"))}
    assert sorted(declared() - pinned) == [], f"{lock} is stale: run make lock"


def test_the_oldest_lock_pins_the_lower_bounds() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    oldest = (REPO / "requirements/oldest.txt").read_text(encoding="utf-8")
    for requirement in project["dependencies"]:
        name, bound = re.fullmatch(r"([A-Za-z0-9._-]+)>=([0-9.]+)", requirement).groups()  # type: ignore[union-attr]
        pin = re.search(rf"^{re.escape(name)}==([0-9.]+)", oldest, re.M | re.I)
        assert pin is not None, name
        # 3.0 is released as 3.0.0: compare the numbers, padded.
        written = [int(p) for p in bound.split(".")]
        got = [int(p) for p in pin.group(1).split(".")]
        width = max(len(written), len(got))
        assert got + [0] * (width - len(got)) == written + [0] * (width - len(written)), name

"""Reading the locks of requirements/: one parser for the tests that read them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Final

REPO: Final = Path(__file__).resolve().parents[1]
#: A pinned requirement of a uv or pip-compile lock: `name==version`, maybe with a marker;
#: its `--hash` continuation lines and `# via` comments are not part of it.
_PIN: Final = re.compile(r"^(([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)(?:\s*;[^\\]*)?)", re.M)


def pins(lock: Path) -> list[tuple[str, str, str]]:
    """(requirement without hashes, name, version) for each pin of ``lock``, in its order."""
    text = lock.read_text(encoding="utf-8")
    return [(m.group(1).strip(), m.group(2), m.group(3)) for m in _PIN.finditer(text)]


def normalised(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def project() -> dict[str, Any]:
    """The ``[project]`` table of pyproject.toml."""
    table: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(table["project"])

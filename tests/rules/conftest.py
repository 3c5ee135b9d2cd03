"""What the rule tests share: the fixture folders, the fixed as-of date, one validation call."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Final

from evidtrack.validation import ValidationResult, validate

FIXTURES: Final = Path(__file__).parent / "fixtures"
BASE: Final = FIXTURES / "base.yaml"
ARCHIVE: Final = FIXTURES / "archive"
#: Fixed, so that the future-date rule gives the same answer on every day the tests run.
AS_OF: Final = dt.date(2024, 3, 31)
_EXPECT: Final = re.compile(rb"^# expect: (ET[0-9]{3}) ([0-9]+):([0-9]+)\s*$", re.MULTILINE)


def check(*paths: Path, **options: object) -> ValidationResult:
    """Validate the paths next to the clean base corpus, with the fixture archive."""
    kwargs: dict[str, object] = {"as_of": AS_OF, "archive": ARCHIVE, **options}
    return validate([BASE, *paths], **kwargs)  # type: ignore[arg-type]


def expectations(path: Path) -> list[tuple[str, int, int]]:
    """The ``# expect: CODE line:column`` lines of a fixture (read as bytes: one is not UTF-8)."""
    return sorted(
        (code.decode(), int(line), int(column))
        for code, line, column in _EXPECT.findall(path.read_bytes())
    )

"""Findings: problems as values, with a code, a severity, a message and where they are.

The loader and the rules produce them; one reporter sorts and renders them. Exceptions are
reserved for programming errors.
"""

from __future__ import annotations

from enum import StrEnum

import attrs


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(kw_only=True, order=True)
class Location:
    """A place in a file: 1-based line and column, as editors count them."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@attrs.frozen(kw_only=True)
class Finding:
    """One problem found in the user's files."""

    code: str
    message: str
    location: Location
    severity: Severity = Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.path, loc.line, loc.column, self.code, self.message)

    def __str__(self) -> str:
        return f"{self.location}: {self.code} {self.message}"

"""The text report: ``path:line:col: [severity] CODE message`` by path and line, then a summary.

The severity is printed as yamllint prints it, in brackets, so a warning never reads like an
error; in colour on a terminal, plain when piped. ``NO_COLOR`` (any value) turns colour off
and ``FORCE_COLOR`` turns it on when output is piped, in that order, as Python itself does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Final, TextIO

from evidtrack.findings import Finding, Severity
from evidtrack.validation import ValidationResult
from evidtrack.wording import plural

#: ANSI colours of each severity, and the reset; bold for the location, as compilers print it.
_COLOUR: Final = {Severity.ERROR: "\033[1;31m", Severity.WARNING: "\033[1;33m"}
_BOLD: Final = "\033[1m"
_RESET: Final = "\033[0m"


def colour_for(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour what goes to ``stream``: a terminal, unless NO_COLOR or FORCE_COLOR."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def line(finding: Finding, *, colour: bool = False) -> str:
    """One finding: ``path:line:col: [error] CODE message``."""
    level = f"[{finding.severity.value}]"
    if not colour:
        return f"{finding.location}: {level} {finding.code} {finding.message}"
    return (
        f"{_BOLD}{finding.location}:{_RESET} {_COLOUR[finding.severity]}{level}{_RESET}"
        f" {_BOLD}{finding.code}{_RESET} {finding.message}"
    )


def lines(findings: Iterable[Finding], *, colour: bool = False) -> list[str]:
    return [line(finding, colour=colour) for finding in findings]


def summary(result: ValidationResult) -> str:
    """One line: what was found in what, and whether document texts were missing."""
    found = (
        f"{plural(result.errors, 'error')} and {plural(result.warnings, 'warning')}"
        if result.findings
        else "no problems"
    )
    text = (
        f"Found {found} in {plural(len(result.files), 'file')}"
        f" ({plural(result.records, 'record')}, {plural(len(result.rules), 'rule')},"
        f" as of {result.as_of.isoformat()})."
    )
    if result.texts_unavailable:
        missing = plural(len(result.texts_unavailable), "document")
        text += f" Quote check: text not available for {missing} (see --archive)."
    return text


def render(result: ValidationResult, *, verbose: bool = False, colour: bool = False) -> str:
    out = lines(result.findings, colour=colour)
    if verbose:
        out.extend(f"text not available: {name}" for name in result.texts_unavailable)
    out.append(summary(result))
    return "\n".join(out) + "\n"

"""The text report: ``path:line:col: CODE message`` sorted by path and line, then a summary."""

from __future__ import annotations

from evidtrack.validation import ValidationResult


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(result: ValidationResult) -> str:
    """One line: what was found in what, and whether document texts were missing."""
    found = (
        f"{_plural(result.errors, 'error')} and {_plural(result.warnings, 'warning')}"
        if result.findings
        else "no problems"
    )
    line = (
        f"Found {found} in {_plural(len(result.files), 'file')}"
        f" ({_plural(result.records, 'record')}, {_plural(len(result.rules), 'rule')},"
        f" as of {result.as_of.isoformat()})."
    )
    if result.texts_unavailable:
        missing = _plural(len(result.texts_unavailable), "document")
        line += f" Quote check: text not available for {missing} (see --archive)."
    return line


def render(result: ValidationResult, *, verbose: bool = False) -> str:
    lines = [str(finding) for finding in result.findings]
    if verbose:
        lines.extend(f"text not available: {name}" for name in result.texts_unavailable)
    lines.append(summary(result))
    return "\n".join(lines) + "\n"

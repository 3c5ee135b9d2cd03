"""GitHub Actions workflow commands: one ``::error``/``::warning`` annotation per finding."""

from __future__ import annotations

from evidtrack.findings import Finding
from evidtrack.report.text import summary
from evidtrack.rules import rule_info
from evidtrack.validation import ValidationResult


def _escape_data(text: str) -> str:
    # The workflow-command escapes: without them a newline or "%" would cut the message.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    info = rule_info(finding.code)
    title = f"{finding.code} {info.name}" if info else str(finding.code)
    loc = finding.location
    properties = ",".join(
        [
            f"file={_escape_property(loc.path)}",
            f"line={loc.line}",
            f"col={loc.column}",
            f"title={_escape_property(title)}",
        ]
    )
    return f"::{finding.severity.value} {properties}::{_escape_data(finding.message)}"


def render(result: ValidationResult) -> str:
    return "".join(annotation(f) + "\n" for f in result.findings) + summary(result) + "\n"

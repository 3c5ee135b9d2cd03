"""The JSON report: every finding with its rule, severity and location, and the summary counts."""

from __future__ import annotations

import json
from typing import Any

from evidtrack.findings import Finding
from evidtrack.rules import rule_info
from evidtrack.validation import ValidationResult

#: Bumped when a key changes meaning or goes away; new keys may appear without a bump.
FORMAT_VERSION = 1


def finding_dict(finding: Finding) -> dict[str, Any]:
    info = rule_info(finding.code)
    loc = finding.location
    return {
        "code": str(finding.code),
        "name": info.name if info else None,
        "severity": finding.severity.value,
        "message": finding.message,
        "path": loc.path,
        "line": loc.line,
        "column": loc.column,
    }


def render(result: ValidationResult) -> str:
    document = {
        "version": FORMAT_VERSION,
        "findings": [finding_dict(f) for f in result.findings],
        "summary": {
            "errors": result.errors,
            "warnings": result.warnings,
            "files": len(result.files),
            "records": result.records,
            "rules": list(result.rules),
            "as_of": result.as_of.isoformat(),
            "texts_unavailable": list(result.texts_unavailable),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

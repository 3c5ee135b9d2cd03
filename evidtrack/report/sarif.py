"""SARIF 2.1.0, as GitHub code scanning accepts it: the rule catalogue and one result a finding."""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import Any, Final
from urllib.parse import quote

import evidtrack
from evidtrack.findings import Finding, Severity
from evidtrack.rules import RuleInfo, catalogue
from evidtrack.validation import ValidationResult

SCHEMA: Final = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVEL: Final = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def _artifact(path: str) -> dict[str, str]:
    """A URI relative to the working folder where the file lies under it (code scanning wants
    paths relative to the repository root, where CI runs), else an absolute ``file:`` URI."""
    resolved = Path(path).resolve()
    try:
        relative = resolved.relative_to(Path.cwd().resolve())
    except ValueError:
        return {"uri": resolved.as_uri()}
    return {"uri": quote(PurePath(relative).as_posix()), "uriBaseId": "%SRCROOT%"}


def _rule(info: RuleInfo) -> dict[str, Any]:
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.message},
        "fullDescription": {"text": info.rationale},
        "help": {
            "text": f"{info.rationale}\n\nBad:\n{info.bad_example}\nGood:\n{info.good_example}",
            "markdown": f"{info.rationale}\n\nBad:\n\n```yaml\n{info.bad_example}```\n\n"
            f"Good:\n\n```yaml\n{info.good_example}```\n",
        },
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
        "properties": {"tags": [info.family.value]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    loc = finding.location
    result: dict[str, Any] = {
        "ruleId": str(finding.code),
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(loc.path),
                    "region": {"startLine": loc.line, "startColumn": loc.column},
                }
            }
        ],
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    return result


def render(result: ValidationResult) -> str:
    rules = catalogue()
    index = {info.code: n for n, info in enumerate(rules)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "evidtrack",
                        "version": evidtrack.__version__,
                        "rules": [_rule(info) for info in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                "results": [_result(f, index) for f in result.findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"

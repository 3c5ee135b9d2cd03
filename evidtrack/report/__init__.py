"""Reporters: one validation result rendered for people (text) or machines (json, github, sarif)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from evidtrack.report import github, json_report, sarif, text
from evidtrack.validation import ValidationResult

Renderer = Callable[[ValidationResult], str]

#: Output formats by the name ``--format`` takes.
FORMATS: Final[dict[str, Renderer]] = {
    "text": text.render,
    "json": json_report.render,
    "github": github.render,
    "sarif": sarif.render,
}


__all__ = ["FORMATS"]

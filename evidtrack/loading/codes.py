"""Codes of the problems the loader itself finds (the "structure" family of the rule catalogue).

The rule units in ``evidtrack.rules`` document them; the loader only needs the codes.
"""

from __future__ import annotations

from enum import StrEnum


class LoadCode(StrEnum):
    YAML_SYNTAX = "ET001"
    DUPLICATE_KEY = "ET002"
    FORBIDDEN_YAML = "ET003"
    TOO_LARGE = "ET004"
    UNREADABLE = "ET005"
    UNKNOWN_KEY = "ET010"
    MISSING_KEY = "ET011"
    WRONG_TYPE = "ET012"
    BAD_CHOICE = "ET013"
    BAD_DATE = "ET014"
    INVALID_VALUE = "ET015"
    OUTDATED_KEY = "ET016"

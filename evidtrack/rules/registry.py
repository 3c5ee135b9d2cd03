"""The rule registry, built by discovering the rule modules: adding a rule touches one file."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from typing import Final

from evidtrack.rules.base import Family, Rule, RuleInfo

#: A rule module is named after its code and name: ``et201_future_date``.
_RULE_MODULE: Final = re.compile(r"^et[0-9]{3}_[a-z0-9_]+$")


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by code; each module's ``RULE`` whose code matches its file name."""
    package = importlib.import_module("evidtrack.rules")
    rules: dict[str, Rule] = {}
    for module_info in pkgutil.iter_modules(package.__path__):
        if not _RULE_MODULE.match(module_info.name):
            continue
        module = importlib.import_module(f"evidtrack.rules.{module_info.name}")
        rule = module.RULE
        # Programming errors, caught by the test suite before any user sees them.
        if not isinstance(rule, Rule):
            raise TypeError(f"{module.__name__}.RULE is not a Rule")
        if module_info.name[:5] != rule.code.lower():
            raise ValueError(f"{module.__name__} holds {rule.code}: name the file after it")
        if rule.code in rules:
            raise ValueError(f"two rules have the code {rule.code}")
        rules[rule.code] = rule
    return tuple(rules[code] for code in sorted(rules))


def catalogue() -> list[RuleInfo]:
    """The documented identity of every rule, sorted by code (for docs, SARIF and listings)."""
    return [rule.info() for rule in all_rules()]


def rule_info(code: str) -> RuleInfo | None:
    """The catalogue entry of one code, or None."""
    return _by_code().get(code)


@cache
def _by_code() -> dict[str, RuleInfo]:
    return {info.code: info for info in catalogue()}


class SelectorError(ValueError):
    """A rule selector the user gave that cannot be honoured; the message says what to write.

    Its own class so that callers catch this and nothing else: a ``ValueError`` from inside a
    rule is a programming error and must not read as the user's mistake.
    """


def expand_selector(selector: str) -> str:
    """A selector as a code prefix: a code (``ET201``), a prefix (``ET2``) or a family (``time``).

    Raises ``SelectorError`` for a selector that matches no rule, so a typo cannot silently
    select or ignore nothing.
    """
    text = selector.strip()
    if text.lower() in {f.value for f in Family}:
        return Family(text.lower()).prefix
    prefix = text.upper()
    if not any(info.code.startswith(prefix) for info in catalogue()):
        families = ", ".join(f.value for f in Family)
        raise SelectorError(
            f"unknown rule selector {selector!r}: use a code such as ET201, a prefix such as ET2,"
            f" or a family ({families})"
        )
    return prefix


def covers_structure(prefix: str) -> bool:
    """Whether an expanded selector covers a code of the structure family (what the loader finds).

    Those findings cannot be ignored or downgraded: a record the loader rejects is missing from
    every other check, and hiding why would drop what the user wrote without a word.
    """
    return any(info.loader and info.code.startswith(prefix) for info in catalogue())

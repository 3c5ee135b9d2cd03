"""Validation rules: one module per rule, found by the registry, documented by the catalogue."""

from evidtrack.rules.base import CorpusContext, CorpusRule, Family, Rule, RuleContext, RuleInfo
from evidtrack.rules.registry import (
    SelectorError,
    all_rules,
    catalogue,
    covers_structure,
    expand_selector,
    rule_info,
)

__all__ = [
    "CorpusContext",
    "CorpusRule",
    "Family",
    "Rule",
    "RuleContext",
    "RuleInfo",
    "SelectorError",
    "all_rules",
    "catalogue",
    "covers_structure",
    "expand_selector",
    "rule_info",
]

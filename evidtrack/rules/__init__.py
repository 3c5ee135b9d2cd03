"""Validation rules: one module per rule, found by the registry, documented by the catalogue."""

from evidtrack.rules.base import Family, Rule, RuleContext, RuleInfo
from evidtrack.rules.registry import all_rules, catalogue, expand_selector, rule_info

__all__ = [
    "Family",
    "Rule",
    "RuleContext",
    "RuleInfo",
    "all_rules",
    "catalogue",
    "expand_selector",
    "rule_info",
]

"""ET507 other-without-description: an item of the category other that does not say what it is."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.model import ItemCategory
from evidtrack.rules.base import Rule, RuleContext


class OtherWithoutDescription(Rule):
    code = "ET507"
    name = "other-without-description"
    severity = Severity.WARNING
    message = "category other without a description: say what was transferred"
    rationale = (
        "The categories name what sanctions regimes prohibit (arms, their components and"
        " production materials, dual-use goods, crude oil, refined petroleum, coal,"
        " personnel). 'other' is for what none of them names, so it says nothing until the"
        " description says what it is."
    )
    bad_example = """\
allegations:
  - id: prk-rus-other
    title: The DPRK transferred goods to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: other
    accused: [PRK, RUS]
"""
    good_example = """\
allegations:
  - id: prk-rus-other
    title: The DPRK transferred goods to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: other
        description: construction workers' tools
    accused: [PRK, RUS]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for allegation in context.dataset.allegations:
            for index, item in enumerate(allegation.items):
                if item.category is ItemCategory.OTHER and item.description is None:
                    yield self.finding(
                        context,
                        allegation,
                        "items",
                        index,
                        "category",
                        say=f"{allegation.id}: item {index + 1} is 'other' without a"
                        " description: say what was transferred",
                    )


RULE = OtherWithoutDescription()

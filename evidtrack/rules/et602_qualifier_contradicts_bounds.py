"""ET602 qualifier-contradicts-bounds: a qualifier that the quantity's bounds contradict."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import Quantity
from evidtrack.rules._walk import values_of_type
from evidtrack.rules.base import Rule, RuleContext


class QualifierContradictsBounds(Rule):
    code = "ET602"
    name = "qualifier-contradicts-bounds"
    message = "the qualifier contradicts the bounds: give the bounds its words imply"
    rationale = (
        "The qualifier says which bounds the source's words give: 'at least nine' has a low"
        " bound and no high one, 'exact' has both and they are equal, 'unspecified' has none."
        " Bounds that disagree with it make up a number the source did not give, or lose one it"
        " did. Reversed bounds are ET601's."
    )
    bad_example = """\
allegations:
  - id: prk-rus-launches
    title: Russia launched DPRK missiles at Ukraine
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: ballistic_missiles
        quantity:
          text: at least nine occasions
          qualifier: at_least
          low: 9
          high: 9
    accused: [PRK, RUS]
"""
    good_example = """\
allegations:
  - id: prk-rus-launches
    title: Russia launched DPRK missiles at Ukraine
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: ballistic_missiles
        quantity:
          text: at least nine occasions
          qualifier: at_least
          low: 9
    accused: [PRK, RUS]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for record in context.dataset.records():
            for path, quantity in values_of_type(record, Quantity):
                if quantity.bounds_reversed():
                    continue  # ET601's
                problem = quantity.contradiction()
                if problem is not None:
                    yield self.finding(
                        context,
                        record,
                        *path,
                        "qualifier",
                        say=f"{problem}: give the bounds the words"
                        f" {quantity.text!r} imply, or the qualifier that matches them",
                    )


RULE = QualifierContradictsBounds()

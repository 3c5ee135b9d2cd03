"""ET601 quantity-bounds-reversed: a quantity whose low bound is greater than its high bound."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import Quantity
from evidtrack.rules._walk import values_of_type
from evidtrack.rules.base import Rule, RuleContext


class QuantityBoundsReversed(Rule):
    code = "ET601"
    name = "quantity-bounds-reversed"
    message = "low bound greater than high bound: swap them, or correct one"
    rationale = (
        "A quantity keeps the bounds its words support ('between 300 and 500 containers'); a"
        " low bound above the high one contains no number at all, so it is a typo."
    )
    bad_example = """\
allegations:
  - id: prk-rus-containers
    title: The DPRK shipped containers of munitions to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: ammunition
        quantity:
          text: between 300 and 500 containers
          qualifier: between
          low: 500
          high: 300
    accused: [PRK, RUS]
"""
    good_example = """\
allegations:
  - id: prk-rus-containers
    title: The DPRK shipped containers of munitions to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: ammunition
        quantity:
          text: between 300 and 500 containers
          qualifier: between
          low: 300
          high: 500
    accused: [PRK, RUS]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for record in context.dataset.records():
            for path, quantity in values_of_type(record, Quantity):
                if quantity.bounds_reversed():
                    yield self.finding(
                        context,
                        record,
                        *path,
                        "low",
                        say=f"low {quantity.low} is greater than high {quantity.high}: swap them,"
                        " or correct one",
                    )


RULE = QuantityBoundsReversed()

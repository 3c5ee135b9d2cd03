"""ET204 period-outside-in-force: a transfer period when a cited provision was not in force."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules.base import Rule, RuleContext
from evidtrack.wording import period_text


class PeriodOutsideInForce(Rule):
    code = "ET204"
    name = "period-outside-in-force"
    message = "transfer period outside the provision's in-force period: cite a provision in force"
    rationale = (
        "A transfer can only breach what was in force during its period: 2231 (2015) annex B's"
        " arms limits ended on 2020-10-18, so a 2023 transfer cannot breach them. Each cited"
        " provision is checked on its own, and only when the two periods surely do not overlap"
        " given the precision of their dates; an open end means 'still in force'."
    )
    bad_example = """\
resolutions:
  - id: unsc-2231
    symbol: S/RES/2231 (2015)
    provisions:
      - id: annex-b-arms
        prohibits: supply of arms to or from Iran without approval
        in_force:
          start: 2016-01-16
          end: 2020-10-18
allegations:
  - id: irn-rus-drones
    title: Iran transferred unmanned aerial vehicles to Russia
    suppliers: [IRN]
    recipients: [RUS]
    items:
      - category: unmanned_aerial_vehicles
    period:
      start: 2022-08
    provisions:
      - resolution: unsc-2231
        provision: annex-b-arms
    accused: [RUS]
"""
    good_example = """\
resolutions:
  - id: unsc-2231
    symbol: S/RES/2231 (2015)
    provisions:
      - id: annex-b-missiles
        prohibits: transfer of missile-related items to or from Iran without approval
        in_force:
          start: 2016-01-16
          end: 2023-10-18
allegations:
  - id: irn-rus-drones
    title: Iran transferred unmanned aerial vehicles to Russia
    suppliers: [IRN]
    recipients: [RUS]
    items:
      - category: unmanned_aerial_vehicles
    period:
      start: 2022-08
    provisions:
      - resolution: unsc-2231
        provision: annex-b-missiles
    accused: [RUS]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        resolutions = context.dataset.resolution_by_id
        for allegation in context.dataset.allegations:
            for index, ref in enumerate(allegation.provisions):
                resolution = resolutions.get(ref.resolution)
                provision = resolution.provision(ref.provision) if resolution else None
                if provision is None or allegation.period.overlaps(provision.in_force):
                    continue
                yield self.finding(
                    context,
                    allegation,
                    "provisions",
                    index,
                    say=f"the transfer period ({period_text(allegation.period)}) lies outside the"
                    f" period {ref.resolution} {ref.provision} was in force"
                    f" ({period_text(provision.in_force)}): cite a provision in force then,"
                    " or correct the period",
                )


RULE = PeriodOutsideInForce()

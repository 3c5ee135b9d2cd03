"""ET508 context-only-provisions: an allegation whose provisions are none of the UN's."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.rules.base import Rule, RuleContext


class ContextOnlyProvisions(Rule):
    code = "ET508"
    name = "context-only-provisions"
    severity = Severity.WARNING
    message = "only EU or national measures are cited: cite the UN provision the transfer breaches"
    rationale = (
        "EU and national measures are recorded as context (body: eu, national or other): a"
        " transfer that breaches only them is no violation of UN sanctions. An allegation that"
        " cites no Security Council provision at all does not say which UN measure it would"
        " breach."
    )
    bad_example = """\
resolutions:
  - id: eu-833-2014
    body: eu
    symbol: Council Regulation (EU) No 833/2014
    provisions:
      - id: art-2
        prohibits: sale of dual-use goods to Russia
allegations:
  - id: prk-rus-eu-only
    title: The DPRK transferred ballistic missiles to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: ballistic_missiles
    provisions:
      - resolution: eu-833-2014
        provision: art-2
    accused: [PRK, RUS]
"""
    good_example = """\
resolutions:
  - id: eu-833-2014
    body: eu
    symbol: Council Regulation (EU) No 833/2014
    provisions:
      - id: art-2
        prohibits: sale of dual-use goods to Russia
allegations:
  - id: prk-rus-eu-only
    title: The DPRK transferred ballistic missiles to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: ballistic_missiles
    provisions:
      - resolution: eu-833-2014
        provision: art-2
      - resolution: unsc-1718
        provision: arms-export
    accused: [PRK, RUS]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        resolutions = context.dataset.resolution_by_id
        for allegation in context.dataset.allegations:
            cited = [resolutions.get(ref.resolution) for ref in allegation.provisions]
            known = [r for r in cited if r is not None]
            if known and len(known) == len(cited) and not any(r.body.is_un for r in known):
                yield self.finding(
                    context,
                    allegation,
                    "provisions",
                    say=f"{allegation.id} cites only measures that are not the Security"
                    " Council's (context, no UN violation): cite the UN provision it breaches",
                )


RULE = ContextOnlyProvisions()

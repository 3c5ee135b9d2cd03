"""ET204 period-outside-in-force: a transfer period when a cited provision was not in force."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import Allegation, Period
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import PROVISIONS, Extractor, Keep, date, provisions_of, written
from evidtrack.wording import period_text

#: A period as facts hold it: its start and end as written, None where open.
Span = tuple[str | None, str | None]


def _cited(allegation: Allegation) -> tuple[Span, tuple[tuple[str, str], ...]] | None:
    if not allegation.provisions:
        return None
    period = (written(allegation.period.start), written(allegation.period.end))
    return period, tuple((ref.resolution, ref.provision) for ref in allegation.provisions)


#: The period of each allegation that cites provisions, and the provisions it cites.
CITED_PROVISIONS = Extractor("cited provisions", ("allegations",), _cited, Keep.EAGER)


@functools.lru_cache(maxsize=1 << 12)
def _period(span: Span) -> Period:
    start, end = span
    return Period(
        start=None if start is None else date(start), end=None if end is None else date(end)
    )


class PeriodOutsideInForce(CorpusRule):
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

    extractors = (PROVISIONS, CITED_PROVISIONS)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        in_force: dict[tuple[str, str], Span] = {}
        for resolution, provisions in provisions_of(context.facts).items():
            for provision, start, end in provisions:
                in_force.setdefault((resolution, provision), (start, end))
        for handle, (period, refs) in context.facts.rows(CITED_PROVISIONS):
            for index, cited in enumerate(refs):
                span = in_force.get(cited)
                if span is None or _period(period).overlaps(_period(span)):
                    continue
                resolution, provision = cited
                yield self.finding_at(
                    context,
                    handle,
                    "provisions",
                    index,
                    say=f"the transfer period ({period_text(_period(period))}) lies outside the"
                    f" period {resolution} {provision} was in force"
                    f" ({period_text(_period(span))}): cite a provision in force then,"
                    " or correct the period",
                )


RULE = PeriodOutsideInForce()

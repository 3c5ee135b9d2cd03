"""ET508 context-only-provisions: an allegation whose provisions are none of the UN's."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.model import Allegation, Resolution
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import Extractor, Keep


def _body(resolution: Resolution) -> tuple[str, bool]:
    return resolution.id, resolution.body.is_un


def _cited(allegation: Allegation) -> tuple[str, tuple[str, ...]] | None:
    if not allegation.provisions:
        return None
    return allegation.id, tuple(ref.resolution for ref in allegation.provisions)


#: Each resolution's id, and whether the Security Council adopted it; the resolutions each
#: allegation cites.
BODIES = Extractor("measure bodies", ("resolutions",), _body, Keep.EAGER)
CITED_RESOLUTIONS = Extractor("cited resolutions", ("allegations",), _cited, Keep.EAGER)


class ContextOnlyProvisions(CorpusRule):
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

    extractors = (BODIES, CITED_RESOLUTIONS)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        un: dict[str, bool] = {}
        for resolution, is_un in facts.values(BODIES):
            un.setdefault(resolution, is_un)
        for handle, (allegation, cited) in facts.rows(CITED_RESOLUTIONS):
            known = [un[r] for r in cited if r in un]
            if known and len(known) == len(cited) and not any(known):
                yield self.finding_at(
                    context,
                    handle,
                    "provisions",
                    say=f"{allegation} cites only measures that are not the Security"
                    " Council's (context, no UN violation): cite the UN provision it breaches",
                )


RULE = ContextOnlyProvisions()

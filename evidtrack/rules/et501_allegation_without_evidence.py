"""ET501 allegation-without-evidence: an allegation that no evidence item bears on."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.model import EvidenceItem, RecordKind
from evidtrack.rules._walk import rejected_citing
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import IDS, Extractor, FileFacts, Keep, Summary


def _allegations(item: EvidenceItem) -> tuple[str, ...]:
    return item.allegations


#: The allegations each evidence item bears on.
BEARS_ON = Extractor("allegations of each item", ("evidence",), _allegations, Keep.FOLDED)


def _covered(file: FileFacts) -> set[str]:
    return {allegation for allegations in file.values(BEARS_ON) for allegation in allegations}


#: The allegations a file's items bear on.
COVERED = Summary("allegations with evidence", _covered)


class AllegationWithoutEvidence(CorpusRule):
    code = "ET501"
    name = "allegation-without-evidence"
    severity = Severity.WARNING
    message = "allegation without evidence: add the evidence items that bear on it"
    rationale = (
        "An allegation with no evidence scores its prior and nothing else, which reads as a"
        " judgement when it is only a gap. Usually the items were recorded under another"
        " allegation id, or not yet."
    )
    bad_example = """\
allegations:
  - id: prk-rus-shells
    title: The DPRK transferred artillery shells to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: artillery_shells
    accused: [PRK, RUS]
"""
    good_example = """\
allegations:
  - id: prk-rus-shells
    title: The DPRK transferred artillery shells to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: artillery_shells
    accused: [PRK, RUS]
evidence:
  - id: ev-shells
    allegations: [prk-rus-shells]
    claim: The DPRK is supplying artillery to Russia
    citations:
      - document: doc-upi
        quote: North Korea is supplying artillery and equipment to Russia
    published: 2024-02-07
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
"""

    extractors = (IDS, BEARS_ON)
    summaries = (COVERED,)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        covered = set().union(*(found for _, found in context.facts.summaries(COVERED)))
        for handle, allegation in context.facts.rows(IDS, "allegations"):
            # Items the loader rejected are reported there: the allegation has them, once fixed.
            if allegation not in covered and not rejected_citing(
                context.rejected, RecordKind.EVIDENCE, "allegations", allegation
            ):
                yield self.finding_at(
                    context,
                    handle,
                    "id",
                    say=f"allegation {allegation} has no evidence items: add the items that"
                    f" bear on it, each with 'allegations: [{allegation}]'",
                )


RULE = AllegationWithoutEvidence()

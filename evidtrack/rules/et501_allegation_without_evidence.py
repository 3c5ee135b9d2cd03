"""ET501 allegation-without-evidence: an allegation that no evidence item bears on."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.model import RecordKind
from evidtrack.rules._walk import rejected_citing
from evidtrack.rules.base import Rule, RuleContext


class AllegationWithoutEvidence(Rule):
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

    def check(self, context: RuleContext) -> Iterator[Finding]:
        covered = {a for item in context.dataset.evidence for a in item.allegations}
        for allegation in context.dataset.allegations:
            # Items the loader rejected are reported there: the allegation has them, once fixed.
            if allegation.id not in covered and not rejected_citing(
                context.rejected, RecordKind.EVIDENCE, "allegations", allegation.id
            ):
                yield self.finding(
                    context,
                    allegation,
                    "id",
                    say=f"allegation {allegation.id} has no evidence items: add the items that"
                    f" bear on it, each with 'allegations: [{allegation.id}]'",
                )


RULE = AllegationWithoutEvidence()

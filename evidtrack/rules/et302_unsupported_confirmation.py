"""ET302 unsupported-confirmation: credibility 1 without a note of the confirmation outside."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import Credibility
from evidtrack.rules.base import Rule, RuleContext


class UnsupportedConfirmation(Rule):
    code = "ET302"
    name = "unsupported-confirmation"
    message = (
        "credibility 1 needs a credibility_note saying where, outside the corpus, it is"
        " confirmed: add the note or grade it 2"
    )
    rationale = (
        "Admiralty credibility 1 means 'confirmed by other sources'. When the other sources are"
        " items of the corpus, the score already counts them, and grading 1 would count the"
        " corroboration twice. Grade 1 only for a confirmation that lies outside the corpus,"
        " and say where in credibility_note."
    )
    bad_example = """\
evidence:
  - id: ev-wood-confirmed
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-02-07
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 1
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-confirmed
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-02-07
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 1
    credibility_note: Confirmed by debris examined by Ukrainian prosecutors, not in this corpus.
    directness: direct
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for item in (*context.dataset.evidence, *context.dataset.responses):
            if item.credibility == Credibility.CONFIRMED and item.credibility_note is None:
                yield self.finding(
                    context,
                    item,
                    "credibility",
                    say="credibility 1 (confirmed by other sources) needs a credibility_note"
                    " saying where, outside the corpus, it is confirmed: add the note, or grade"
                    " it 2 and let the score count the corpus",
                )


RULE = UnsupportedConfirmation()

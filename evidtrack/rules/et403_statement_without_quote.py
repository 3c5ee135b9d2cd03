"""ET403 statement-without-quote: a citation of someone's words that quotes none."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import OfficialResponse, Statement
from evidtrack.rules.base import Rule, RuleContext
from evidtrack.wording import a


class StatementWithoutQuote(Rule):
    code = "ET403"
    name = "statement-without-quote"
    message = "a statement's citation without a quote: copy the words from that document"
    rationale = (
        "A statement is what someone said, so every document cited for it must carry the"
        " words, each outlet its own wording, checked verbatim against its text: without them a"
        " reader cannot tell a statement from the analyst's paraphrase. Observations (an"
        " examination, imagery, conduct, a dataset) and responses that are conduct (a veto, a"
        " vote, a refusal of access) have no words to quote and are not checked."
    )
    bad_example = """\
evidence:
  - id: ev-wood-unquoted
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        page: "1"
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-unquoted
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
        page: "1"
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for record in (*context.dataset.evidence, *context.dataset.responses):
            spoken = isinstance(record, Statement) or (
                isinstance(record, OfficialResponse) and record.kind.spoken
            )
            if not spoken:
                continue
            for index, citation in enumerate(record.citations):
                if citation.quote is None:
                    yield self.finding(
                        context,
                        record,
                        "citations",
                        index,
                        "quote",
                        say=f"{record.id} is {a(record.kind.value.replace('_', ' '))}: its citation"
                        f" of {citation.document} needs quote: with the words as that document"
                        " gives them",
                    )


RULE = StatementWithoutQuote()

"""ET102 unknown-reference: an id that names no record of any kind."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules._walk import index_of, resolved_references
from evidtrack.rules.base import Rule, RuleContext


class UnknownReference(Rule):
    code = "ET102"
    name = "unknown-reference"
    message = "reference to an unknown id: correct the id or add the record it names"
    rationale = (
        "An evidence item that cites a document nobody recorded cannot be checked, and a typo in"
        " an actor id makes a party disappear from the score. Every id field names the kind of"
        " record it points at (the model's field metadata), and the record must exist in the"
        " files validated together."
    )
    bad_example = """\
evidence:
  - id: ev-wood-repeat
    allegation: prk-rus-missiles
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    document: doc-upi-2024
    quote: on at least nine occasions
    date: 2024-02-06
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-repeat
    allegation: prk-rus-missiles
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    document: doc-upi
    quote: on at least nine occasions
    date: 2024-02-06
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for record, path, kind, target, named in resolved_references(context.dataset):
            if named:
                continue  # known; a wrong kind is ET103's
            known = index_of(context.dataset, kind)
            close = difflib.get_close_matches(target, list(known), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"add a {kind} with this id"
            yield self.finding(context, record, *path, say=f"unknown {kind} id {target!r}: {hint}")


RULE = UnknownReference()

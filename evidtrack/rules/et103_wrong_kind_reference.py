"""ET103 wrong-kind-reference: an id that names a record of another kind than the field expects."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model.dataset import list_of
from evidtrack.rules._walk import rejected_as, waits_on
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import IDS, REFERENCED, REFERENCES, broken_references
from evidtrack.wording import a


class WrongKindReference(CorpusRule):
    code = "ET103"
    name = "wrong-kind-reference"
    message = "the id names a record of another kind: point the field at a record of its kind"
    rationale = (
        "A field such as an evidence item's source must name a source (graded for reliability),"
        " not the actor it speaks for or the document it published: the score reads the grade"
        " from the record the id names. Which kind a field expects is declared once, on the"
        " field."
    )
    bad_example = """\
evidence:
  - id: ev-wood-kind
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-02-07
    source: USA
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-kind
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
    credibility: 3
    directness: direct
"""

    extractors = (IDS, REFERENCES)
    summaries = (REFERENCED,)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        # A broken reference whose id names records of other kinds.
        for handle, path, kinds, target, named in context.facts.derived(broken_references):
            if named:
                rejected = rejected_as(context.rejected, kinds, target)
                if rejected is not None:  # the record meant was written, and rejected
                    kind = next(k for k in kinds if list_of(k) == rejected.key)
                    yield self.finding_at(context, handle, *path, say=waits_on(rejected, kind))
                    continue
                wanted = " or ".join(a(kind) for kind in kinds)
                yield self.finding_at(
                    context,
                    handle,
                    *path,
                    say=f"{target!r} is {' and '.join(map(a, named))}, not {wanted}:"
                    f" name {wanted} here",
                )


RULE = WrongKindReference()

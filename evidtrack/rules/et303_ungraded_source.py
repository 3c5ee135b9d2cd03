"""ET303 ungraded-source: an item or response whose source carries no reliability grade."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import Source
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import IDS, REPORTED, REPORTED_KEYS, Extractor, Keep


def _graded(source: Source) -> tuple[str, bool]:
    return source.id, source.reliability is not None


#: Each source's id, and whether it carries a reliability grade.
GRADED = Extractor("graded sources", ("sources",), _graded, Keep.EAGER)


class UngradedSource(CorpusRule):
    code = "ET303"
    name = "ungraded-source"
    message = "the source of the information has no grade: name the graded originator, or grade it"
    rationale = (
        "A publisher that only relays others' words needs no Admiralty grade of its own, so"
        " its reliability may be left out; but the source an item or response names is where"
        " the information comes from, and the score weighs it by that source's grade. An"
        " ungraded source there counts as F (reliability cannot be judged): name the"
        " originator the publisher relays, or grade the source."
    )
    bad_example = """\
sources:
  - id: relay-wire
    name: A wire service that relays statements
    kind: independent_media
evidence:
  - id: ev-relayed
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    source: relay-wire
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
sources:
  - id: relay-wire
    name: A wire service that relays statements
    kind: independent_media
evidence:
  - id: ev-relayed
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    extractors = (IDS, REPORTED, GRADED)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        graded: dict[str, bool] = {}
        for source, grade in facts.values(GRADED):
            graded.setdefault(source, grade)
        if all(graded.values()):
            return  # every source graded: no record names an ungraded one
        for key in REPORTED_KEYS:
            ids = facts.values(IDS, key)
            for (handle, fact), record_id in zip(facts.rows(REPORTED, key), ids, strict=True):
                source = fact[6]
                if graded.get(source) is False:
                    yield self.finding_at(
                        context,
                        handle,
                        "source",
                        say=f"{record_id} names {source} as its source, which has no"
                        " reliability grade: name the graded originator it relays, or grade it",
                    )


RULE = UngradedSource()

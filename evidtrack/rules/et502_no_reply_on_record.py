"""ET502 no-reply-on-record: an accused party with no response on record (the right of reply)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from evidtrack.findings import Finding, Severity
from evidtrack.model import Actor, Allegation, OfficialResponse, RecordKind
from evidtrack.model.dataset import list_of
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import Extractor, Keep


def _party(record: Actor | Allegation | OfficialResponse) -> tuple[Any, Any]:
    if isinstance(record, OfficialResponse):
        return record.allegations, record.actor
    if isinstance(record, Actor):
        return record.id, record.acts_for
    return record.id, record.accused


#: (allegations, actor) of each response; (id, acts_for) of each actor; (id, accused) of each
#: allegation.
PARTIES = Extractor("parties", ("actors", "allegations", "responses"), _party, Keep.EAGER)


class NoReplyOnRecord(CorpusRule):
    code = "ET502"
    name = "no-reply-on-record"
    severity = Severity.WARNING
    message = "accused party with no response on record: record its reply, or a no_comment response"
    rationale = (
        "UN sanctions practice gives concerned parties the evidence and a chance to reply, and"
        " records their contestations (S/2006/997, annex, para 28). An accused party with no"
        " response on record may have replied unrecorded, or not been asked; either way the"
        " reader should know. A response by an actor acting for the party counts."
    )
    bad_example = """\
allegations:
  - id: prk-rus-shells
    title: The DPRK transferred artillery shells to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: artillery_shells
    accused: [PRK]
"""
    good_example = """\
allegations:
  - id: prk-rus-shells
    title: The DPRK transferred artillery shells to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: artillery_shells
    accused: [PRK]
responses:
  - id: resp-prk-shells
    allegations: [prk-rus-shells]
    actor: PRK
    source: kcna
    kind: denial
    published: 2024-02-07
    citations:
      - document: doc-upi
        quote: We have never exported any arms
"""

    extractors = (PARTIES,)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        acts_for: dict[str, str | None] = {}
        for _, (actor, principal) in facts.rows(PARTIES, "actors"):
            acts_for.setdefault(actor, principal)
        replied: dict[str, set[str]] = {}
        said = [
            (allegation, actor)
            for allegations, actor in facts.values(PARTIES, "responses")
            for allegation in allegations
        ]
        # A response the loader rejected is reported there; once fixed, it is on record.
        for rejected in context.rejected:
            if rejected.key != list_of(RecordKind.RESPONSE):
                continue
            party = dict(rejected.references).get("actor")
            if party is None:
                continue
            said.extend(
                (allegation, party)
                for field, allegation in rejected.references
                if field == "allegations"
            )
        for allegation, actor in said:
            parties = replied.setdefault(allegation, set())
            parties.add(actor)
            principal = acts_for.get(actor)
            if principal is not None:
                parties.add(principal)
        for handle, (allegation, accused) in facts.rows(PARTIES, "allegations"):
            for index, party in enumerate(accused):
                if party not in replied.get(allegation, set()):
                    yield self.finding_at(
                        context,
                        handle,
                        "accused",
                        index,
                        say=f"{party} is accused in {allegation} but has no response on"
                        " record: record its reply (a no_comment response if it gave none)",
                    )


RULE = NoReplyOnRecord()

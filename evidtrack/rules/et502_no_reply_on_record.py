"""ET502 no-reply-on-record: an accused party with no response on record (the right of reply)."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.model import Actor, RecordKind
from evidtrack.model.dataset import list_of
from evidtrack.rules.base import Rule, RuleContext


class NoReplyOnRecord(Rule):
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

    def check(self, context: RuleContext) -> Iterator[Finding]:
        actors = context.dataset.actor_by_id
        replied: dict[str, set[str]] = {}
        for response in context.dataset.responses:
            actor = actors.get(response.actor)
            for allegation_id in response.allegations:
                _replied(replied, allegation_id, response.actor, actor)
        # A response the loader rejected is reported there; once fixed, it is on record.
        for rejected in context.rejected:
            if rejected.key != list_of(RecordKind.RESPONSE):
                continue
            party = dict(rejected.references).get("actor")
            if party is None:
                continue
            for field, allegation_id in rejected.references:
                if field == "allegations":
                    _replied(replied, allegation_id, party, actors.get(party))
        for allegation in context.dataset.allegations:
            for index, party in enumerate(allegation.accused):
                if party not in replied.get(allegation.id, set()):
                    yield self.finding(
                        context,
                        allegation,
                        "accused",
                        index,
                        say=f"{party} is accused in {allegation.id} but has no response on"
                        " record: record its reply (a no_comment response if it gave none)",
                    )


def _replied(
    replied: dict[str, set[str]], allegation_id: str, party: str, actor: Actor | None
) -> None:
    """Note that ``party`` (and what it acts for) replied to the allegation."""
    parties = replied.setdefault(allegation_id, set())
    parties.add(party)
    if actor is not None and actor.acts_for is not None:
        parties.add(actor.acts_for)


RULE = NoReplyOnRecord()

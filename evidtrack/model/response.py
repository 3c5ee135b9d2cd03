"""What a party did about an allegation: denial, admission, demand for proof, veto..."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, InRange
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.record_kind import RecordKind


class ResponseKind(StrEnum):
    DENIAL = "denial"
    ADMISSION = "admission"
    DEMAND_FOR_PROOF = "demand_for_proof"
    NON_DENIAL = "non_denial"
    COUNTER_ACCUSATION = "counter_accusation"
    CONDEMNATION = "condemnation"
    VETO = "veto"
    VOTE = "vote"
    REFUSAL_OF_ACCESS = "refusal_of_access"
    NO_COMMENT = "no_comment"


#: A Security Council vote count: fifteen members.
_COUNT = InRange(0, 15, hint="is not a Security Council vote count (0-15)")


@attrs.frozen(kw_only=True)
class Vote:
    """A Council vote as the sources report it; counts left out when they do not give them."""

    draft: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "The draft voted on.",
            example="renewal of the mandate of the 1718 Committee's Panel of Experts",
        ),
    )
    in_favour: int | None = attrs.field(
        default=None, validator=_COUNT, metadata=doc("Votes in favour.")
    )
    against: int | None = attrs.field(
        default=None, validator=_COUNT, metadata=doc("Votes against.")
    )
    abstentions: int | None = attrs.field(
        default=None, validator=_COUNT, metadata=doc("Abstentions.")
    )
    adopted: bool | None = attrs.field(default=None, metadata=doc("Whether the draft passed."))


@attrs.frozen(kw_only=True)
class OfficialResponse:
    """A party's reaction on record, with the document that reports it."""

    id: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the record.", example="resp-kcna-denial"),
    )
    allegation: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the allegation responded to.", references=RecordKind.ALLEGATION),
    )
    actor: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the party that responded.", references=RecordKind.ACTOR, example="PRK"),
    )
    speaker: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc("Id of the person or body who spoke.", references=RecordKind.ACTOR),
    )
    source: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the source that carried the response.", references=RecordKind.SOURCE),
    )
    kind: ResponseKind = attrs.field(metadata=doc("What the party did.", example="denial"))
    date: PartialDate = attrs.field(metadata=doc("When, at the precision the text supports."))
    date_basis: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("How the date was derived from the text."),
    )
    document: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the document that reports it.", references=RecordKind.DOCUMENT),
    )
    quote: str = attrs.field(validator=NOT_BLANK, metadata=doc("The document's words, verbatim."))
    vote: Vote | None = attrs.field(
        default=None, metadata=doc("For a veto or a vote: the vote as reported.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )

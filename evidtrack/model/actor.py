"""Who acts: states, bodies, organisations, and people acting for them."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import (
    IS_COUNTRY_CODE,
    IS_ID,
    ISO_3166_ALPHA_3,
    NO_BLANK_ITEMS,
    NOT_BLANK,
    UNIQUE_IDS,
)
from evidtrack.model.citation import Citation
from evidtrack.model.record_kind import RecordKind


class ActorKind(StrEnum):
    STATE = "state"
    BODY = "body"
    ORGANISATION = "organisation"
    PERSON = "person"
    GROUP = "group"  # named people or states acting together: experts, a joint statement


class Authority(StrEnum):
    """Whether what an actor says can bind a state (FRE 801(d)(2)(C)-(D)).

    Only those that bind the state can make an admission on its behalf: a head of state or
    government, a minister, a spokesperson, a state organ, a military commander (a chief of the
    general staff, a central military commission).
    """

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    SPOKESPERSON = "spokesperson"
    STATE_ORGAN = "state_organ"
    MILITARY_COMMAND = "military_command"
    OFFICIAL = "official"
    LEGISLATOR = "legislator"
    ANONYMOUS = "anonymous"
    NONE = "none"

    @property
    def binds_state(self) -> bool:
        return self in _BINDING


_BINDING = frozenset(
    {
        Authority.HEAD_OF_STATE,
        Authority.HEAD_OF_GOVERNMENT,
        Authority.MINISTER,
        Authority.SPOKESPERSON,
        Authority.STATE_ORGAN,
        Authority.MILITARY_COMMAND,
    }
)


@attrs.frozen(kw_only=True)
class Actor:
    """A state, body, organisation or person; one id, however the sources name it."""

    id: str = attrs.field(validator=IS_ID, metadata=doc("Id of the record.", example="PRK"))
    kind: ActorKind = attrs.field(metadata=doc("What sort of actor this is.", example="state"))
    name: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc("The usual name.", example="Democratic People's Republic of Korea"),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(),
        validator=NO_BLANK_ITEMS,
        metadata=doc("Other names the sources use.", example=["North Korea", "DPRK", "Pyongyang"]),
    )
    country_code: str | None = attrs.field(
        default=None,
        validator=IS_COUNTRY_CODE,
        metadata=doc(
            "ISO 3166-1 alpha-3 code, for a state.", example="PRK", standard=ISO_3166_ALPHA_3
        ),
    )
    acts_for: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc(
            "Id of the actor this one speaks or acts for (a person's state, a ministry's"
            " government, a panel's council).",
            references=RecordKind.ACTOR,
            example="RUS",
        ),
    )
    role: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "The position held, as the sources give it.",
            example="Permanent Representative of Russia to the UN",
        ),
    )
    authority: Authority | None = attrs.field(
        default=None,
        metadata=doc(
            "Whether the actor can bind the state it acts for; an admission needs one that can.",
            example="spokesperson",
        ),
    )
    members: tuple[str, ...] = attrs.field(
        default=(),
        validator=UNIQUE_IDS,
        metadata=doc(
            "Ids of the actors that make up this one: the experts of a panel, the states of a"
            " joint statement.",
            references=RecordKind.ACTOR,
        ),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=doc("Documents that support this record.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )

"""A party's position relative to one allegation; the score weighs statements by it."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import also_written, doc
from evidtrack.model._validators import IS_ID
from evidtrack.model.record_kind import RecordKind


@also_written(
    {
        # Words that read close to another value: spelling alone would suggest the opposite.
        "accuser_aligned": "ally",
        "aligned": "ally",
        "allied": "ally",
        "ally_of_accuser": "ally",
        "accuser_ally": "ally",
        "supporter": "ally",
        "accusing": "accuser",
        "complainant": "accuser",
        "defendant": "accused",
        "respondent": "accused",
        "alleged_violator": "accused",
        "suspect": "accused",
        "third": "third_party",
        "bystander": "third_party",
        "observer": "third_party",
        "expert": "independent",
        "neutral_expert": "independent",
    }
)
class Role(StrEnum):
    ACCUSER = "accuser"
    ALLY = "ally"  # of an accuser
    ACCUSED = "accused"
    THIRD_PARTY = "third_party"
    INDEPENDENT = "independent"


@attrs.frozen(kw_only=True)
class RoleAssignment:
    """An explicit role for one actor in one allegation, overriding the derived one."""

    actor: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the actor.", references=RecordKind.ACTOR, example="GBR"),
    )
    role: Role = attrs.field(metadata=doc("Its role in this allegation.", example="ally"))

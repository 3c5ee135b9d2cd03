"""A party's position relative to one allegation; the score weighs statements by it."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import is_id


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
        validator=is_id, metadata=doc("Id of the actor.", references="actor", example="GBR")
    )
    role: Role = attrs.field(metadata=doc("Its role in this allegation.", example="ally"))

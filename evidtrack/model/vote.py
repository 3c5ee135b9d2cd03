"""A Security Council vote: on a resolution's adoption, or the veto a party cast."""

from __future__ import annotations

from typing import Final

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import NOT_BLANK, InRange

#: A Security Council vote count: fifteen members.
_COUNT: Final = InRange(0, 15, hint="is not a Security Council vote count (0-15)")


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

"""A verbatim quotation from a document: where every recorded fact comes from."""

from __future__ import annotations

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK
from evidtrack.model.record_kind import RecordKind


@attrs.frozen(kw_only=True)
class Citation:
    """One short quotation that supports a fact in a record."""

    document: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the document quoted.", references=RecordKind.DOCUMENT, example="doc-003-upi"
        ),
    )
    quote: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc(
            "The document's words, verbatim: typos, curly quotes and all.",
            example="Russia has attacked Ukraine at least nine times",
        ),
    )

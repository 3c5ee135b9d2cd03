"""Where a recorded fact comes from: a document and, for words, a verbatim quotation."""

from __future__ import annotations

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK
from evidtrack.model.record_kind import RecordKind


@attrs.frozen(kw_only=True)
class Citation:
    """One document that reports a fact, with its words where words are what it reports."""

    document: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the document cited.", references=RecordKind.DOCUMENT, example="doc-003-upi"
        ),
    )
    quote: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "The document's words, verbatim: typos, curly quotes and all. A statement's"
            " citations need one; an observation's may leave it out.",
            example="Russia has attacked Ukraine at least nine times",
        ),
    )
    page: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("The page, as the document numbers it.", example="12"),
    )
    paragraph: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("The paragraph, as the document numbers it.", example="28"),
    )
    note: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "What this report adds or how it differs (a restatement, a later date).",
            example="restated on 4 January 2024",
        ),
    )

"""What evidence items and official responses say alike: each field's words, written once.

Both are accounts of a party's conduct or words, reported by documents, graded and traced; the
classes declare these fields with the metadata below, so the two never describe one field in
two ways.
"""

from __future__ import annotations

from typing import Final

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, UNIQUE_IDS, NotEmpty, checks
from evidtrack.model.grades import Directness
from evidtrack.model.record_kind import RecordKind

ALLEGATIONS_CHECK: Final = checks(UNIQUE_IDS, NotEmpty("allegation id"))
CITATIONS_CHECK: Final = NotEmpty("citation")
SOURCE_CHECK: Final = IS_ID

ALLEGATIONS: Final = doc(
    "Ids of the allegations it bears on; the score counts it once in each.",
    references=RecordKind.ALLEGATION,
    example=["prk-rus-ballistic-missiles"],
)
CITATIONS: Final = doc(
    "The documents that report it, each with its own words; the first to be public dates it."
)
PUBLISHED: Final = doc(
    "When it became public, at the precision the text supports; what an as-of date compares"
    " with. Left out, the earliest date of the cited documents.",
    example="2024-02-06",
)
PUBLISHED_BASIS: Final = doc(
    "How the publication date was derived from the text; needed when it is earlier than every"
    " cited document.",
    example="'on Tuesday' before the dateline 'Feb. 7'",
)
OCCURRED: Final = doc(
    "When what it reports happened: a date, or a range such as 2024-01-05/2024-01-06.",
    example="2024-01-02",
)
SOURCE: Final = doc(
    "Id of the source of the information, graded for reliability; it may differ from the"
    " publisher of the documents that carry it.",
    references=RecordKind.SOURCE,
    example="us-government",
)
CREDIBILITY: Final = doc(
    "Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged), judged on the"
    " record alone: corroboration inside the corpus is the score's job.",
    example=3,
)
CREDIBILITY_NOTE: Final = doc(
    "Why the grade; credibility 1 must say where outside the corpus it is confirmed."
)
DIRECTNESS: Final = doc(
    "How much of the allegation it bears on, from 0 to 1, or a name for a fixed value.",
    names=Directness,
    example=0.8,
)
DERIVED_FROM: Final = doc(
    "Ids of earlier evidence items or responses this one only repeats (a relay adds nothing).",
    references=(RecordKind.EVIDENCE, RecordKind.RESPONSE),
)
EVENTS: Final = doc(
    "Ids of the events it is about (the strike whose debris was examined, the vote).",
    references=RecordKind.EVENT,
    example=["strike-kharkiv-2024-01-02"],
)
SPEAKERS: Final = doc(
    "Ids of the people or bodies who said it, one or more.",
    references=RecordKind.ACTOR,
    example=["john-kirby"],
)
NOTES: Final = doc("Analyst's notes.")

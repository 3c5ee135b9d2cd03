"""A corpus of records, as one file holds them or as a whole folder does, indexed by id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from typing import Any, TypeVar, cast

import attrs

from evidtrack.model._fields import HOLDS, doc
from evidtrack.model.actor import Actor
from evidtrack.model.allegation import Allegation
from evidtrack.model.document import Document
from evidtrack.model.event import Event
from evidtrack.model.evidence import EvidenceItem, Observation, Statement
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.resolution import Resolution
from evidtrack.model.response import OfficialResponse
from evidtrack.model.source import Source
from evidtrack.model.vessel import Vessel

Record = (
    Resolution
    | Actor
    | Source
    | Document
    | Vessel
    | Event
    | Allegation
    | Statement
    | Observation
    | OfficialResponse
)
#: What a publication date is asked of: a record reported by documents.
Reported = Statement | Observation | OfficialResponse
R = TypeVar("R", bound=Record)


def _first_by_id(records: Iterable[R]) -> Mapping[str, R]:
    # The first record with an id wins the index; later ones stay in the tuples, where the
    # duplicate-id rule finds and reports them, so nothing the user wrote is lost.
    index: dict[str, R] = {}
    for record in records:
        index.setdefault(record.id, record)
    return index


A = TypeVar("A", bound=Reported)


def _by_allegation(records: Iterable[A]) -> Mapping[str, tuple[A, ...]]:
    """The records of each allegation, in their order."""
    groups: dict[str, list[A]] = {}
    for record in records:
        # Once for each allegation, however often the record names it.
        for allegation in dict.fromkeys(record.allegations):
            groups.setdefault(allegation, []).append(record)
    return {allegation: tuple(group) for allegation, group in groups.items()}


@attrs.frozen(kw_only=True)
class Dataset:
    """Records of every kind. One evidence file is a Dataset; a folder is their union."""

    resolutions: tuple[Resolution, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Security Council resolutions and their provisions.", holds=RecordKind.RESOLUTION
        ),
    )
    actors: tuple[Actor, ...] = attrs.field(
        default=(),
        metadata=doc("States, bodies, organisations and people.", holds=RecordKind.ACTOR),
    )
    sources: tuple[Source, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Publishers and originators, graded for reliability.", holds=RecordKind.SOURCE
        ),
    )
    documents: tuple[Document, ...] = attrs.field(
        default=(),
        metadata=doc("Publications that evidence and responses quote.", holds=RecordKind.DOCUMENT),
    )
    vessels: tuple[Vessel, ...] = attrs.field(
        default=(), metadata=doc("Ships named in transfers.", holds=RecordKind.VESSEL)
    )
    events: tuple[Event, ...] = attrs.field(
        default=(),
        metadata=doc("Dated events that evidence and responses are about.", holds=RecordKind.EVENT),
    )
    allegations: tuple[Allegation, ...] = attrs.field(
        default=(), metadata=doc("Alleged transfers.", holds=RecordKind.ALLEGATION)
    )
    evidence: tuple[EvidenceItem, ...] = attrs.field(
        default=(),
        metadata=doc("Evidence items bearing on allegations.", holds=RecordKind.EVIDENCE),
    )
    responses: tuple[OfficialResponse, ...] = attrs.field(
        default=(),
        metadata=doc("Official responses of the parties.", holds=RecordKind.RESPONSE),
    )

    @classmethod
    def merge(cls, parts: Iterable[Dataset]) -> Dataset:
        """All records of all parts, in order."""
        parts = tuple(parts)
        lists = {
            field.name: tuple(r for part in parts for r in getattr(part, field.name))
            for field in attrs.fields(cls)
        }
        return cls(**lists)

    def records(self) -> Iterator[Record]:
        """Every record, kind by kind in field order."""
        for field in attrs.fields(Dataset):
            yield from getattr(self, field.name)

    def __len__(self) -> int:
        return sum(len(getattr(self, f.name)) for f in attrs.fields(Dataset))

    @cached_property
    def _indexes(self) -> Mapping[RecordKind, Mapping[str, Record]]:
        return {
            kind_of_list(field): _first_by_id(getattr(self, field.name))
            for field in attrs.fields(Dataset)
        }

    def by_id(self, kind: RecordKind) -> Mapping[str, Record]:
        """The records of one kind by id; the first of several with one id."""
        return self._indexes[kind]

    @property
    def resolution_by_id(self) -> Mapping[str, Resolution]:
        return cast("Mapping[str, Resolution]", self.by_id(RecordKind.RESOLUTION))

    @property
    def actor_by_id(self) -> Mapping[str, Actor]:
        return cast("Mapping[str, Actor]", self.by_id(RecordKind.ACTOR))

    @property
    def source_by_id(self) -> Mapping[str, Source]:
        return cast("Mapping[str, Source]", self.by_id(RecordKind.SOURCE))

    @property
    def document_by_id(self) -> Mapping[str, Document]:
        return cast("Mapping[str, Document]", self.by_id(RecordKind.DOCUMENT))

    @property
    def allegation_by_id(self) -> Mapping[str, Allegation]:
        return cast("Mapping[str, Allegation]", self.by_id(RecordKind.ALLEGATION))

    @property
    def evidence_by_id(self) -> Mapping[str, EvidenceItem]:
        return cast("Mapping[str, EvidenceItem]", self.by_id(RecordKind.EVIDENCE))

    @property
    def response_by_id(self) -> Mapping[str, OfficialResponse]:
        return cast("Mapping[str, OfficialResponse]", self.by_id(RecordKind.RESPONSE))

    @property
    def vessel_by_id(self) -> Mapping[str, Vessel]:
        return cast("Mapping[str, Vessel]", self.by_id(RecordKind.VESSEL))

    @property
    def event_by_id(self) -> Mapping[str, Event]:
        return cast("Mapping[str, Event]", self.by_id(RecordKind.EVENT))

    def evidence_for(self, allegation_id: str) -> tuple[EvidenceItem, ...]:
        """The items that bear on the allegation (an item may bear on several)."""
        return self._evidence_by_allegation.get(allegation_id, ())

    def responses_to(self, allegation_id: str) -> tuple[OfficialResponse, ...]:
        """The responses to the allegation (a response may answer several)."""
        return self._responses_by_allegation.get(allegation_id, ())

    # Grouped once: a scan of every item for each allegation would grow with the square of
    # the corpus.
    @cached_property
    def _evidence_by_allegation(self) -> Mapping[str, tuple[EvidenceItem, ...]]:
        return _by_allegation(self.evidence)

    @cached_property
    def _responses_by_allegation(self) -> Mapping[str, tuple[OfficialResponse, ...]]:
        return _by_allegation(self.responses)

    def events_for(self, allegation_id: str) -> tuple[Event, ...]:
        """The events the allegation's items and responses are about, in the order listed."""
        named = {
            event_id
            for record in (*self.evidence_for(allegation_id), *self.responses_to(allegation_id))
            for event_id in record.events
        }
        return tuple(event for event in self.events if event.id in named)

    def published(self, record: Reported) -> PartialDate | None:
        """When the record became public: its own date, else its first cited document's.

        The first document is the one known earliest (the earliest end: a day inside a month
        is known before the month is over); None when neither says.
        """
        if record.published is not None:
            return record.published
        documents = self.document_by_id
        citations = record.citations
        if len(citations) == 1:  # most records cite one document: no list, no comparison
            document = documents.get(citations[0].document)
            return None if document is None else document.date
        dates = [
            document.date
            for citation in record.citations
            if (document := documents.get(citation.document)) is not None
            and document.date is not None
        ]
        # bounds: end() and start() as integers, in the same order
        return min(dates, key=lambda d: (d.bounds[1], d.bounds[0]), default=None)


def kind_of_list(field: attrs.Attribute[Any]) -> RecordKind:
    """The kind of record a list of the dataset holds, as its field declares it."""
    kind: RecordKind = field.metadata[HOLDS]
    return kind


def list_of(kind: RecordKind) -> str:
    """The top-level list that holds records of ``kind`` (``documents`` for documents)."""
    return next(field.name for field in attrs.fields(Dataset) if kind_of_list(field) is kind)

"""STIX 2.1 bundles: what threat-intelligence platforms (OpenCTI, MISP) exchange.

The mapping, record by record (the tables below hold the choices):

- actors and sources are ``identity`` objects; a state is also a ``location`` with its ISO
  3166-1 alpha-2 country, tied to its identity by a ``located-at`` relationship;
- documents are ``report`` objects whose ``object_refs`` list what quotes them, and a document's
  URL is a ``url`` object (an external reference with a URL should carry a hash of what the URL
  serves, which evidtrack does not hold);
- evidence items are ``note`` objects (claim as ``abstract``, the quotations, or what was
  observed, as ``content``); an observation of a physical object (``EVIDENCE_OBJECTS``) is also
  an ``observed-data`` of an ``x-evidtrack-artifact``;
- responses are ``opinion`` objects where STIX's agreement scale fits (``RESPONSE_OPINIONS``),
  ``note`` objects where it does not;
- allegations, resolutions, vessels and events are the custom objects
  ``x-evidtrack-allegation`` (with its score: ``confidence`` on STIX's None/Low/Med/High scale,
  the rest in ``score``), ``x-evidtrack-resolution``, ``x-evidtrack-vessel`` and
  ``x-evidtrack-event``, defined by the bundle's ``extension-definition`` (STIX 2.1, section
  7.3), whose ``schema`` lists every property with the model's own description.

Every other field of a record travels in the extension's properties, ids of records as
``*_ref``/``*_refs`` to the objects they became, so nothing of the data is left behind. Every
object names its evidtrack id in an external reference (``source_name: evidtrack``).

Ids are UUIDv5 of ``type:kind:id`` in a fixed namespace: the same record always gets the same
id. STIX 2.1 (section 2.9) says domain objects SHOULD use UUIDv4 and lets producers use another
version in a namespace of their own, which is what deterministic ids need. Times are derived
from the data, never the clock: an object is ``created`` at the start of the earliest date it
carries or cites and ``modified`` at the latest (an allegation also at the dates of the evidence
its score counts). STIX times have no precision, so each date is also kept as written.
"""

from __future__ import annotations

import hashlib
import json
import typing
import uuid
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import Any, Final

import attrs
import pendulum

from evidtrack.as_of import AsOf
from evidtrack.export._common import (
    KIND_OF_CLASS,
    alpha2,
    earliest,
    index,
    latest,
    quotes,
    record_dates,
    records_of,
    reference_kind,
    require_unique_ids,
    scores,
    web_url,
)
from evidtrack.model import (
    Actor,
    ActorKind,
    Allegation,
    Dataset,
    DateRange,
    Document,
    Event,
    EvidenceItem,
    EvidenceKind,
    Observation,
    OfficialResponse,
    PartialDate,
    Record,
    Reported,
    Resolution,
    ResponseKind,
    Source,
    Statement,
    Vessel,
)
from evidtrack.model._fields import DESCRIPTION
from evidtrack.scoring import STANDARD, Assessment, Profile

#: The namespace of evidtrack's UUIDv5 ids (any fixed UUID of our own; never change it).
NAMESPACE: Final = uuid.UUID("6d2011b3-48f0-4b7b-a9d3-01664e882fb9")
#: STIX 2.1's namespace for cyber-observable ids (section 2.9).
SCO_NAMESPACE: Final = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")

#: The extension's version; bump it, and EXTENSION_DATE, when a property changes.
EXTENSION_VERSION: Final = "1.0.0"
EXTENSION_DATE: Final = PartialDate(year=2026, month=12, day=6)
#: A time for a record that carries and cites no date at all (none in a valid dataset has none
#: but an actor without citations, say): the earliest date of the dataset, else this.
FALLBACK_DATE: Final = PartialDate(year=1970)

ALLEGATION_TYPE: Final = "x-evidtrack-allegation"
RESOLUTION_TYPE: Final = "x-evidtrack-resolution"
VESSEL_TYPE: Final = "x-evidtrack-vessel"
EVENT_TYPE: Final = "x-evidtrack-event"
ARTIFACT_TYPE: Final = "x-evidtrack-artifact"

#: STIX identity classes (identity-class-ov) of the actor kinds.
IDENTITY_CLASSES: Final[dict[ActorKind, str]] = {
    ActorKind.STATE: "organization",
    ActorKind.BODY: "organization",
    ActorKind.ORGANISATION: "organization",
    ActorKind.PERSON: "individual",
    ActorKind.GROUP: "group",
}

#: A response on STIX's opinion scale, or None where the scale does not fit (the response
#: is then a note): a denial says the allegation is false, an admission that it is true, a
#: condemnation takes it as true, a demand for proof disputes it without saying it is false, a
#: non-denial neither. A veto, a vote, a refusal of access, a counter-accusation and no comment
#: are conduct or silence, not a view on whether the allegation is true.
RESPONSE_OPINIONS: Final[dict[ResponseKind, str | None]] = {
    ResponseKind.DENIAL: "strongly-disagree",
    ResponseKind.DEMAND_FOR_PROOF: "disagree",
    ResponseKind.NON_DENIAL: "neutral",
    ResponseKind.CONDEMNATION: "agree",
    ResponseKind.ADMISSION: "strongly-agree",
    ResponseKind.COUNTER_ACCUSATION: None,
    ResponseKind.VETO: None,
    ResponseKind.VOTE: None,
    ResponseKind.REFUSAL_OF_ACCESS: None,
    ResponseKind.NO_COMMENT: None,
}

#: What each kind of evidence becomes: a statement is a note; an observation of a physical
#: object is also observed-data of that object (its ``artifact``) when the item names one.
EVIDENCE_OBJECTS: Final[dict[EvidenceKind, str]] = {
    EvidenceKind.PHYSICAL_EXAMINATION: "observed-data",
    EvidenceKind.GEOLOCATED_IMAGERY: "observed-data",
    EvidenceKind.VERIFIED_DOCUMENTS: "observed-data",
    EvidenceKind.DATASET: "note",
    EvidenceKind.CONDUCT: "note",
    EvidenceKind.EXPERT_FINDING: "note",
    EvidenceKind.ADMISSION: "note",
    EvidenceKind.TESTIMONY: "note",
    EvidenceKind.INTELLIGENCE_ASSESSMENT: "note",
    EvidenceKind.OFFICIAL_STATEMENT: "note",
    EvidenceKind.DENIAL: "note",
    EvidenceKind.MEDIA_REPORT: "note",
    EvidenceKind.NO_INDICATION: "note",
}

#: The STIX type of each kind of record, and the fields its standard properties carry (the
#: rest go to the extension). A response's type depends on its kind: see ``_type_of``.
STANDARD_FIELDS: Final[dict[type, tuple[str, frozenset[str]]]] = {
    Resolution: (RESOLUTION_TYPE, frozenset({"id", "symbol", "notes"})),
    Actor: ("identity", frozenset({"id", "name", "role", "notes"})),
    Source: ("identity", frozenset({"id", "name", "notes"})),
    Document: ("report", frozenset({"id", "title", "notes"})),
    Vessel: (VESSEL_TYPE, frozenset({"id", "name", "notes"})),
    Event: (EVENT_TYPE, frozenset({"id", "title", "notes"})),
    Allegation: (ALLEGATION_TYPE, frozenset({"id", "title", "notes"})),
    Statement: ("note", frozenset({"id", "claim"})),
    Observation: ("note", frozenset({"id", "claim", "observed"})),
    OfficialResponse: ("opinion", frozenset({"id"})),
}

#: The checks of stix2-validator's strict mode that evidtrack's bundles do not pass, and why:
#: the tests run every other check, warnings as errors.
DEPARTURES: Final = {
    "uuid-check": "ids are UUIDv5 of evidtrack's ids, so that exporting twice gives the same"
    " ids; STIX 2.1 section 2.9 allows a version other than 4 in a namespace of the producer's",
}


def _uuid(name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, name)


def stix_id(stix_type: str, kind: str, record_id: str) -> str:
    """The id of the object of ``stix_type`` made from the record ``kind``/``record_id``."""
    return f"{stix_type}--{_uuid(f'{stix_type}:{kind}:{record_id}')}"


def sco_id(stix_type: str, properties: dict[str, Any]) -> str:
    """A cyber-observable's id from its id-contributing properties (STIX 2.1, section 2.9)."""
    canonical = json.dumps(properties, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"{stix_type}--{uuid.uuid5(SCO_NAMESPACE, canonical)}"


def timestamp(date: PartialDate) -> str:
    """The first instant a date covers, as a STIX timestamp (UTC, milliseconds)."""
    return _stamp(date.start())


def _stamp(moment: pendulum.DateTime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


PRODUCER_ID: Final = f"identity--{_uuid('identity:evidtrack')}"
EXTENSION_ID: Final = f"extension-definition--{_uuid('extension-definition:evidtrack')}"


def _type_of(record: Record) -> str:
    if isinstance(record, OfficialResponse) and RESPONSE_OPINIONS[record.kind] is None:
        return "note"
    return STANDARD_FIELDS[type(record)][0]


_CLASS_OF_KIND: Final = {kind: cls for cls, kind in KIND_OF_CLASS.items()}


class _Refs:
    """Turns evidtrack references into the ids of the objects the records became.

    A reference to a record that is not in the data (exported past ``--allow-errors``) becomes
    the id that record would have: a STIX reference may name an object the bundle lacks.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.by_kind = index(dataset)

    def of(self, kind: str, record_id: str) -> str:
        # A field that may name several kinds ("evidence or response"): the one that holds it.
        kinds = kind.split(" or ")
        kind = next((k for k in kinds if record_id in self.by_kind[k]), kinds[0])
        record = self.by_kind[kind].get(record_id)
        if record is None:
            return stix_id(STANDARD_FIELDS[_CLASS_OF_KIND[kind]][0], kind, record_id)
        return stix_id(_type_of(record), kind, record_id)


def _plain(value: Any, field: attrs.Attribute[Any] | None, refs: _Refs) -> Any:
    """A model value as STIX JSON: records as dicts, ids of records as the ids they became."""
    kind = None if field is None else reference_kind(field)
    if kind is not None:
        if isinstance(value, tuple):
            return [refs.of(kind, v) for v in value]
        return refs.of(kind, value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v, None, refs) for v in value]
    if attrs.has(type(value)):
        return _properties(value, frozenset(), refs)
    return value


def property_name(field: attrs.Attribute[Any]) -> str:
    """The STIX property of a field: ``supplier`` -> ``supplier_ref``, ``accusers`` ->
    ``accuser_refs`` (STIX's own naming of references), any other field by its name."""
    if reference_kind(field) is None:
        return field.name
    if typing.get_origin(field.type) is tuple:
        return f"{field.name.removesuffix('s')}_refs"
    return f"{field.name}_ref"


def _properties(record: Any, skip: frozenset[str], refs: _Refs) -> dict[str, Any]:
    """The fields of ``record`` not in ``skip`` and not empty, as STIX properties."""
    found: dict[str, Any] = {}
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if field.name in skip or value is None or value == ():
            continue
        plain = _plain(value, field, refs)
        if plain != {}:  # a period with neither end, say
            found[property_name(field)] = plain
    return found


class _Builder:
    """Builds the bundle's objects record by record, in the dataset's order."""

    def __init__(self, dataset: Dataset, assessments: dict[str, Assessment]) -> None:
        self.dataset = dataset
        self.refs = _Refs(dataset)
        self.assessments = assessments
        every = [d for r in dataset.records() for d in record_dates(r, dataset)]
        self.fallback = earliest(every) or FALLBACK_DATE
        self.objects: dict[str, dict[str, Any]] = {}
        self.cited_by: dict[str, list[str]] = {}
        for record in dataset.records():
            self._note_citations(record)

    def _note_citations(self, record: Record) -> None:
        own = self.refs.of(KIND_OF_CLASS[type(record)], record.id)
        for document in _documents_named(record):
            citing = self.cited_by.setdefault(document, [])
            if own not in citing:
                citing.append(own)

    def add(self, obj: dict[str, Any]) -> None:
        self.objects.setdefault(obj["id"], obj)

    def base(
        self, stix_type: str, kind: str, record: Record, dates: Iterable[PartialDate] = ()
    ) -> dict[str, Any]:
        found = [*record_dates(record, self.dataset), *dates]
        created = earliest(found) or self.fallback
        modified = latest(found) or self.fallback
        return {
            "type": stix_type,
            "spec_version": "2.1",
            "id": stix_id(stix_type, kind, record.id),
            "created": timestamp(created),
            "modified": timestamp(modified),
        }

    def extension(self, record: Record, kind: str, *, new_object: bool = False) -> dict[str, Any]:
        skip = STANDARD_FIELDS[type(record)][1]
        properties = _properties(record, skip, self.refs)
        if new_object:
            return {
                **properties,
                "extensions": {EXTENSION_ID: {"extension_type": "new-sdo"}},
            }
        return {
            "extensions": {
                EXTENSION_ID: {"extension_type": "property-extension", "record": kind, **properties}
            }
        }

    def references(self, record: Record, *more: dict[str, str]) -> list[dict[str, str]]:
        return [{"source_name": "evidtrack", "external_id": record.id}, *more]

    def resolution(self, record: Resolution) -> None:
        obj = self.base(RESOLUTION_TYPE, "resolution", record)
        obj["name"] = record.name
        if record.notes:
            obj["description"] = record.notes
        obj["external_references"] = self.references(record)
        obj.update(self.extension(record, "resolution", new_object=True))
        self.add(obj)

    def actor(self, record: Actor) -> None:
        obj = self.base("identity", "actor", record)
        obj["name"] = record.name
        obj["identity_class"] = IDENTITY_CLASSES[record.kind]
        if record.role:
            obj["roles"] = [record.role]
        if record.notes:
            obj["description"] = record.notes
        obj["external_references"] = self.references(record)
        obj.update(self.extension(record, "actor"))
        self.add(obj)
        country = alpha2(record.country_code) if record.country_code else None
        if record.kind is ActorKind.STATE and country is not None:
            place = self.base("location", "actor", record)
            place["name"] = record.name
            place["country"] = country
            place["external_references"] = self.references(record)
            self.add(place)
            tie = self.base("relationship", "actor", record)
            tie["relationship_type"] = "located-at"
            tie["source_ref"] = obj["id"]
            tie["target_ref"] = place["id"]
            self.add(tie)

    def source(self, record: Source) -> None:
        obj = self.base("identity", "source", record)
        obj["name"] = record.name
        obj["identity_class"] = "organization"
        if record.notes:
            obj["description"] = record.notes
        obj["external_references"] = self.references(record)
        obj.update(self.extension(record, "source"))
        self.add(obj)

    def document(self, record: Document) -> None:
        obj = self.base("report", "document", record)
        obj["name"] = record.title or record.bibliographic or record.id
        if record.notes:
            obj["description"] = record.notes
        obj["published"] = timestamp(record.date or self.fallback)
        contents = [self.refs.of("source", record.publisher)]
        url = web_url(record.url)  # any other text stays in the extension's url
        if url:
            link = {"type": "url", "spec_version": "2.1", "value": url}
            link["id"] = sco_id("url", {"value": url})
            self.add(link)
            contents.append(link["id"])
        contents.extend(self.cited_by.get(record.id, ()))
        obj["object_refs"] = contents
        obj["external_references"] = self.references(record)
        obj.update(self.extension(record, "document"))
        self.add(obj)

    def vessel(self, record: Vessel) -> None:
        self._custom(VESSEL_TYPE, "vessel", record, record.name)

    def event(self, record: Event) -> None:
        self._custom(EVENT_TYPE, "event", record, record.title)

    def _custom(self, stix_type: str, kind: str, record: Vessel | Event, name: str) -> None:
        obj = self.base(stix_type, kind, record)
        obj["name"] = name
        if record.notes:
            obj["description"] = record.notes
        obj["external_references"] = self.references(record)
        obj.update(self.extension(record, kind, new_object=True))
        self.add(obj)

    def allegation(self, record: Allegation) -> None:
        assessment = self.assessments[record.id]
        records = (*self.dataset.evidence_for(record.id), *self.dataset.responses_to(record.id))
        dates = [d for r in records if (d := self.dataset.published(r)) is not None]
        counted = [d for d in dates if assessment.as_of is None or _known_by(d, assessment.as_of)]
        obj = self.base(ALLEGATION_TYPE, "allegation", record, counted)
        obj["name"] = record.title
        if record.notes:
            obj["description"] = record.notes
        obj["confidence"] = assessment.stix_confidence
        obj["external_references"] = self.references(record)
        obj.update(self.extension(record, "allegation", new_object=True))
        obj["score"] = score_properties(assessment)
        self.add(obj)

    def evidence(self, record: EvidenceItem) -> None:
        obj = self.base("note", "evidence", record)
        obj["abstract"] = record.claim
        said = record.observed if isinstance(record, Observation) else "\n".join(quotes(record))
        obj["content"] = said or record.claim
        obj["authors"] = self._authors(record.speakers, record.party)
        refs = [self.refs.of("allegation", a) for a in record.allegations]
        if EVIDENCE_OBJECTS[record.kind] == "observed-data" and record.artifact:
            refs.append(self._observation(record, record.artifact))
        obj["object_refs"] = refs
        obj["external_references"] = self.references(record, *self._document_references(record))
        obj.update(self.extension(record, "evidence"))
        self.add(obj)

    def _observation(self, record: EvidenceItem, label: str) -> str:
        thing = {
            "type": ARTIFACT_TYPE,
            "spec_version": "2.1",
            "id": sco_id(ARTIFACT_TYPE, {"label": label}),
            "label": label,
            "extensions": {EXTENSION_ID: {"extension_type": "new-sco"}},
        }
        self.add(thing)
        seen = self.base("observed-data", "evidence", record)
        # When it was observed: when it happened, else when it was told (both as written).
        when = record.occurred or (DateRange.of(self.dataset.published(record) or self.fallback))
        first, after = when.bounds()
        seen["first_observed"] = _stamp(first)
        seen["last_observed"] = _stamp(after.subtract(microseconds=1000))
        seen["number_observed"] = 1
        seen["object_refs"] = [thing["id"]]
        seen["external_references"] = self.references(record)
        self.add(seen)
        return str(seen["id"])

    def response(self, record: OfficialResponse) -> None:
        opinion = RESPONSE_OPINIONS[record.kind]
        obj = self.base(_type_of(record), "response", record)
        said = "\n".join(quotes(record))
        if opinion is None:
            obj["abstract"] = record.kind.value.replace("_", " ")
            obj["content"] = said or obj["abstract"]  # conduct (a veto) quotes no words
        else:
            if said:
                obj["explanation"] = said
            obj["opinion"] = opinion
        obj["authors"] = self._authors(record.speakers, record.actor)
        obj["object_refs"] = [self.refs.of("allegation", a) for a in record.allegations]
        obj["external_references"] = self.references(record, *self._document_references(record))
        obj.update(self.extension(record, "response"))
        self.add(obj)

    def _authors(self, speakers: tuple[str, ...], party: str) -> list[str]:
        actors = self.dataset.actor_by_id
        names = [actors[a].name if a in actors else a for a in (*speakers, party)]
        return list(dict.fromkeys(names))

    def _document_references(self, record: Reported) -> list[dict[str, str]]:
        """One external reference per document cited, each once."""
        found: list[dict[str, str]] = []
        for document_id in dict.fromkeys(c.document for c in record.citations):
            document = self.dataset.document_by_id.get(document_id)
            if document is None:  # past --allow-errors: the id is all there is
                found.append({"source_name": "evidtrack", "description": f"document {document_id}"})
                continue
            publisher = self.dataset.source_by_id.get(document.publisher)
            name = document.publisher if publisher is None else publisher.name
            title = document.title or document.bibliographic or document.id
            found.append({"source_name": name, "description": title})
        return found


def _known_by(date: PartialDate, as_of: str) -> bool:
    return date.known_by(PartialDate.parse(as_of).end())


def _documents_named(record: Any) -> Iterator[str]:
    """Ids of the documents a record names, in field order (citations included)."""
    if isinstance(record, tuple):
        for item in record:
            yield from _documents_named(item)
        return
    if not attrs.has(type(record)) or isinstance(record, PartialDate):
        return
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if reference_kind(field) == "document":
            yield from (value,) if isinstance(value, str) else value
        else:
            yield from _documents_named(value)


def score_properties(assessment: Assessment) -> dict[str, Any]:
    """The score as the allegation object's ``score`` property (no ``as_of``: all the evidence)."""
    dated = {} if assessment.as_of is None else {"as_of": assessment.as_of}
    return {
        **dated,
        "likelihood": assessment.likelihood,
        "icd203_term": assessment.term.value,
        "confidence": assessment.confidence.value,
        "two_independent_sources": assessment.two_independent_sources,
        "log_odds": assessment.log_odds,
        "prior": assessment.prior,
        "profile": assessment.profile_name,
        "profile_version": assessment.profile_version,
        "counted": assessment.counted,
    }


def _describe(cls: type, skip: frozenset[str]) -> list[str]:
    lines = []
    for field in attrs.fields(cls):
        if field.name in skip:
            continue
        description = field.metadata.get(DESCRIPTION, "")
        lines.append(f"  {property_name(field)}: {description}")
    return lines


def extension_schema() -> str:
    """The extension's normative definition, in plain text, from the model's field docs."""
    lines = [
        "evidtrack's records of alleged violations of UN sanctions, as STIX 2.1 objects.",
        "Ids of records become *_ref/*_refs to the objects they became; dates keep their"
        " written precision (YYYY, YYYY-MM, YYYY-MM-DD or a UTC time).",
        "",
    ]
    for cls, (stix_type, skip) in STANDARD_FIELDS.items():
        kind = KIND_OF_CLASS[cls]
        if stix_type.startswith("x-"):
            lines.append(f"New object {stix_type} (extension_type new-sdo), one per {kind}:")
        else:
            lines.append(
                f"On the {stix_type} of each {kind} (extension_type property-extension,"
                f" with record: {kind}):"
            )
        lines.extend(_describe(cls, skip))
    lines.append(
        f"  score (on {ALLEGATION_TYPE}): the corroboration score: as_of, likelihood,"
        " icd203_term, confidence, two_independent_sources, log_odds, prior, profile,"
        " profile_version, counted."
    )
    lines.append(
        f"New cyber-observable {ARTIFACT_TYPE} (extension_type new-sco): a physical object that"
        " evidence examined. label: the label the evidence gives it (id-contributing)."
    )
    return "\n".join(lines)


def _fixed_objects() -> list[dict[str, Any]]:
    when = timestamp(EXTENSION_DATE)
    producer = {
        "type": "identity",
        "spec_version": "2.1",
        "id": PRODUCER_ID,
        "created": when,
        "modified": when,
        "name": "evidtrack",
        "identity_class": "system",
    }
    definition = {
        "type": "extension-definition",
        "spec_version": "2.1",
        "id": EXTENSION_ID,
        "created": when,
        "modified": when,
        "created_by_ref": PRODUCER_ID,
        "name": "evidtrack",
        "description": "Allegations of sanctions violations with their graded evidence,"
        " responses and corroboration score, and the evidtrack fields of the standard objects.",
        "schema": extension_schema(),
        "version": EXTENSION_VERSION,
        "extension_types": ["new-sdo", "new-sco", "property-extension"],
    }
    return [producer, definition]


def to_stix(
    dataset: Dataset, *, as_of: AsOf | None = None, profile: Profile = STANDARD
) -> dict[str, Any]:
    """The dataset as a STIX 2.1 bundle (plain JSON data), scores as of the end of ``as_of``.

    The dataset should be valid (``evidtrack.validate``); duplicate ids raise ``DuplicateIds``
    and a reference to no record raises ``KeyError``.
    """
    require_unique_ids(dataset)
    builder = _Builder(dataset, scores(dataset, as_of, profile))
    for kind, record in records_of(dataset):
        getattr(builder, kind)(record)  # one method per kind of record, named after it
    objects = [*_fixed_objects(), *builder.objects.values()]
    digest = hashlib.sha256(json.dumps(objects, sort_keys=True).encode()).hexdigest()
    return {"type": "bundle", "id": f"bundle--{_uuid(f'bundle:{digest}')}", "objects": objects}


def stix_text(bundle: dict[str, Any]) -> str:
    """The bundle as JSON text, two-space indented, characters as they are, a final newline."""
    return json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"

"""FollowTheMoney entities: what OpenSanctions, Aleph and the sanctions-data world read.

FollowTheMoney has no schema for an allegation with graded evidence, so the mapping uses the
schemata it has (the tables below hold the choices):

- actors are ``Person``, ``Organization`` or ``PublicBody`` (``ACTOR_SCHEMATA``); a state is the
  ``PublicBody`` that acts for it, with its ISO country (FollowTheMoney's ``Territory`` is
  reference data for land, not a party that accuses or denies); "acts for" and "speaks for" are
  ``Representation`` links;
- sources are ``Organization`` or ``PublicBody`` (``SOURCE_SCHEMATA``), their Admiralty grade
  in ``classification`` and its reason in ``summary``;
- documents are ``Article`` (published by media) or ``Document`` (``DOCUMENT_SCHEMATA``), with
  publisher, URL and date; resolutions are ``Document`` too, their provisions in ``summary``;
- an allegation is an ``Event``: its parties are ``UnknownLink`` entities with their role
  (alleged supplier, intermediary, accuser, accused...), its items, transport and score in
  ``summary`` and ``description``, the provisions in ``program``;
- a vessel is a ``Vessel`` (IMO number, MMSI, flag, past flags and names); an event is an
  ``Event`` with its dates, place and the actors involved; a group's members are
  ``Membership`` links;
- each report of an evidence item or a response (one per cited document and allegation) and
  each citation is a ``Documentation`` linking the document to what it documents; who made an
  evidence item or a response, and who spoke, are ``UnknownLink`` entities from that actor to the
  allegation, with the document as ``proof``.

Ids are SHA-1 digests of evidtrack's ids (as FollowTheMoney's ``make_id`` builds them), so the
same record always gets the same id; Event, Documentation and link entities also keep the
evidtrack id in ``recordId``. Every value is written as FollowTheMoney stores it after cleaning
(dates at their precision, lower-case alpha-2 countries), so loading drops nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Final

from evidtrack.as_of import AsOf
from evidtrack.export._common import (
    alpha2,
    records_of,
    require_unique_ids,
    scores,
    stable_hash,
    web_url,
)
from evidtrack.model import (
    Actor,
    ActorKind,
    Allegation,
    Citation,
    Dataset,
    DateRange,
    Document,
    Event,
    EvidenceItem,
    Observation,
    OfficialResponse,
    PartialDate,
    Quantity,
    Reported,
    Resolution,
    Source,
    SourceKind,
    TransferredItem,
    TransportLeg,
    Vessel,
)
from evidtrack.scoring import STANDARD, Assessment, Profile

Entity = dict[str, Any]

#: FollowTheMoney schema of each actor kind.
ACTOR_SCHEMATA: Final[dict[ActorKind, str]] = {
    ActorKind.STATE: "PublicBody",
    ActorKind.BODY: "PublicBody",
    ActorKind.ORGANISATION: "Organization",
    ActorKind.PERSON: "Person",
    ActorKind.GROUP: "Organization",
}
#: FollowTheMoney schema of each source kind: state bodies and UN bodies are public bodies.
SOURCE_SCHEMATA: Final[dict[SourceKind, str]] = {
    SourceKind.GOVERNMENT: "PublicBody",
    SourceKind.UN_BODY: "PublicBody",
    SourceKind.STATE_MEDIA: "PublicBody",
    SourceKind.INTERNATIONAL_ORGANISATION: "PublicBody",
    SourceKind.INDEPENDENT_MEDIA: "Organization",
    SourceKind.AGGREGATOR: "Organization",
    SourceKind.RESEARCH_ORGANISATION: "Organization",
}
#: A document published by media is an Article; anything else a Document.
DOCUMENT_SCHEMATA: Final[dict[SourceKind, str]] = {
    kind: "Article"
    if kind in {SourceKind.STATE_MEDIA, SourceKind.INDEPENDENT_MEDIA, SourceKind.AGGREGATOR}
    else "Document"
    for kind in SourceKind
}
#: The role of each party of an allegation, on its UnknownLink to the allegation's Event.
PARTY_ROLES: Final = {
    "suppliers": "alleged supplier",
    "recipients": "alleged recipient",
    "intermediaries": "alleged intermediary",
    "accusers": "accuser",
    "accused": "accused",
}


def entity_id(kind: str, record_id: str, *part: str) -> str:
    """A stable FollowTheMoney id: the SHA-1 of evidtrack's kind and id (and a part name)."""
    return stable_hash("evidtrack", kind, record_id, *part)


class _Entities:
    """Collects entities in the dataset's order, values as FollowTheMoney keeps them."""

    def __init__(self, dataset: Dataset, assessments: dict[str, Assessment]) -> None:
        self.dataset = dataset
        self.assessments = assessments
        self.entities: list[Entity] = []

    def new(
        self, schema: str, entity_id: str, **properties: Iterable[str | None] | str | None
    ) -> Entity:
        values: dict[str, list[str]] = {}
        for name, given in properties.items():
            items = [given] if given is None or isinstance(given, str) else list(given)
            # FollowTheMoney keeps a property's values as a set: write each once.
            kept = list(dict.fromkeys(v for v in items if v is not None))
            if kept:
                values[name] = kept
        found = {"id": entity_id, "schema": schema, "properties": values}
        self.entities.append(found)
        return found

    # -- registry records ------------------------------------------------------------------

    def actor(self, record: Actor) -> None:
        schema = ACTOR_SCHEMATA[record.kind]
        country = alpha2(record.country_code) if record.country_code else None
        person = schema == "Person"
        notes = [record.notes]
        if record.country_code and country is None:
            notes.append(f"Country code (ISO 3166-1 alpha-3): {record.country_code}")
        self.new(
            schema,
            entity_id("actor", record.id),
            name=record.name,
            alias=record.aliases,
            country=None if country is None else country.lower(),
            jurisdiction=None if country is None or person else country.lower(),
            position=record.role if person else None,
            description=None if person else record.role,
            classification=None if record.authority is None else record.authority.value,
            notes=notes,
        )
        if record.acts_for:
            self.new(
                "Representation",
                entity_id("actor", record.id, "acts_for"),
                agent=entity_id("actor", record.id),
                client=entity_id("actor", record.acts_for),
                role="acts for",
                recordId=record.id,
            )
        for member in record.members:
            self.new(
                "Membership",
                entity_id("actor", record.id, "member", member),
                member=entity_id("actor", member),
                organization=entity_id("actor", record.id),
                role="member",
                recordId=record.id,
            )
        self.citations("actor", record.id, record.citations)

    def source(self, record: Source) -> None:
        self.new(
            SOURCE_SCHEMATA[record.kind],
            entity_id("source", record.id),
            name=record.name,
            alias=record.aliases,
            website=web_url(record.url),
            sector=record.kind.value.replace("_", " "),
            classification=None
            if record.reliability is None
            else f"Admiralty source reliability {record.reliability.value}"
            f" ({record.reliability.label})",
            summary=record.reliability_rationale,
            notes=[record.notes, _not_a_url(record.url)],
        )
        if record.speaks_for:
            self.new(
                "Representation",
                entity_id("source", record.id, "speaks_for"),
                agent=entity_id("source", record.id),
                client=entity_id("actor", record.speaks_for),
                role="speaks for",
                recordId=record.id,
            )

    def document(self, record: Document) -> None:
        publisher = self.dataset.source_by_id.get(record.publisher)
        self.new(
            "Document" if publisher is None else DOCUMENT_SCHEMATA[publisher.kind],
            entity_id("document", record.id),
            title=record.title or record.bibliographic,
            publisher=record.publisher if publisher is None else publisher.name,
            publisherUrl=None if publisher is None else web_url(publisher.url),
            sourceUrl=web_url(record.url),
            publishedAt=_date(record.date),
            fileName=record.file,
            notes=[
                None if record.date_basis is None else f"Date basis: {record.date_basis}",
                _not_a_url(record.url),
                None if record.bibliographic is None else f"Cited as: {record.bibliographic}",
                None if record.archived_url is None else f"Archived: {record.archived_url}",
                None if record.sha256 is None else f"SHA-256 of the saved text: {record.sha256}",
                record.notes,
            ],
        )

    def resolution(self, record: Resolution) -> None:
        provisions = [
            f"{p.paragraph or p.id}: prohibits {p.prohibits}{_in_force(p.in_force)}"
            for p in record.provisions
        ]
        self.new(
            "Document",
            entity_id("resolution", record.id),
            title=record.name,
            publishedAt=_date(record.adopted),
            program=record.regime,
            summary=provisions,
            notes=record.notes,
        )
        if record.committee:
            self.new(
                "UnknownLink",
                entity_id("resolution", record.id, "committee"),
                subject=entity_id("actor", record.committee),
                object=entity_id("resolution", record.id),
                role="sanctions committee",
                recordId=record.id,
            )
        self.citations("resolution", record.id, record.citations)
        for provision in record.provisions:
            self.citations(
                "resolution",
                record.id,
                provision.citations,
                part=f"provision {provision.id}",
            )

    def vessel(self, record: Vessel) -> None:
        flags = [(code, alpha2(code)) for code in (record.flag, *record.former_flags) if code]
        # A code with no alpha-2 (FollowTheMoney's country type) is kept as a note.
        unknown = [f"Flag (ISO 3166-1 alpha-3): {code}" for code, two in flags if two is None]
        flag = alpha2(record.flag) if record.flag else None
        past = [two.lower() for code, two in flags if code in record.former_flags and two]
        self.new(
            "Vessel",
            entity_id("vessel", record.id),
            name=record.name,
            previousName=record.former_names,
            # As FollowTheMoney keeps it; a number whose check digit fails (a rule's finding)
            # would be dropped by its cleaning, so it goes in the notes.
            imoNumber=f"IMO{record.imo}" if record.imo_valid else None,
            mmsi=record.mmsi,
            flag=None if flag is None else flag.lower(),
            pastFlags=past,
            notes=[
                record.notes,
                *unknown,
                f"IMO number as written: {record.imo}"
                if record.imo and not record.imo_valid
                else None,
            ],
        )
        self.citations("vessel", record.id, record.citations)

    def event(self, record: Event) -> None:
        when = record.occurred
        self.new(
            "Event",
            entity_id("event", record.id),
            name=record.title,
            startDate=None if when is None else _date(when.start),
            endDate=None if when is None or when.end == when.start else _date(when.end),
            location=record.place,
            involved=[
                *(entity_id("actor", a) for a in record.actors),
                *(entity_id("vessel", v) for v in record.vessels),
            ],
            keywords=record.kind.value.replace("_", " "),
            notes=record.notes,
            recordId=record.id,
        )
        self.citations("event", record.id, record.citations)

    def citations(
        self, kind: str, record_id: str, citations: Iterable[Citation], part: str = ""
    ) -> None:
        """A Documentation per quotation that supports a record."""
        for position, citation in enumerate(citations, start=1):
            self.new(
                "Documentation",
                entity_id(kind, record_id, "citation", part, str(position)),
                document=entity_id("document", citation.document),
                entity=entity_id(kind, record_id),
                role=f"cited for the {kind}" + (f" ({part})" if part else ""),
                summary=citation.quote,
                recordId=record_id,
                **self.provenance(citation.document),
            )

    def provenance(self, document_id: str) -> dict[str, str | None]:
        """Where a quotation comes from: the document's URL, its publisher and date."""
        document = self.dataset.document_by_id.get(document_id)
        if document is None:  # past --allow-errors: nothing is known of it
            return {}
        publisher = self.dataset.source_by_id.get(document.publisher)
        return {
            "sourceUrl": web_url(document.url),
            "publisher": document.publisher if publisher is None else publisher.name,
            "publisherUrl": None if publisher is None else web_url(publisher.url),
        }

    # -- allegations, evidence and responses ---------------------------------------------

    def allegation(self, record: Allegation) -> None:
        event = entity_id("allegation", record.id)
        assessment = self.assessments[record.id]
        self.new(
            "Event",
            event,
            name=record.title,
            startDate=_date(record.period.start),
            endDate=_date(record.period.end),
            involved=[
                entity_id("actor", a)
                for a in (*record.suppliers, *record.recipients, *record.intermediaries)
            ],
            summary=[
                *(_item_text(item) for item in record.items),
                *(_leg_text(leg) for leg in record.transport),
            ],
            keywords=[item.category.value.replace("_", " ") for item in record.items],
            program=[self._provision_text(p.resolution, p.provision) for p in record.provisions],
            description=_score_text(assessment),
            notes=record.notes,
            recordId=record.id,
        )
        parties: list[tuple[str, str]] = [
            *((a, PARTY_ROLES["suppliers"]) for a in record.suppliers),
            *((a, PARTY_ROLES["recipients"]) for a in record.recipients),
            *((a, PARTY_ROLES["intermediaries"]) for a in record.intermediaries),
            *((a, PARTY_ROLES["accusers"]) for a in record.accusers),
            *((a, PARTY_ROLES["accused"]) for a in record.accused),
            *((r.actor, r.role.value.replace("_", " ")) for r in record.roles),
        ]
        for actor, role in parties:
            self.new(
                "UnknownLink",
                entity_id("allegation", record.id, "party", actor, role),
                subject=entity_id("actor", actor),
                object=event,
                role=role,
                recordId=record.id,
            )
        for position, ref in enumerate(record.provisions, start=1):
            self.new(
                "Documentation",
                entity_id("allegation", record.id, "provision", str(position)),
                document=entity_id("resolution", ref.resolution),
                entity=event,
                role="provision the transfer would breach",
                summary=self._provision_text(ref.resolution, ref.provision),
                recordId=record.id,
            )
        self.citations("allegation", record.id, record.citations)

    def _provision_text(self, resolution_id: str, provision_id: str) -> str:
        resolution = self.dataset.resolution_by_id.get(resolution_id)
        provision = None if resolution is None else resolution.provision(provision_id)
        if resolution is None or provision is None:  # past --allow-errors
            return f"{resolution_id} ({provision_id})"
        paragraph = f" {provision.paragraph}" if provision.paragraph else ""
        return f"{resolution.name}{paragraph} ({provision.id}): prohibits {provision.prohibits}"

    def evidence(self, record: EvidenceItem) -> None:
        source = self._source_text(record.source)
        role = f"{record.stance.value} ({record.kind.value.replace('_', ' ')})"
        notes = [
            f"Observed: {record.observed}" if isinstance(record, Observation) else None,
            f"Credibility: {record.credibility_note}" if record.credibility_note else None,
            f"Directness: {record.directness:g}",
            f"Role of the party: {record.role.value}" if record.role else None,
            f"Repeats: {', '.join(record.derived_from)}" if record.derived_from else None,
            f"Origin: {record.origin}" if record.origin else None,
            f"Artifact: {record.artifact}" if record.artifact else None,
            f"Quantity: {_quantity_text(record.quantity)}" if record.quantity else None,
            record.notes,
        ]
        self.statement(
            "evidence",
            record,
            role=role,
            summary=record.claim,
            status=f"information credibility {record.credibility.value} (Admiralty),"
            f" source {source}",
            notes=notes,
            actors=((record.party, role), *((s, f"speaker: {role}") for s in record.speakers)),
        )

    def response(self, record: OfficialResponse) -> None:
        role = f"response: {record.kind.value.replace('_', ' ')}"
        source = self._source_text(record.source)
        graded = "" if record.credibility is None else f", credibility {record.credibility.value}"
        self.statement(
            "response",
            record,
            role=role,
            summary=None,
            status=f"carried by {source}{graded}",
            notes=[
                f"Credibility: {record.credibility_note}" if record.credibility_note else None,
                None if record.directness is None else f"Directness: {record.directness:g}",
                f"Repeats: {', '.join(record.derived_from)}" if record.derived_from else None,
                None if record.vote is None else _vote_text(record.vote),
                record.notes,
            ],
            actors=((record.actor, role), *((s, f"speaker: {role}") for s in record.speakers)),
        )

    def _source_text(self, source_id: str) -> str:
        source = self.dataset.source_by_id.get(source_id)
        if source is None:  # past --allow-errors
            return source_id
        if source.reliability is None:
            return f"{source.name}: not graded"
        return f"{source.name}: reliability {source.reliability.value} (Admiralty)"

    def statement(
        self,
        kind: str,
        record: Reported,
        *,
        role: str,
        summary: str | None,
        status: str,
        notes: list[str | None],
        actors: Iterable[tuple[str, str]],
    ) -> None:
        """An evidence item or a response: each report of it, and who said it.

        One Documentation per cited document and allegation, the first with the record's own id
        (``entity_id(kind, id)``); the actors' links take the first document as ``proof``.
        """
        date = _date(self.dataset.published(record))
        when = [
            f"Published: {record.published_basis}" if record.published_basis else None,
            None if record.occurred is None else f"Occurred: {_range_text(record.occurred)}",
        ]
        reports = [
            (allegation, position, citation)
            for allegation in record.allegations
            for position, citation in enumerate(record.citations, start=1)
        ]
        for number, (allegation, position, citation) in enumerate(reports):
            self.new(
                "Documentation",
                entity_id(kind, record.id)
                if number == 0
                else entity_id(kind, record.id, "report", allegation, str(position)),
                document=entity_id("document", citation.document),
                entity=entity_id("allegation", allegation),
                role=role,
                date=date,
                # Documentation has no notes: they follow the claim.
                summary=[summary, *when, *notes, citation.note],
                description=citation.quote,
                status=status,
                recordId=record.id,
                **self.provenance(citation.document),
            )
        proof = entity_id("document", record.citations[0].document)
        for allegation in record.allegations:
            for actor, link_role in actors:
                self.new(
                    "UnknownLink",
                    entity_id(kind, record.id, "actor", actor)
                    if allegation == record.allegations[0]
                    else entity_id(kind, record.id, "actor", actor, allegation),
                    subject=entity_id("actor", actor),
                    object=entity_id("allegation", allegation),
                    role=link_role,
                    date=date,
                    proof=proof,
                    recordId=record.id,
                )


def _not_a_url(text: str | None) -> str | None:
    """A ``url`` that is no http(s) URL, kept as a note where FollowTheMoney would drop it."""
    return None if text is None or web_url(text) else f"URL as written: {text}"


def _date(date: PartialDate | None) -> str | None:
    """A date as FollowTheMoney keeps it: an ISO prefix at the precision known, times in UTC."""
    if date is None:
        return None
    if date.minute is None:
        return date.isoformat()
    moment = date.start()
    form = "%Y-%m-%dT%H:%M:%S" if date.second is not None else "%Y-%m-%dT%H:%M"
    return moment.strftime(form)


def _range_text(when: DateRange) -> str:
    return str(when.start) if when.start == when.end else f"{when.start} to {when.end}"


def _leg_text(leg: TransportLeg) -> str:
    parts = [f"transport by {leg.mode.value}"]
    parts.extend(
        f"{label} {value}"
        for label, value in (
            ("vessel", leg.vessel),
            ("from", leg.departure),
            ("via", ", ".join(leg.via) or None),
            ("to", leg.arrival),
            ("on", None if leg.occurred is None else _range_text(leg.occurred)),
        )
        if value
    )
    if leg.description:
        parts.append(leg.description)
    return "; ".join(parts)


def _in_force(period: Any) -> str:
    start = "" if period.start is None else f" from {period.start.isoformat()}"
    end = "" if period.end is None else f" until {period.end.isoformat()}"
    return f" (in force{start}{end})" if start or end else ""


def _quantity_text(quantity: Quantity) -> str:
    bounds = [f"{name} {value}" for name, value in (("low", quantity.low), ("high", quantity.high))]
    bounds = [
        b for b, v in zip(bounds, (quantity.low, quantity.high), strict=True) if v is not None
    ]
    unit = f" {quantity.unit}" if quantity.unit else ""
    shown = f"; {', '.join(bounds)}" if bounds else ""
    return f"“{quantity.text}”{unit} ({quantity.qualifier.value}{shown})"


def _item_text(item: TransferredItem) -> str:
    parts = [item.category.value.replace("_", " ")]
    if item.designation:
        names = ", ".join((item.designation, *item.aliases))
        parts.append(f"designation {names}")
    elif item.aliases:
        parts.append(f"also called {', '.join(item.aliases)}")
    if item.description:
        parts.append(item.description)
    if item.quantity:
        parts.append(f"quantity {_quantity_text(item.quantity)}")
    return "; ".join(parts)


def _vote_text(vote: Any) -> str:
    counts = [
        f"{value} {label}"
        for label, value in (
            ("in favour", vote.in_favour),
            ("against", vote.against),
            ("abstentions", vote.abstentions),
        )
        if value is not None
    ]
    adopted = {True: "adopted", False: "not adopted", None: None}[vote.adopted]
    parts = [p for p in (vote.draft, ", ".join(counts) or None, adopted) if p]
    return "Vote: " + "; ".join(parts)


def _score_text(assessment: Assessment) -> str:
    when = f"as of the end of {assessment.as_of}" if assessment.as_of else "on all the evidence"
    return (
        f"evidtrack corroboration score {when} (profile {assessment.profile_name}"
        f" {assessment.profile_version}): likelihood {assessment.likelihood:.2f},"
        f" {assessment.term.value} (ICD 203). Confidence: {assessment.confidence.value}."
        f" Two independent sources: {'yes' if assessment.two_independent_sources else 'no'}."
    )


def to_ftm(
    dataset: Dataset, *, as_of: AsOf | None = None, profile: Profile = STANDARD
) -> list[Entity]:
    """The dataset as FollowTheMoney entities (plain JSON data), scores as of ``as_of``.

    The dataset should be valid (``evidtrack.validate``); duplicate ids raise ``DuplicateIds``.
    """
    require_unique_ids(dataset)
    out = _Entities(dataset, scores(dataset, as_of, profile))
    for kind, record in records_of(dataset):
        getattr(out, kind)(record)  # one method per kind of record, named after it
    return out.entities


def ftm_lines(entities: Iterable[Entity]) -> Iterator[str]:
    """One JSON object a line, keys sorted, as ``ftm`` tools read entity streams."""
    for found in entities:
        yield json.dumps(found, ensure_ascii=False, sort_keys=True) + "\n"

"""What a dossier page shows about one allegation, resolved from ids to names, before escaping."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from evidtrack.docs.assessment import AssessmentView
from evidtrack.docs.escape import safe_url, slug
from evidtrack.integrity.archive import Archive
from evidtrack.integrity.quotes import quote_found
from evidtrack.model import (
    Allegation,
    Citation,
    Dataset,
    DateRange,
    Directness,
    Event,
    EvidenceItem,
    Observation,
    OfficialResponse,
    Period,
    Qualifier,
    Quantity,
    Reliability,
    Reported,
    TransferredItem,
    TransportLeg,
)
from evidtrack.model.quantity import lowest_floor
from evidtrack.wording import period_text


@attrs.frozen(kw_only=True)
class DocumentRef:
    """A cited document: a link only when its URL is plain http(s)."""

    title: str
    url: str | None
    shown_url: str | None  # a URL that is not safe to link is shown as text
    archived_url: str | None
    bibliographic: str | None
    publisher: str
    date: str | None


@attrs.frozen(kw_only=True)
class CitationView:
    """One report of a fact: its words, if any, where they stand, and whether they were found."""

    quote: str | None
    document: DocumentRef
    where: str | None  # page and paragraph
    note: str | None
    quote_check: str


@attrs.frozen(kw_only=True)
class Entry:
    """One evidence item or response, as a card of facts and the reports that carry it."""

    id: str
    heading: str
    css: str
    facts: tuple[tuple[str, str], ...]
    citations: tuple[CitationView, ...]
    date_sort: str


@attrs.frozen(kw_only=True)
class Party:
    name: str
    id: str
    role: str


@attrs.frozen(kw_only=True)
class ProvisionView:
    symbol: str
    paragraph: str | None
    prohibits: str
    in_force: str
    #: Not a Security Council measure: context, never a UN violation.
    context_only: bool


@attrs.frozen(kw_only=True)
class EventView:
    id: str
    heading: str
    facts: tuple[tuple[str, str], ...]
    citations: tuple[CitationView, ...]


@attrs.frozen(kw_only=True)
class Figure:
    """One figure an item gives, with who gave it and when."""

    text: str
    given_by: str
    when: str
    item: str


@attrs.frozen(kw_only=True)
class FigureGroup:
    """The figures given for one unit, and the most conservative of them."""

    unit: str
    figures: tuple[Figure, ...]
    conservative: str


@attrs.frozen(kw_only=True)
class Dossier:
    id: str
    slug: str
    title: str
    facts: tuple[tuple[str, str], ...]
    items: tuple[str, ...]
    transport: tuple[str, ...]
    figures: tuple[FigureGroup, ...]
    provisions: tuple[ProvisionView, ...]
    parties: tuple[Party, ...]
    citations: tuple[CitationView, ...]
    notes: str | None
    events: tuple[EventView, ...]
    evidence: tuple[Entry, ...]
    responses: tuple[Entry, ...]
    assessment: AssessmentView | None


class Resolver:
    """Names for ids, falling back to the id itself: a dangling id is a rule's finding."""

    def __init__(self, dataset: Dataset, archive: Archive) -> None:
        self.dataset = dataset
        self.archive = archive

    def actor(self, actor_id: str | None) -> str:
        if actor_id is None:
            return "not recorded"
        actor = self.dataset.actor_by_id.get(actor_id)
        return actor_id if actor is None else actor.name

    def actors(self, actor_ids: Iterable[str]) -> str:
        return ", ".join(self.actor(a) for a in actor_ids)

    def source(self, source_id: str) -> str:
        source = self.dataset.source_by_id.get(source_id)
        if source is None:
            return source_id
        if source.reliability is None:
            return f"{source.name} (not graded: relays others)"
        return f"{source.name} (reliability {_reliability(source.reliability)})"

    def vessel(self, vessel_id: str) -> str:
        vessel = self.dataset.vessel_by_id.get(vessel_id)
        if vessel is None:
            return vessel_id
        known = [f"IMO {vessel.imo}"] if vessel.imo else []
        if vessel.flag:
            known.append(f"flag {vessel.flag}")
        return f"{vessel.name} ({', '.join(known)})" if known else vessel.name

    def citation(self, citation: Citation) -> CitationView:
        where = ", ".join(
            f"{label} {value}"
            for label, value in (("page", citation.page), ("paragraph", citation.paragraph))
            if value is not None
        )
        return CitationView(
            quote=citation.quote,
            document=self._document(citation.document),
            where=where or None,
            note=citation.note,
            quote_check=self._quote_check(citation),
        )

    def citations(self, citations: Iterable[Citation]) -> tuple[CitationView, ...]:
        return tuple(self.citation(c) for c in citations)

    def _document(self, document_id: str) -> DocumentRef:
        document = self.dataset.document_by_id.get(document_id)
        if document is None:
            return DocumentRef(
                title=document_id,
                url=None,
                shown_url=None,
                archived_url=None,
                bibliographic=None,
                publisher="unknown publisher",
                date=None,
            )
        publisher = self.dataset.source_by_id.get(document.publisher)
        url = safe_url(document.url)
        return DocumentRef(
            # A document known only by its citation is named by it.
            title=document.title or document.bibliographic or document.id,
            url=url,
            shown_url=document.url if url is None else None,
            archived_url=safe_url(document.archived_url),
            bibliographic=document.bibliographic if document.title else None,
            publisher=document.publisher if publisher is None else publisher.name,
            date=None if document.date is None else document.date.isoformat(),
        )

    def _quote_check(self, citation: Citation) -> str:
        document = self.dataset.document_by_id.get(citation.document)
        if document is None:
            return "document not on record"
        if citation.quote is None:
            return "no words quoted"
        if document.file is None:
            return "no saved text recorded"
        text = self.archive.text(document.file)
        if text is None:
            return "text not available"
        if document.sha256 is not None and self.archive.digest(document.file) != document.sha256:
            return "the saved text no longer matches its sha256"
        return (
            "found verbatim in the saved text" if quote_found(citation.quote, text) else "NOT FOUND"
        )


def _reliability(grade: Reliability) -> str:
    return f"{grade.value}, {grade.label}"


def range_text(when: DateRange) -> str:
    """A date, or 'from X to Y' for a range."""
    return str(when.start) if when.start == when.end else f"from {when.start} to {when.end}"


def quantity_text(quantity: Quantity | None) -> str | None:
    """The source's words, then the bounds they support: “at least nine” (at least 9 launches)."""
    if quantity is None:
        return None
    low, high = quantity.low, quantity.high
    words = {Qualifier.EXACT: "exactly", Qualifier.UNSPECIFIED: "number not given"}.get(
        quantity.qualifier, quantity.qualifier.value.replace("_", " ")
    )
    if low is not None and high is not None and low != high:
        joiner = " and " if quantity.qualifier is Qualifier.BETWEEN else " to "
        words += f" {low}{joiner}{high}"
    elif low is not None or high is not None:
        words += f" {low if low is not None else high}"
    unit = f" {quantity.unit}" if quantity.unit else ""
    return f"“{quantity.text}” ({words}{unit})"


def directness_text(value: float) -> str:
    """The number, with its name where it is a named value: '0.6 (partial)'."""
    named = [d.value for d in Directness if d.number == value]
    return f"{value:g} ({named[0]})" if named else f"{value:g}"


def item_text(item: TransferredItem) -> str:
    parts = [item.category.value.replace("_", " ")]
    if item.designation:
        parts.append(item.designation)
    if item.aliases:
        parts.append(f"(also {', '.join(item.aliases)})")
    if item.description:
        parts.append(f"— {item.description}")
    count = quantity_text(item.quantity)
    if count:
        parts.append(f"— {count}")
    return " ".join(parts)


def leg_text(leg: TransportLeg, names: Resolver) -> str:
    """One leg of the route in words: 'by sea, on Ship (IMO …), from A via B to C, …'."""
    parts = [f"by {leg.mode.value}"]
    if leg.vessel:
        parts.append(f"on {names.vessel(leg.vessel)}")
    route = " ".join(
        text
        for text in (
            f"from {leg.departure}" if leg.departure else "",
            f"via {', '.join(leg.via)}" if leg.via else "",
            f"to {leg.arrival}" if leg.arrival else "",
        )
        if text
    )
    if route:
        parts.append(route)
    if leg.occurred is not None:
        parts.append(range_text(leg.occurred))
    text = ", ".join(parts)
    return f"{text} — {leg.description}" if leg.description else text


def _dates(record: Reported, dataset: Dataset) -> list[tuple[str, str]]:
    published = dataset.published(record)
    facts = [("Published", "not recorded" if published is None else published.isoformat())]
    if record.published_basis:
        facts.append(("Publication date basis", record.published_basis))
    if record.occurred is not None:
        facts.append(("Occurred", range_text(record.occurred)))
    return facts


def _provenance(record: Reported, names: Resolver) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    if record.speakers:
        facts.append(
            ("Speakers" if len(record.speakers) > 1 else "Speaker", names.actors(record.speakers))
        )
    if record.credibility_note:
        facts.append(("Why this grade", record.credibility_note))
    if record.derived_from:
        facts.append(("Repeats", ", ".join(record.derived_from)))
    if record.events:
        facts.append(("Events", ", ".join(record.events)))
    if len(record.allegations) > 1:
        facts.append(("Also bears on", ", ".join(record.allegations)))
    return facts


def _date_sort(record: Reported, dataset: Dataset) -> str:
    published = dataset.published(record)
    return "" if published is None else published.start().isoformat()


def _evidence_entry(item: EvidenceItem, dataset: Dataset, names: Resolver) -> Entry:
    facts = [
        ("Stance", item.stance.value),
        ("Kind", item.kind.value.replace("_", " ")),
        ("Source", names.source(item.source)),
        ("Credibility", f"{item.credibility.value}, {item.credibility.label}"),
        ("Directness", directness_text(item.directness)),
        ("Party", names.actor(item.party)),
        *_dates(item, dataset),
    ]
    if isinstance(item, Observation):
        facts.append(("Observed", item.observed))
    if item.role:
        facts.append(("Role", item.role.value.replace("_", " ")))
    figure = quantity_text(item.quantity)
    if figure:
        facts.append(("Figure", figure))
    facts.extend(_provenance(item, names))
    if item.origin:
        facts.append(("Origin", item.origin))
    if item.artifact:
        facts.append(("Artifact", item.artifact))
    if item.notes:
        facts.append(("Notes", item.notes))
    facts.append(("Id", item.id))
    return Entry(
        id=item.id,
        heading=item.claim,
        css=f"evidtrack-{item.stance.value}",
        facts=tuple(facts),
        citations=names.citations(item.citations),
        date_sort=_date_sort(item, dataset),
    )


def _response_entry(response: OfficialResponse, dataset: Dataset, names: Resolver) -> Entry:
    facts = [
        ("Kind", response.kind.value.replace("_", " ")),
        ("Party", names.actor(response.actor)),
        ("Source", names.source(response.source)),
        *_dates(response, dataset),
    ]
    if response.credibility is not None:
        facts.append(("Credibility", f"{response.credibility.value}, {response.credibility.label}"))
    if response.directness is not None:
        facts.append(("Directness", directness_text(response.directness)))
    facts.extend(_provenance(response, names))
    if response.vote is not None:
        vote = response.vote
        counts = [
            f"{label} {value}"
            for label, value in (
                ("in favour", vote.in_favour),
                ("against", vote.against),
                ("abstentions", vote.abstentions),
            )
            if value is not None
        ]
        outcome = {True: "adopted", False: "not adopted", None: "outcome not recorded"}
        facts.append(("Vote", "; ".join([*([vote.draft] if vote.draft else []), *counts])))
        facts.append(("Outcome", outcome[vote.adopted]))
    if response.notes:
        facts.append(("Notes", response.notes))
    facts.append(("Id", response.id))
    heading = f"{names.actor(response.actor)}: {response.kind.value.replace('_', ' ')}"
    return Entry(
        id=response.id,
        heading=heading,
        css="evidtrack-response",
        facts=tuple(facts),
        citations=names.citations(response.citations),
        date_sort=_date_sort(response, dataset),
    )


def _event_view(event: Event, names: Resolver) -> EventView:
    facts = [
        ("Kind", event.kind.value.replace("_", " ")),
        ("When", "not recorded" if event.occurred is None else range_text(event.occurred)),
    ]
    if event.place:
        facts.append(("Place", event.place))
    if event.actors:
        facts.append(("Actors", names.actors(event.actors)))
    if event.vessels:
        facts.append(("Vessels", ", ".join(names.vessel(v) for v in event.vessels)))
    if event.notes:
        facts.append(("Notes", event.notes))
    facts.append(("Id", event.id))
    return EventView(
        id=event.id,
        heading=event.title,
        facts=tuple(facts),
        citations=names.citations(event.citations),
    )


def _figures(
    items: Sequence[EvidenceItem], dataset: Dataset, names: Resolver
) -> tuple[FigureGroup, ...]:
    """Every figure the items give, grouped by what is counted, with the conservative one."""
    groups: dict[str, list[tuple[Quantity, Figure]]] = {}
    for item in items:
        if item.quantity is None:
            continue
        published = dataset.published(item)
        figure = Figure(
            text=quantity_text(item.quantity) or "",
            given_by=f"{names.actor(item.party)}, via {names.source(item.source)}",
            when="not recorded" if published is None else published.isoformat(),
            item=item.id,
        )
        unit = (item.quantity.unit or "unit not recorded").casefold()
        groups.setdefault(unit, []).append((item.quantity, figure))
    views = []
    for unit, found in sorted(groups.items()):
        floor = lowest_floor(q for q, _ in found)
        conservative = (
            "none: no figure bounds the count from below"
            if floor is None
            else f"at least {floor.low} {unit}"
        )
        views.append(
            FigureGroup(
                unit=unit,
                figures=tuple(f for _, f in sorted(found, key=lambda p: (p[1].when, p[1].item))),
                conservative=conservative,
            )
        )
    return tuple(views)


def _parties(allegation: Allegation, dataset: Dataset, names: Resolver) -> tuple[Party, ...]:
    roles: dict[str, str] = {}
    for actor_id in allegation.accusers:
        roles.setdefault(actor_id, "accuser")
    for actor_id in allegation.accused:
        roles.setdefault(actor_id, "accused")
    for assignment in allegation.roles:
        roles[assignment.actor] = assignment.role.value.replace("_", " ")
    for item in dataset.evidence_for(allegation.id):
        roles.setdefault(item.party, "other party on record")
    for response in dataset.responses_to(allegation.id):
        roles.setdefault(response.actor, "other party on record")
    return tuple(Party(name=names.actor(a), id=a, role=role) for a, role in roles.items())


def _provisions(allegation: Allegation, dataset: Dataset) -> tuple[ProvisionView, ...]:
    views: list[ProvisionView] = []
    for ref in allegation.provisions:
        resolution = dataset.resolution_by_id.get(ref.resolution)
        provision = None if resolution is None else resolution.provision(ref.provision)
        views.append(
            ProvisionView(
                symbol=ref.resolution if resolution is None else resolution.name,
                # The paragraph as numbered, else the provision's id (often the Council's notation).
                paragraph=ref.provision
                if provision is None
                else provision.paragraph or provision.id,
                prohibits="not on record" if provision is None else provision.prohibits,
                in_force=""
                if provision is None or provision.in_force == Period()
                else period_text(provision.in_force),
                context_only=resolution is not None and not resolution.body.is_un,
            )
        )
    return tuple(views)


def dossier(
    allegation: Allegation,
    dataset: Dataset,
    archive: Archive,
    assessment: AssessmentView | None,
) -> Dossier:
    names = Resolver(dataset, archive)
    facts = [
        ("Suppliers", names.actors(allegation.suppliers)),
        ("Recipients", names.actors(allegation.recipients)),
    ]
    if allegation.intermediaries:
        facts.append(("Intermediaries", names.actors(allegation.intermediaries)))
    facts.extend((("Period", period_text(allegation.period)), ("Id", allegation.id)))
    items = dataset.evidence_for(allegation.id)
    evidence = sorted(
        (_evidence_entry(item, dataset, names) for item in items),
        key=lambda e: (e.date_sort, e.id),
    )
    responses = sorted(
        (_response_entry(r, dataset, names) for r in dataset.responses_to(allegation.id)),
        key=lambda e: (e.date_sort, e.id),
    )
    events = sorted(
        dataset.events_for(allegation.id),
        key=lambda e: ("" if e.occurred is None else e.occurred.first().isoformat(), e.id),
    )
    return Dossier(
        id=allegation.id,
        slug=slug(allegation.id),
        title=allegation.title,
        facts=tuple(facts),
        items=tuple(item_text(item) for item in allegation.items),
        transport=tuple(leg_text(leg, names) for leg in allegation.transport),
        figures=_figures(items, dataset, names),
        provisions=_provisions(allegation, dataset),
        parties=_parties(allegation, dataset, names),
        citations=names.citations(allegation.citations),
        notes=allegation.notes,
        events=tuple(_event_view(event, names) for event in events),
        evidence=tuple(evidence),
        responses=tuple(responses),
        assessment=assessment,
    )


def dossiers(
    dataset: Dataset, archive: Archive, assessments: Sequence[AssessmentView | None]
) -> tuple[Dossier, ...]:
    return tuple(
        dossier(a, dataset, archive, view)
        for a, view in zip(dataset.allegations, assessments, strict=True)
    )

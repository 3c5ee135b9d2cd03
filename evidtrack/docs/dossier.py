"""What a dossier page shows about one allegation, resolved from ids to names, before escaping."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from evidtrack.docs.assessment import AssessmentView
from evidtrack.docs.escape import safe_url, slug
from evidtrack.integrity.archive import Archive
from evidtrack.integrity.quotes import quote_found
from evidtrack.model import (
    Allegation,
    Dataset,
    EvidenceItem,
    OfficialResponse,
    Period,
    Qualifier,
    Quantity,
    Reliability,
    TransferredItem,
)
from evidtrack.wording import period_text


@attrs.frozen(kw_only=True)
class DocumentRef:
    """A quoted document: a link only when its URL is plain http(s)."""

    title: str
    url: str | None
    shown_url: str | None  # a URL that is not safe to link is shown as text
    publisher: str
    date: str | None
    quote_check: str


@attrs.frozen(kw_only=True)
class Entry:
    """One evidence item or response, as a card of facts, a quote and its document."""

    id: str
    heading: str
    css: str
    facts: tuple[tuple[str, str], ...]
    quote: str
    document: DocumentRef
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


@attrs.frozen(kw_only=True)
class Dossier:
    id: str
    slug: str
    title: str
    facts: tuple[tuple[str, str], ...]
    items: tuple[str, ...]
    provisions: tuple[ProvisionView, ...]
    parties: tuple[Party, ...]
    citations: tuple[tuple[str, DocumentRef], ...]
    notes: str | None
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

    def source(self, source_id: str) -> str:
        source = self.dataset.source_by_id.get(source_id)
        if source is None:
            return source_id
        return f"{source.name} (reliability {_reliability(source.reliability)})"

    def document(self, document_id: str, quote: str) -> DocumentRef:
        document = self.dataset.document_by_id.get(document_id)
        if document is None:
            return DocumentRef(
                title=document_id,
                url=None,
                shown_url=None,
                publisher="unknown publisher",
                date=None,
                quote_check="document not on record",
            )
        publisher = self.dataset.source_by_id.get(document.publisher)
        url = safe_url(document.url)
        return DocumentRef(
            title=document.title,
            url=url,
            shown_url=document.url if url is None else None,
            publisher=document.publisher if publisher is None else publisher.name,
            date=None if document.date is None else document.date.isoformat(),
            quote_check=self._quote_check(document.file, quote),
        )

    def _quote_check(self, file: str | None, quote: str) -> str:
        if file is None:
            return "no archived text recorded"
        text = self.archive.text(file)
        if text is None:
            return "text not available"
        return "found verbatim in the archived text" if quote_found(quote, text) else "NOT FOUND"


def _reliability(grade: Reliability) -> str:
    return f"{grade.value}, {grade.label}"


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


def _evidence_entry(item: EvidenceItem, names: Resolver) -> Entry:
    facts = [
        ("Stance", item.stance.value),
        ("Kind", item.kind.value.replace("_", " ")),
        ("Source", names.source(item.source)),
        ("Credibility", f"{item.credibility.value}, {item.credibility.label}"),
        ("Directness", item.directness.value),
        ("Party", names.actor(item.party)),
        ("Date", item.date.isoformat()),
    ]
    if item.speaker:
        facts.append(("Speaker", names.actor(item.speaker)))
    if item.role:
        facts.append(("Role", item.role.value.replace("_", " ")))
    if item.date_basis:
        facts.append(("Date basis", item.date_basis))
    if item.credibility_note:
        facts.append(("Why this grade", item.credibility_note))
    if item.derived_from:
        facts.append(("Repeats", ", ".join(item.derived_from)))
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
        quote=item.quote,
        document=names.document(item.document, item.quote),
        date_sort=item.date.start().isoformat(),
    )


def _response_entry(response: OfficialResponse, names: Resolver) -> Entry:
    facts = [
        ("Kind", response.kind.value.replace("_", " ")),
        ("Party", names.actor(response.actor)),
        ("Carried by", names.source(response.source)),
        ("Date", response.date.isoformat()),
    ]
    if response.speaker:
        facts.append(("Speaker", names.actor(response.speaker)))
    if response.date_basis:
        facts.append(("Date basis", response.date_basis))
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
        quote=response.quote,
        document=names.document(response.document, response.quote),
        date_sort=response.date.start().isoformat(),
    )


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
                symbol=ref.resolution if resolution is None else resolution.symbol,
                paragraph=ref.provision if provision is None else provision.paragraph,
                prohibits="not on record" if provision is None else provision.prohibits,
                in_force=""
                if provision is None or provision.in_force == Period()
                else period_text(provision.in_force),
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
        ("Supplier", names.actor(allegation.supplier)),
        ("Recipient", names.actor(allegation.recipient)),
        ("Period", period_text(allegation.period)),
        ("Id", allegation.id),
    ]
    evidence = sorted(
        (_evidence_entry(item, names) for item in dataset.evidence_for(allegation.id)),
        key=lambda e: (e.date_sort, e.id),
    )
    responses = sorted(
        (_response_entry(r, names) for r in dataset.responses_to(allegation.id)),
        key=lambda e: (e.date_sort, e.id),
    )
    return Dossier(
        id=allegation.id,
        slug=slug(allegation.id),
        title=allegation.title,
        facts=tuple(facts),
        items=tuple(item_text(item) for item in allegation.items),
        provisions=_provisions(allegation, dataset),
        parties=_parties(allegation, dataset, names),
        citations=tuple(
            (c.quote, names.document(c.document, c.quote)) for c in allegation.citations
        ),
        notes=allegation.notes,
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

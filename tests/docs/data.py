"""Small datasets the docs tests build sites from: an ordinary one and a hostile one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from evidtrack.findings import Severity
from evidtrack.model import (
    Actor,
    ActorKind,
    Allegation,
    Citation,
    Credibility,
    Dataset,
    DateRange,
    Directness,
    Document,
    Event,
    EventKind,
    EvidenceItem,
    EvidenceKind,
    ItemCategory,
    Observation,
    OfficialResponse,
    PartialDate,
    Period,
    Provision,
    ProvisionRef,
    Qualifier,
    Quantity,
    Reliability,
    Resolution,
    ResponseKind,
    Source,
    SourceKind,
    Stance,
    Statement,
    TransferredItem,
    TransportLeg,
    TransportMode,
    Vessel,
)
from evidtrack.rules import Family, RuleInfo


def _date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def ordinary() -> Dataset:
    """Three allegations, evidence of every stance (one item bearing on two allegations, one
    citing two documents), an observation, a graded denial, an event and a vessel."""
    actors = (
        Actor(id="PRK", kind=ActorKind.STATE, name="Democratic People's Republic of Korea"),
        Actor(id="RUS", kind=ActorKind.STATE, name="Russian Federation"),
        Actor(id="USA", kind=ActorKind.STATE, name="United States"),
        Actor(id="UKR", kind=ActorKind.STATE, name="Ukraine"),
    )
    sources = (
        Source(
            id="us-gov", name="US Government", kind=SourceKind.GOVERNMENT, reliability=Reliability.B
        ),
        Source(
            id="kcna",
            name="Korean Central News Agency",
            kind=SourceKind.STATE_MEDIA,
            reliability=Reliability.E,
            speaks_for="PRK",
        ),
        Source(id="upi", name="UPI", kind=SourceKind.INDEPENDENT_MEDIA, reliability=Reliability.B),
    )
    documents = (
        Document(
            id="doc-upi",
            title="Russia has launched North Korean missiles at least 9 times in Ukraine",
            publisher="upi",
            date=_date("2024-02-07"),
            url="https://www.upi.com/Top_News/World-News/2024/02/07/",
            file="003_4860ffd1d7637bf6.txt",
        ),
        Document(id="doc-kcna", title="KCNA commentary", publisher="kcna", url="http://kcna.kp/"),
    )
    resolutions = (
        Resolution(
            id="unsc-1718",
            symbol="S/RES/1718 (2006)",
            provisions=(
                Provision(
                    id="arms-export",
                    paragraph="OP8(a)",
                    prohibits="export of arms or related materiel by the DPRK",
                ),
            ),
        ),
    )
    missiles = Allegation(
        id="prk-rus-missiles",
        title="The DPRK transferred ballistic missiles to Russia",
        suppliers=("PRK",),
        recipients=("RUS",),
        items=(
            TransferredItem(
                category=ItemCategory.BALLISTIC_MISSILES,
                designation="KN-23",
                aliases=("Hwasong-11",),
                quantity=Quantity(
                    text="at least nine occasions", qualifier=Qualifier.AT_LEAST, low=9
                ),
            ),
        ),
        transport=(
            TransportLeg(
                mode=TransportMode.SEA,
                vessel="example-trader",
                departure="Rajin",
                arrival="Dunai",
                occurred=DateRange.parse("2023-09-07/2023-09-08"),
            ),
        ),
        period=Period(start=_date("2023-12"), end=_date("2024-02-06")),
        provisions=(ProvisionRef(resolution="unsc-1718", provision="arms-export"),),
        accusers=("USA",),
        accused=("PRK", "RUS"),
        citations=(
            Citation(document="doc-upi", quote="Russia has attacked Ukraine at least nine times"),
        ),
    )
    shells = Allegation(
        id="prk:rus:shells",
        title="The DPRK transferred artillery shells to Russia",
        suppliers=("PRK",),
        recipients=("RUS",),
        items=(TransferredItem(category=ItemCategory.ARTILLERY_SHELLS),),
        accused=("PRK",),
    )
    launchers = Allegation(
        id="prk-rus-launchers",
        title="The DPRK transferred missile launchers to Russia",
        suppliers=("PRK",),
        recipients=("RUS",),
        items=(TransferredItem(category=ItemCategory.MISSILE_LAUNCHERS),),
        accused=("PRK", "RUS"),
    )
    evidence: tuple[EvidenceItem, ...] = (
        Statement(
            id="ev-wood-nine",
            allegations=("prk-rus-missiles",),
            claim="Russia launched DPRK-supplied ballistic missiles at Ukraine at least 9 times",
            citations=(
                Citation(
                    document="doc-upi",
                    quote="To date, Russia has launched DPRK-supplied ballistic missiles against"
                    " Ukraine on at least nine occasions",
                    page="1",
                ),
                Citation(document="doc-kcna", quote="nine launches", note="as KCNA relays it"),
            ),
            published=_date("2024-02-06"),
            source="us-gov",
            party="USA",
            kind=EvidenceKind.OFFICIAL_STATEMENT,
            stance=Stance.SUPPORTS,
            credibility=Credibility.POSSIBLY_TRUE,
            directness=Directness.DIRECT.number,
            quantity=Quantity(
                text="at least nine occasions", qualifier=Qualifier.AT_LEAST, low=9, unit="launches"
            ),
        ),
        Observation(
            id="ev-ukr-debris",
            allegations=("prk-rus-missiles", "prk-rus-launchers"),
            claim="Debris examined in Kharkiv came from a North Korean missile",
            observed="Debris of the missile that struck Kharkiv, examined by prosecutors",
            citations=(Citation(document="doc-upi", quote="nor more than a paraphrase"),),
            published=_date("2024-01"),
            occurred=DateRange.parse("2024-01-02"),
            source="upi",
            party="UKR",
            kind=EvidenceKind.PHYSICAL_EXAMINATION,
            stance=Stance.SUPPORTS,
            credibility=Credibility.PROBABLY_TRUE,
            directness=0.8,
            artifact="debris-kharkiv",
            events=("strike-kharkiv",),
            quantity=Quantity(
                text="two launches", qualifier=Qualifier.EXACT, low=2, high=2, unit="launches"
            ),
        ),
        Statement(
            id="ev-kcna-denial",
            allegations=("prk-rus-missiles",),
            claim="The DPRK says the reports are false",
            citations=(Citation(document="doc-kcna", quote="a groundless fabrication"),),
            published=_date("2024-01-10T21:21:49Z"),
            source="kcna",
            party="PRK",
            speakers=("PRK", "RUS"),
            kind=EvidenceKind.DENIAL,
            stance=Stance.REFUTES,
            credibility=Credibility.IMPROBABLE,
            directness=Directness.DIRECT.number,
        ),
    )
    responses = (
        OfficialResponse(
            id="resp-kcna-denial",
            allegations=("prk-rus-missiles",),
            actor="PRK",
            source="kcna",
            kind=ResponseKind.DENIAL,
            published=_date("2024-01"),
            citations=(Citation(document="doc-kcna", quote="a groundless fabrication"),),
            credibility=Credibility.POSSIBLY_TRUE,
            directness=1.0,
        ),
    )
    vessels = (Vessel(id="example-trader", name="Example Trader", imo="9074729", flag="RUS"),)
    events = (
        Event(
            id="strike-kharkiv",
            kind=EventKind.STRIKE,
            title="Missile strike on Kharkiv",
            occurred=DateRange.parse("2024-01-02"),
            place="Kharkiv",
            actors=("RUS",),
        ),
    )
    return Dataset(
        resolutions=resolutions,
        actors=actors,
        sources=sources,
        documents=documents,
        vessels=vessels,
        events=events,
        allegations=(missiles, shells, launchers),
        evidence=evidence,
        responses=responses,
    )


#: Text that would do something if a page interpreted it instead of showing it.
HOSTILE: Final = (
    "<script>window.HACKED=1;console.error('pwned')</script>",
    "{{ 7*7 }} {% raw %}",
    "\n```{raw} html\n<script>console.error('raw directive')</script>\n```\n",
    "\n\n```{eval-rst}\n.. raw:: html\n\n   <b id='rst-bold'>bold</b>\n```\n\n",
    "[click me](javascript:alert(1)) ![img](javascript:alert(2))",
    "<img src=x onerror=\"console.error('img')\"> {sub-ref}`today` $x^2$ *em* `code` | a |",
    "# not a heading\n\n:::{note}\nnot a note\n:::",
)
HOSTILE_TEXT: Final = " ".join(HOSTILE)
EVIL_URLS: Final = (
    "javascript:alert(document.domain)",
    "data:text/html,<script>alert(1)</script>",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
)


def hostile() -> Dataset:
    """The ordinary dataset with every free text replaced by markup and unsafe URLs."""
    base = ordinary()

    def evil(tag: str) -> str:
        return f"{tag}: {HOSTILE_TEXT}"

    return attrs.evolve(
        base,
        actors=tuple(attrs.evolve(a, name=evil(f"name {a.id}")) for a in base.actors),
        sources=tuple(attrs.evolve(s, name=evil(f"source {s.id}")) for s in base.sources),
        documents=tuple(
            attrs.evolve(d, title=evil(f"title {d.id}"), url=EVIL_URLS[i % len(EVIL_URLS)])
            for i, d in enumerate(base.documents)
        ),
        allegations=tuple(
            attrs.evolve(a, title=evil(f"allegation {a.id}"), notes=evil("notes"))
            for a in base.allegations
        ),
        evidence=tuple(
            attrs.evolve(
                e, claim=evil(f"claim {e.id}"), citations=_evil_citations(e.citations, evil, e.id)
            )
            for e in base.evidence
        ),
        responses=tuple(
            attrs.evolve(r, citations=_evil_citations(r.citations, evil, r.id), notes=evil("notes"))
            for r in base.responses
        ),
        events=tuple(attrs.evolve(e, title=evil(f"event {e.id}")) for e in base.events),
    )


def _evil_citations(
    citations: tuple[Citation, ...], evil: Callable[[str], str], record: str
) -> tuple[Citation, ...]:
    return tuple(
        attrs.evolve(c, quote=evil(f"quote {record}"), note=evil("note")) for c in citations
    )


def rules() -> list[RuleInfo]:
    """A small catalogue, one of whose examples is broken YAML on purpose."""
    return [
        RuleInfo(
            code="ET201",
            name="future-date",
            family=Family.TIME,
            severity=Severity.ERROR,
            message="the date is after the as-of date: check the year",
            rationale="Evidence cannot be published after the day it is checked.",
            bad_example="evidence:\n- published: 2999-01-01\n",
            good_example="evidence:\n- published: 2024-01-01\n",
        ),
        RuleInfo(
            code="ET001",
            name="yaml-syntax",
            family=Family.STRUCTURE,
            severity=Severity.ERROR,
            message="the file is not valid YAML",
            rationale=f"Hostile rationale: {HOSTILE_TEXT}",
            bad_example="actors: [[[\n```\n```{raw} html\n<script>x</script>\n```\n",
            good_example="actors: []\n",
            loader=True,
        ),
    ]

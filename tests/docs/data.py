"""Small datasets the docs tests build sites from: an ordinary one and a hostile one."""

from __future__ import annotations

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
    Directness,
    Document,
    EvidenceItem,
    EvidenceKind,
    ItemCategory,
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
    TransferredItem,
)
from evidtrack.rules import Family, RuleInfo


def _date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def ordinary() -> Dataset:
    """Two allegations, evidence of every stance, responses, a vote-free denial."""
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
        supplier="PRK",
        recipient="RUS",
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
        supplier="PRK",
        recipient="RUS",
        items=(TransferredItem(category=ItemCategory.ARTILLERY_SHELLS),),
        accused=("PRK",),
    )
    evidence = (
        EvidenceItem(
            id="ev-wood-nine",
            allegation="prk-rus-missiles",
            claim="Russia launched DPRK-supplied ballistic missiles at Ukraine at least 9 times",
            document="doc-upi",
            quote="To date, Russia has launched DPRK-supplied ballistic missiles against Ukraine"
            " on at least nine occasions",
            date=_date("2024-02-06"),
            source="us-gov",
            party="USA",
            kind=EvidenceKind.OFFICIAL_STATEMENT,
            stance=Stance.SUPPORTS,
            credibility=Credibility.POSSIBLY_TRUE,
            directness=Directness.DIRECT,
        ),
        EvidenceItem(
            id="ev-ukr-debris",
            allegation="prk-rus-missiles",
            claim="Debris examined in Kharkiv came from a North Korean missile",
            document="doc-upi",
            quote="nor more than a paraphrase",
            date=_date("2024-01"),
            source="upi",
            party="UKR",
            kind=EvidenceKind.PHYSICAL_EXAMINATION,
            stance=Stance.SUPPORTS,
            credibility=Credibility.PROBABLY_TRUE,
            directness=Directness.PARTIAL,
            artifact="debris-kharkiv",
        ),
        EvidenceItem(
            id="ev-kcna-denial",
            allegation="prk-rus-missiles",
            claim="The DPRK says the reports are false",
            document="doc-kcna",
            quote="a groundless fabrication",
            date=_date("2024-01-10T21:21:49Z"),
            source="kcna",
            party="PRK",
            kind=EvidenceKind.DENIAL,
            stance=Stance.REFUTES,
            credibility=Credibility.IMPROBABLE,
            directness=Directness.DIRECT,
        ),
    )
    responses = (
        OfficialResponse(
            id="resp-kcna-denial",
            allegation="prk-rus-missiles",
            actor="PRK",
            source="kcna",
            kind=ResponseKind.DENIAL,
            date=_date("2024-01"),
            document="doc-kcna",
            quote="a groundless fabrication",
        ),
    )
    return Dataset(
        resolutions=resolutions,
        actors=actors,
        sources=sources,
        documents=documents,
        allegations=(missiles, shells),
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
            attrs.evolve(e, claim=evil(f"claim {e.id}"), quote=evil(f"quote {e.id}"))
            for e in base.evidence
        ),
        responses=tuple(
            attrs.evolve(r, quote=evil(f"quote {r.id}"), notes=evil("notes"))
            for r in base.responses
        ),
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
            bad_example="evidence:\n- date: 2999-01-01\n",
            good_example="evidence:\n- date: 2024-01-01\n",
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

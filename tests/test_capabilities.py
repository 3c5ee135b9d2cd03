"""What real evidence needs to say, capability by capability: it loads, a mistake in it is found
where it was written, it survives model -> YAML -> model, the schema agrees with the loader, and
the dossier shows it.

Each capability is one small evidence file written next to ``BASE`` (a resolution, three states,
two graded sources, a document and an allegation), and a broken copy with the finding it gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import attrs
import pytest

from evidtrack.docs.dossier import dossier
from evidtrack.docs.pages import environment
from evidtrack.integrity.archive import Archive
from evidtrack.loading import load_paths, load_text
from evidtrack.loading.dump import dump_dataset
from evidtrack.loading.yaml_reader import read_yaml
from evidtrack.validation import validate
from tests.schema._walk import schema_accepts

BASE: Final = """\
resolutions:
  - id: unsc-1718
    symbol: S/RES/1718 (2006)
    provisions:
      - id: OP8(a)(i)
        prohibits: export of arms by the DPRK
actors:
  - {id: PRK, kind: state, name: DPRK, country_code: PRK}
  - {id: RUS, kind: state, name: Russian Federation, country_code: RUS}
  - {id: USA, kind: state, name: United States, country_code: USA}
sources:
  - id: us-government
    name: Government of the United States
    kind: government
    speaks_for: USA
    reliability: B
    reliability_rationale: Accuser; a record of accurate public disclosures.
  - id: russia-government
    name: Government of the Russian Federation
    kind: government
    speaks_for: RUS
    reliability: D
    reliability_rationale: Accused party.
documents:
  - id: doc-1
    title: A report
    publisher: us-government
    date: "2024-02-07"
    url: https://example.org/1
allegations:
  - id: al-1
    title: The DPRK transferred ballistic missiles to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: ballistic_missiles
    provisions:
      - resolution: unsc-1718
        provision: OP8(a)(i)
    accusers: [USA]
    accused: [PRK, RUS]
"""

#: An ordinary statement, for capabilities that need one beside their own records.
STATEMENT: Final = """\
  - id: ev-statement
    kind: official_statement
    allegations: [al-1]
    claim: The DPRK supplied ballistic missiles to Russia
    citations:
      - document: doc-1
        quote: supplied ballistic missiles
    source: us-government
    party: USA
    stance: supports
    credibility: 3
    directness: direct
"""


@attrs.frozen(kw_only=True)
class Capability:
    """One thing real evidence must say, shown by a file that says it and one that gets it wrong."""

    name: str
    good: str
    #: ``good`` with one mistake, and the finding it gives: (code, line, column) in that file.
    bad: str
    finding: tuple[str, int, int]
    #: What the dossier of ``al-1`` (or ``dossier_of``) must show, as its HTML source holds it.
    shows: tuple[str, ...]
    dossier_of: str = "al-1"


CAPABILITIES: Final = (
    Capability(
        name="1 evidence without words",
        good="""\
evidence:
  - id: ev-debris
    kind: physical_examination
    allegations: [al-1]
    claim: The debris is of a DPRK missile
    observed: Debris of the missile that struck Kharkiv
    artifact: debris-kharkiv
    citations:
      - document: doc-1
    source: us-government
    party: USA
    stance: supports
    credibility: 2
    directness: 0.8
""",
        bad="""\
evidence:
  - id: ev-debris
    kind: physical_examination
    allegations: [al-1]
    claim: The debris is of a DPRK missile
    artifact: debris-kharkiv
    citations:
      - document: doc-1
    source: us-government
    party: USA
    stance: supports
    credibility: 2
    directness: 0.8
""",
        finding=("ET011", 2, 5),
        shows=("<th>Observed</th><td>Debris of the missile that struck Kharkiv</td>",),
    ),
    Capability(
        name="2 one item, several reports",
        good="""\
documents:
  - {id: doc-2, title: Another report, publisher: us-government, date: "2024-02-08",
     url: "https://example.org/2"}
evidence:
  - id: ev-two-reports
    kind: official_statement
    allegations: [al-1]
    claim: The DPRK supplied ballistic missiles to Russia
    citations:
      - document: doc-1
        quote: supplied ballistic missiles
        page: "3"
      - document: doc-2
        quote: sent ballistic missiles
        paragraph: "12"
        note: a day later, in other words
    source: us-government
    party: USA
    stance: supports
    credibility: 3
    directness: direct
""",
        bad="""\
documents:
  - {id: doc-2, title: Another report, publisher: us-government, date: "2024-02-08",
     url: "https://example.org/2"}
evidence:
  - id: ev-two-reports
    kind: official_statement
    allegations: [al-1]
    claim: The DPRK supplied ballistic missiles to Russia
    citations:
      - document: doc-1
        quote: supplied ballistic missiles
        page: "3"
      - document: doc-2
        paragraph: "12"
        note: a day later, in other words
    source: us-government
    party: USA
    stance: supports
    credibility: 3
    directness: direct
""",
        finding=("ET403", 13, 9),
        shows=(
            "supplied ballistic missiles</blockquote>",
            "sent ballistic missiles</blockquote>",
            ", page 3.",
            ", paragraph 12. a day later, in other words.",
        ),
    ),
    Capability(
        name="3 two dates",
        good="""\
evidence:
  - id: ev-dated
    kind: official_statement
    allegations: [al-1]
    claim: Missiles were fired on 5 and 6 January
    citations:
      - document: doc-1
        quote: fired on 5 and 6 January
    occurred: 2024-01-05/2024-01-06
    source: us-government
    party: USA
    stance: supports
    credibility: 3
    directness: 0.6
""",
        bad="""\
evidence:
  - id: ev-dated
    kind: official_statement
    allegations: [al-1]
    claim: Missiles were fired on 5 and 6 January
    citations:
      - document: doc-1
        quote: fired on 5 and 6 January
    occurred: 2024-03-05/2024-03-06
    source: us-government
    party: USA
    stance: supports
    credibility: 3
    directness: 0.6
""",
        finding=("ET206", 9, 15),
        shows=(
            "<th>Published</th><td>2024-02-07</td>",
            "<th>Occurred</th><td>from 2024-01-05 to 2024-01-06</td>",
        ),
    ),
    Capability(
        name="4 directness as a number",
        good="evidence:\n" + STATEMENT.replace("directness: direct", "directness: 0.7"),
        bad="evidence:\n" + STATEMENT.replace("directness: direct", "directness: 1.7"),
        finding=("ET015", 13, 17),
        shows=("<th>Directness</th><td>0.7</td>",),
    ),
    Capability(
        name="5 graded and relayed responses",
        good="""\
responses:
  - id: resp-denial
    allegations: [al-1]
    actor: RUS
    source: russia-government
    kind: denial
    citations:
      - document: doc-1
        quote: groundless
    credibility: 3
    directness: 1.0
  - id: resp-relayed
    allegations: [al-1]
    actor: RUS
    source: russia-government
    kind: denial
    citations:
      - document: doc-1
        quote: groundless, as reported
    derived_from: [resp-denial]
    credibility: 4
    directness: 1.0
evidence:
  - id: ev-on-the-denial
    kind: media_report
    allegations: [al-1]
    claim: Russia's denial was reported
    citations:
      - document: doc-1
        quote: Russia denied it
    source: us-government
    party: USA
    stance: neutral
    credibility: 3
    directness: 0.3
    derived_from: [resp-denial]
""",
        bad="""\
responses:
  - id: resp-denial
    allegations: [al-1]
    actor: RUS
    source: russia-government
    kind: denial
    citations:
      - document: doc-1
        quote: groundless
    credibility: 1
    directness: 1.0
""",
        finding=("ET302", 10, 18),
        shows=("<th>Credibility</th><td>3, possibly true</td>", "<th>Repeats</th><td>resp-denial"),
    ),
    Capability(
        name="6 events",
        good="""\
events:
  - id: strike-kharkiv
    kind: strike
    title: Missile strike on Kharkiv
    occurred: "2024-01-02"
    place: Kharkiv
    actors: [RUS]
evidence:
"""
        + STATEMENT
        + "    events: [strike-kharkiv]\n",
        bad="evidence:\n" + STATEMENT + "    events: [strike-kharkov]\n",
        finding=("ET102", 14, 14),
        shows=("### Missile strike on Kharkiv", "<th>When</th><td>2024-01-02</td>"),
    ),
    Capability(
        name="7 one item, several allegations",
        good="""\
allegations:
  - id: al-2
    title: The DPRK transferred missile launchers to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: missile_launchers
    accused: [PRK, RUS]
evidence:
"""
        + STATEMENT.replace("allegations: [al-1]", "allegations: [al-1, al-2]"),
        bad="evidence:\n" + STATEMENT.replace("allegations: [al-1]", "allegations: []"),
        finding=("ET015", 4, 18),
        shows=("<th>Also bears on</th><td>al-1, al-2</td>",),
        dossier_of="al-2",
    ),
    Capability(
        name="8 transfers as they happen",
        good="""\
actors:
  - {id: broker-1, kind: organisation, name: A shipping broker}
vessels:
  - id: example-trader
    name: Example Trader
    imo: "9074729"
    mmsi: "273123456"
    flag: RUS
    former_names: [Sample Carrier]
    former_flags: [MLT]
allegations:
  - id: al-shipment
    title: The DPRK shipped munitions to Russia
    suppliers: [PRK]
    recipients: [RUS]
    intermediaries: [broker-1]
    items:
      - category: production_materials
      - category: other
        description: machine tools
    transport:
      - mode: sea
        vessel: example-trader
        departure: Rajin
        via: [Vladivostok]
        arrival: Dunai
        occurred: 2023-09-07/2023-09-08
      - mode: rail
        departure: Tumangang
    accused: [PRK, RUS]
evidence:
"""
        + STATEMENT.replace("allegations: [al-1]", "allegations: [al-1, al-shipment]"),
        bad="""\
vessels:
  - id: example-trader
    name: Example Trader
    imo: "9074728"
""",
        finding=("ET105", 4, 10),
        shows=(
            "by sea, on Example Trader (IMO 9074729, flag RUS), from Rajin via Vladivostok to"
            " Dunai, from 2023-09-07 to 2023-09-08",
            "<td>A shipping broker</td>",
            "other — machine tools",
        ),
        dossier_of="al-shipment",
    ),
    Capability(
        name="9 conflicting figures",
        good="""\
evidence:
  - id: ev-1000
    kind: intelligence_assessment
    allegations: [al-1]
    claim: More than 1,000 containers were delivered
    citations:
      - document: doc-1
        quote: more than 1,000 containers
    source: us-government
    party: USA
    stance: supports
    credibility: 2
    directness: 0.6
    quantity: {text: "more than 1,000 containers", qualifier: more_than, low: 1000,
               unit: containers}
  - id: ev-5000
    kind: intelligence_assessment
    allegations: [al-1]
    claim: About 5,000 containers were delivered
    citations:
      - document: doc-1
        quote: about 5,000 containers
    source: us-government
    party: USA
    stance: supports
    credibility: 2
    directness: 0.6
    quantity: {text: "about 5,000 containers", qualifier: about, low: 5000, high: 5000,
               unit: containers}
""",
        bad="""\
evidence:
  - id: ev-1000
    kind: intelligence_assessment
    allegations: [al-1]
    claim: More than 1,000 containers were delivered
    citations:
      - document: doc-1
        quote: more than 1,000 containers
    source: us-government
    party: USA
    stance: supports
    credibility: 2
    directness: 0.6
    quantity: {text: "more than 1,000 containers", qualifier: at_most, low: 1000,
               unit: containers}
""",
        finding=("ET602", 14, 63),
        shows=(
            "“more than 1,000 containers” (more than 1000 containers) | United States, via"
            " Government of the United States",
            "Conservative figure for containers: at least 1000 containers.",
        ),
    ),
    Capability(
        name="10 resolutions as the Council writes them",
        good="""\
resolutions:
  - id: unsc-2270
    symbol: S/RES/2270 (2016)
    adopted: "2016-03-02"
    meeting: S/PV.7638
    vote: {in_favour: 15, against: 0, abstentions: 0, adopted: true}
    provisions:
      - id: OP8(a)(i)
        prohibits: supply of arms
        notes: Numbered as the Council numbers it.
  - id: eu-833-2014
    body: eu
    symbol: Council Regulation (EU) No 833/2014
    provisions:
      - id: art-2
        prohibits: sale of dual-use goods to Russia
allegations:
  - id: al-measures
    title: The DPRK transferred arms to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: arms
    provisions:
      - {resolution: unsc-2270, provision: OP8(a)(i)}
      - {resolution: eu-833-2014, provision: art-2}
    accused: [PRK, RUS]
evidence:
"""
        + STATEMENT.replace("allegations: [al-1]", "allegations: [al-measures]"),
        bad="""\
resolutions:
  - id: unsc-2270
    body: un_security_council
    symbol: Resolution 2270
""",
        finding=("ET015", 4, 13),
        shows=(
            "Council Regulation (EU) No 833/2014 art-2: prohibits sale of dual-use goods to Russia"
            " (not a Security Council measure: context, not a UN violation)",
            "S/RES/2270 (2016) OP8(a)(i): prohibits supply of arms",
        ),
        dossier_of="al-measures",
    ),
    Capability(
        name="11 documents",
        good="""\
documents:
  - id: doc-wire
    publisher: us-government
    date: "2024-02-07"
    bibliographic: A wire report, 7 February 2024
  - id: doc-saved
    title: A saved report
    publisher: us-government
    date: "2024-02-07"
    url: https://example.org/saved
    archived_url: https://web.archive.org/web/2024/https://example.org/saved
    file: saved.txt
    sha256: 1883c086045397608675e04007a96f8bc49d2312408c6a727aac1cc6c440c060
evidence:
"""
        + STATEMENT.replace("document: doc-1", "document: doc-wire"),
        bad="""\
documents:
  - id: doc-web
    title: A report on the web
    publisher: us-government
    url: example.org/report
""",
        finding=("ET402", 5, 10),
        shows=("<cite>A wire report, 7 February 2024</cite>", "no saved text recorded"),
    ),
    Capability(
        name="12 people and bodies",
        good="""\
actors:
  - id: chief-of-staff
    kind: person
    name: Chief of the General Staff
    acts_for: RUS
    authority: military_command
  - id: minister
    kind: person
    name: Minister of Defence
    acts_for: RUS
    authority: minister
  - id: experts
    kind: group
    name: A group of named independent experts
    members: [expert-a, expert-b]
  - {id: expert-a, kind: person, name: Expert A}
  - {id: expert-b, kind: person, name: Expert B}
evidence:
"""
        + STATEMENT.replace(
            "    party: USA\n", "    party: USA\n    speakers: [chief-of-staff, minister]\n"
        ),
        bad="""\
actors:
  - id: experts
    kind: group
    name: A group of named independent experts
    members: [expert-a, expert-z]
  - {id: expert-a, kind: person, name: Expert A}
""",
        finding=("ET102", 5, 25),
        shows=("<th>Speakers</th><td>Chief of the General Staff, Minister of Defence</td>",),
    ),
    Capability(
        name="13 publishers not graded twice",
        good="""\
sources:
  - id: relay-wire
    name: A wire that relays statements
    kind: independent_media
documents:
  - id: doc-relayed
    title: A relayed statement
    publisher: relay-wire
    date: "2024-02-07"
    url: https://example.org/relayed
evidence:
"""
        + STATEMENT.replace("document: doc-1", "document: doc-relayed"),
        bad="evidence:\n"
        + STATEMENT.replace("source: us-government", "source: relay-wire")
        + """\
sources:
  - id: relay-wire
    name: A wire that relays statements
    kind: independent_media
""",
        finding=("ET303", 9, 13),
        shows=("A wire that relays statements, 2024-02-07",),
    ),
    Capability(
        name="14 a sanctions regime known without its resolutions' numbers",
        good="""\
resolutions:
  - id: unsc-dprk-sanctions
    regime: DPRK
    notes: The report says "several council resolutions" and numbers none.
    provisions:
      - id: arms-export
        prohibits: export of arms by the DPRK
allegations:
  - id: al-regime
    title: The DPRK transferred arms to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: arms
    provisions:
      - {resolution: unsc-dprk-sanctions, provision: arms-export}
    accused: [PRK, RUS]
evidence:
"""
        + STATEMENT.replace("allegations: [al-1]", "allegations: [al-regime]"),
        bad="""\
resolutions:
  - id: unsc-dprk-sanctions
    provisions:
      - id: arms-export
        prohibits: export of arms by the DPRK
""",
        finding=("ET015", 2, 5),
        shows=(
            "DPRK sanctions regime (no resolution symbol on record) arms-export: prohibits export"
            " of arms by the DPRK",
        ),
        dossier_of="al-regime",
    ),
)


#: The texts the documents' files are saved as (doc-saved's sha256 is upi.txt's, saved.txt here).
ARCHIVE: Final = Path(__file__).parent / "rules" / "fixtures" / "archive"


def _files(tmp_path: Path, text: str) -> tuple[Path, Path]:
    base, part = tmp_path / "base.yaml", tmp_path / "part.yaml"
    base.write_text(BASE, encoding="utf-8")
    part.write_text(text, encoding="utf-8")
    return base, part


def _ids(capability: Capability) -> str:
    return capability.name


@pytest.mark.parametrize("capability", CAPABILITIES, ids=_ids)
def test_it_loads_and_validates_without_errors(capability: Capability, tmp_path: Path) -> None:
    base, part = _files(tmp_path, capability.good)
    loaded = load_paths([base, part])
    assert loaded.findings == (), [str(f) for f in loaded.findings]
    result = validate(
        [base, part], as_of=None, archive=Path(__file__).parent / "rules/fixtures/archive"
    )
    errors = [str(f) for f in result.findings if f.severity.value == "error"]
    assert errors == []


@pytest.mark.parametrize("capability", CAPABILITIES, ids=_ids)
def test_a_mistake_in_it_is_found_where_it_was_written(
    capability: Capability, tmp_path: Path
) -> None:
    base, part = _files(tmp_path, capability.bad)
    found = {
        (str(f.code), f.location.line, f.location.column)
        for f in validate([base, part], as_of=None).findings
        if f.location.path == str(part)
    }
    assert capability.finding in found, sorted(found)


@pytest.mark.parametrize("capability", CAPABILITIES, ids=_ids)
def test_it_round_trips(capability: Capability) -> None:
    loaded = load_text(capability.good, "part.yaml")
    assert loaded.findings == ()
    again = load_text(dump_dataset(loaded.dataset), "again.yaml")
    assert again.findings == ()
    assert again.dataset == loaded.dataset
    assert len(loaded.dataset) > 0


@pytest.mark.parametrize("capability", CAPABILITIES, ids=_ids)
def test_the_schema_agrees_with_the_loader(capability: Capability) -> None:
    assert schema_accepts(read_yaml(capability.good, "part.yaml").value)
    # A structural mistake (ET0xx) is the schema's too; the others are the rules' (they need
    # other records, or arithmetic a pattern cannot do), and the schema leaves them be.
    structural = capability.finding[0].startswith("ET0")
    assert schema_accepts(read_yaml(capability.bad, "part.yaml").value) is not structural


@pytest.mark.parametrize("capability", CAPABILITIES, ids=_ids)
def test_the_dossier_shows_it(capability: Capability, tmp_path: Path) -> None:
    base, part = _files(tmp_path, capability.good)
    dataset = load_paths([base, part]).dataset
    allegation = dataset.allegation_by_id[capability.dossier_of]
    page = dossier(allegation, dataset, Archive(None), None)
    source = environment().get_template("dossier.md.j2").render(d=page)
    # Markdown text is backslash-escaped (HTML blocks are not): read it without the escapes.
    text = source.replace("\\", "")
    for shown in capability.shows:
        assert shown in text, f"{shown!r} not in the dossier"


def test_every_capability_of_the_list_is_here() -> None:
    assert [c.name.split(" ", 1)[0] for c in CAPABILITIES] == [str(n) for n in range(1, 15)]

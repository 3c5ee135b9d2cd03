"""A generated corpus shaped like real work, for the benchmarks.

As an analyst's repository is laid out: a registry (states, officials, sources, resolutions)
and one file per allegation holding the allegation (transferred items with quantities, the
provisions it breaches, its period, the documents it cites), the documents of its reporting,
tens of evidence items (about a third relays ``derived_from`` earlier ones) and the parties'
responses. Short lists are written in flow style (``accused: [PRK, RUS]``), as people write
them. The corpus is valid: ``evidtrack validate`` finds nothing in it, so every figure measures
the work a clean run does. ``write_corpus(folder, 100_000)`` writes 100,000 records in about
1,100 files.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any, Final

import yaml

from evidtrack.loading.dump import CoreSchemaDumper
from evidtrack.model import ItemCategory

#: Records an allegation file holds: 1 allegation, documents, evidence items, responses.
DOCUMENTS: Final = 6
EVIDENCE: Final = 80
RESPONSES: Final = 3
PER_FILE: Final = 1 + DOCUMENTS + EVIDENCE + RESPONSES
STATES: Final = ("PRK", "RUS", "IRN", "USA", "UKR", "KOR", "JPN", "GBR", "FRA", "CHN", "BLR", "SYR")
ACCUSERS: Final = ("USA", "UKR", "KOR", "JPN", "GBR", "FRA")
#: The model's own item categories, so the corpus follows it.
CATEGORIES: Final = tuple(category.value for category in ItemCategory)
#: Statements, mostly; one kind in six an observation (which names what was examined).
KINDS: Final = (
    "official_statement",
    "media_report",
    "expert_finding",
    "intelligence_assessment",
    "testimony",
    "geolocated_imagery",
)
OBSERVED: Final = frozenset({"geolocated_imagery"})
STR: Final = "tag:yaml.org,2002:str"
SOURCE_KINDS: Final = ("government", "independent_media", "research_organisation", "un_body")


class _FlowDumper(CoreSchemaDumper):
    """evidtrack's dumper, with short lists of plain words in flow style."""


def _represent_list(dumper: _FlowDumper, data: list[Any]) -> yaml.SequenceNode:
    short = 0 < len(data) <= 6 and all(type(v) is str and " " not in v for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=short)


#: PyYAML's YAML 1.1 resolver: what the CSafeLoader floor would read a plain word as.
_YAML11: Final = yaml.resolver.Resolver()


def _represent_str(dumper: _FlowDumper, text: str) -> yaml.ScalarNode:
    # Quoted as well where YAML 1.1 would read another type (2024-01-10 a date), as the seeds
    # write dates: the CSafeLoader floor then reads the same strings evidtrack does.
    node = CoreSchemaDumper.yaml_representers[str](dumper, text)
    assert isinstance(node, yaml.ScalarNode)
    yaml11 = _YAML11.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    if node.style is None and yaml11 != STR:
        node.style = '"'
    return node


_FlowDumper.add_representer(list, _represent_list)
_FlowDumper.add_representer(str, _represent_str)


def _dump(data: dict[str, Any]) -> str:
    text: str = yaml.dump(
        data, Dumper=_FlowDumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return text


def _registry(officials: int, sources: int) -> dict[str, Any]:
    actors: list[dict[str, Any]] = [
        {"id": code, "kind": "state", "name": f"State {code}", "country_code": code}
        for code in STATES
    ]
    actors += [
        {
            "id": f"official-{n:05d}",
            "kind": "person",
            "name": f"Official {n}",
            "aliases": [f"O{n}"],
            "acts_for": STATES[n % len(STATES)],
            "role": "spokesperson of the foreign ministry",
            "authority": "spokesperson",
        }
        for n in range(officials)
    ]
    return {
        "resolutions": [
            {
                "id": f"unsc-{1718 + n}",
                "symbol": f"S/RES/{1718 + n} (2006)",
                "adopted": "2006-10-14",
                "regime": "DPRK",
                "provisions": [
                    {
                        "id": f"para-{p}",
                        "paragraph": f"OP{p}",
                        "prohibits": f"transfer of {CATEGORIES[p % len(CATEGORIES)]}",
                        "in_force": {"start": "2006-10-14"},
                    }
                    for p in range(1, 9)
                ],
            }
            for n in range(4)
        ],
        "actors": actors,
        "sources": [
            {
                "id": f"source-{n:04d}",
                "name": f"Source {n}",
                "kind": SOURCE_KINDS[n % len(SOURCE_KINDS)],
                **({"speaks_for": STATES[n % len(STATES)]} if n % 4 == 0 else {}),
                "reliability": "ABCDEF"[n % 6],
                "reliability_rationale": "Track record of corrections; access to the events.",
            }
            for n in range(sources)
        ],
    }


def _allegation_file(n: int, rng: random.Random, officials: int, sources: int) -> dict[str, Any]:
    aid = f"al-{n:06d}"
    supplier, recipient = rng.sample(STATES[:3] + STATES[9:], 2)
    start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    documents = [
        {
            "id": f"doc-{n:06d}-{d}",
            "title": f"Report {d} on allegation {n}: shipments seen at the border",
            "publisher": f"source-{rng.randrange(sources):04d}",
            "date": (start + dt.timedelta(days=10 * d)).isoformat(),
            "url": f"https://example.org/{n}/{d}",
        }
        for d in range(DOCUMENTS)
    ]
    evidence: list[dict[str, Any]] = []
    for e in range(EVIDENCE):
        day = start + dt.timedelta(days=e)
        document = documents[e % DOCUMENTS]
        kind = rng.choice(KINDS)
        item: dict[str, Any] = {
            "id": f"ev-{n:06d}-{e:03d}",
            "allegations": [aid],
            "claim": f"At least {e % 17 + 2} shipments of {CATEGORIES[n % len(CATEGORIES)]}"
            f" crossed from {supplier} to {recipient}, according to report {e}",
            "citations": [
                {
                    "document": document["id"],
                    "quote": f"officials said at least {e % 17 + 2} shipments had crossed the"
                    " border",
                }
            ],
            "source": f"source-{rng.randrange(sources):04d}",
            "party": rng.choice(ACCUSERS),
            "kind": kind,
            "stance": "supports" if e % 5 else rng.choice(("refutes", "neutral")),
            "credibility": rng.randrange(2, 7),
            "directness": rng.choice((1.0, 0.6, 0.3)),
        }
        if kind in OBSERVED:
            item["observed"] = f"Imagery of trucks at the border crossing, report {e}"
            item["artifact"] = f"image-{n}-{e}"
        elif e % 8 == 0:
            item["speakers"] = [f"official-{rng.randrange(officials):05d}"]
        if e % 4 == 1:  # published the day of its document, as most reporting is
            item["published"] = document["date"]
            item["occurred"] = f"{start.isoformat()}/{day.isoformat()}"
        if e % 3 == 2:
            # A relay of an earlier item whose document is not later than its own.
            earlier = [r for r in range(e) if r % DOCUMENTS <= e % DOCUMENTS]
            item["derived_from"] = [f"ev-{n:06d}-{rng.choice(earlier):03d}"]
        evidence.append(item)
    end = start + dt.timedelta(days=EVIDENCE)
    allegation = {
        "id": aid,
        "title": f"{supplier} transferred {CATEGORIES[n % len(CATEGORIES)]} to {recipient}",
        "suppliers": [supplier],
        "recipients": [recipient],
        "items": [
            {
                "category": CATEGORIES[(n + i) % len(CATEGORIES)],
                "designation": f"Type-{i}",
                # "other" says what it was
                **(
                    {"description": "dual-use machine tools"}
                    if CATEGORIES[(n + i) % len(CATEGORIES)] == "other"
                    else {}
                ),
                "quantity": {
                    "text": f"at least {i + 3} shipments",
                    "qualifier": "at_least",
                    "low": i + 3,
                    "unit": "shipments",
                },
            }
            for i in range(3)
        ],
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "provisions": [
            {"resolution": f"unsc-{1718 + (n + p) % 4}", "provision": f"para-{p + 1}"}
            for p in range(2)
        ],
        "accusers": rng.sample(ACCUSERS, 2),
        "accused": [supplier, recipient],
        "citations": [
            {"document": documents[0]["id"], "quote": "shipments had crossed the border"}
        ],
    }
    responses = [
        {
            "id": f"resp-{n:06d}-{r}",
            "allegations": [aid],
            "actor": (supplier, recipient, supplier)[r],
            "source": f"source-{rng.randrange(sources):04d}",
            "kind": ("denial", "denial", "demand_for_proof")[r],
            # published when the document that reports it is
            "citations": [
                {"document": documents[-1]["id"], "quote": "the accusations are groundless"}
            ],
        }
        for r in range(RESPONSES)
    ]
    return {
        "allegations": [allegation],
        "documents": documents,
        "evidence": evidence,
        "responses": responses,
    }


def write_corpus(folder: Path, records: int = 100_000, seed: int = 16) -> list[Path]:
    """Write about ``records`` records (never fewer); the paths written, sorted."""
    rng = random.Random(seed)
    officials = max(20, records // 200)
    sources = max(20, records // 1000)
    registry = folder / "registry"
    allegations = folder / "allegations"
    registry.mkdir(parents=True, exist_ok=True)
    allegations.mkdir(parents=True, exist_ok=True)
    data = _registry(officials, sources)
    paths = []
    for key, value in data.items():
        path = registry / f"{key}.yaml"
        path.write_text(_dump({key: value}), encoding="utf-8")
        paths.append(path)
    written = len(data["resolutions"]) + len(data["actors"]) + len(data["sources"])
    n = 0
    while written < records:
        path = allegations / f"al-{n:06d}.yaml"
        path.write_text(_dump(_allegation_file(n, rng, officials, sources)), encoding="utf-8")
        paths.append(path)
        written += PER_FILE
        n += 1
    return sorted(paths)

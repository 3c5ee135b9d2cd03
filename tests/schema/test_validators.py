"""Checks the schema takes over from the model's validators refuse what the model refuses."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from jsonschema import Draft202012Validator

from evidtrack.loading import load_text
from evidtrack.loading.converter import converter
from evidtrack.loading.dump import dump_plain
from evidtrack.loading.yaml_reader import read_yaml
from evidtrack.model._fields import doc
from evidtrack.schema import build_schema
from tests.schema._walk import schema_accepts

ACTOR = {"id": "PRK", "kind": "state", "name": "North Korea"}
DOCUMENT = {"id": "doc-1", "title": "A report", "publisher": "upi", "url": "https://x.org/1"}
ALLEGATION = {
    "id": "al-1",
    "title": "A transfer",
    "suppliers": ["PRK"],
    "recipients": ["RUS"],
    "items": [{"category": "rockets"}],
    "accused": ["PRK"],
}
EVIDENCE = {
    "id": "ev-1",
    "allegations": ["al-1"],
    "claim": "A claim",
    "citations": [{"document": "doc-1", "quote": "words"}],
    "published": "2024-02-06",
    "source": "src",
    "party": "USA",
    "kind": "media_report",
    "stance": "supports",
    "credibility": 3,
    "directness": "direct",
}
RESPONSE = {
    "id": "resp-1",
    "allegations": ["al-1"],
    "actor": "RUS",
    "source": "src",
    "kind": "veto",
    "published": "2024-03-28",
    "citations": [{"document": "doc-1"}],
}
VESSEL = {"id": "v-1", "name": "Example Trader"}
RESOLUTION = {"id": "unsc-1718", "symbol": "S/RES/1718 (2006)"}


def file_with(key: str, record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    for name, value in changes.items():
        if value is _ABSENT:
            changed.pop(name, None)
        else:
            changed[name] = value
    return {key: [changed]}


_ABSENT = object()

REFUSED = {
    "blank name": file_with("actors", ACTOR, name="   "),
    "blank alias": file_with("actors", ACTOR, aliases=["DPRK", "\u00a0"]),
    "id with a space": file_with("actors", ACTOR, id="North Korea"),
    "reference that is no id": file_with("actors", ACTOR, acts_for="-RUS"),
    "country code in lower case": file_with("actors", ACTOR, country_code="prk"),
    "resolution symbol without S/RES": file_with(
        "resolutions", {"id": "unsc-1718", "symbol": "1718 (2006)"}
    ),
    "absolute file path": file_with("documents", DOCUMENT, file="/etc/passwd"),
    "document with neither url nor file": file_with("documents", DOCUMENT, url=_ABSENT),
    "document with both null": file_with("documents", DOCUMENT, url=None, file=None),
    "accused twice": file_with("allegations", ALLEGATION, accused=["PRK", "PRK"]),
    "negative bound": file_with(
        "allegations",
        ALLEGATION,
        items=[
            {"category": "rockets", "quantity": {"text": "x", "qualifier": "at_least", "low": -1}}
        ],
    ),
    "credibility 7": file_with("evidence", EVIDENCE, credibility=7),
    "credibility 0": file_with("evidence", EVIDENCE, credibility=0),
    "derived from the same item twice": file_with("evidence", EVIDENCE, derived_from=["a", "a"]),
    "blank quote": file_with("evidence", EVIDENCE, quote="\t"),
    "16 votes in favour": file_with("responses", RESPONSE, vote={"in_favour": 16}),
    "no allegation": file_with("evidence", EVIDENCE, allegations=[]),
    "no citation": file_with("evidence", EVIDENCE, citations=[]),
    "no supplier": file_with("allegations", ALLEGATION, suppliers=[]),
    "directness above 1": file_with("evidence", EVIDENCE, directness=1.2),
    "directness below 0": file_with("evidence", EVIDENCE, directness=-0.1),
    "directness by an unknown name": file_with("evidence", EVIDENCE, directness="indirect"),
    "an observation's kind on a statement": file_with(
        "evidence", EVIDENCE, kind="physical_examination"
    ),
    "a statement's kind on an observation": file_with(
        "evidence", EVIDENCE, kind="official_statement", observed="debris"
    ),
    "a statement with what was observed": file_with("evidence", EVIDENCE, observed="debris"),
    "an occurrence written backwards": file_with(
        "evidence", EVIDENCE, occurred="2024-01/2024-02/x"
    ),
    "IMO number with its prefix": file_with("vessels", VESSEL, imo="IMO 9074729"),
    "IMO number of six digits": file_with("vessels", VESSEL, imo="907472"),
    "MMSI of eight digits": file_with("vessels", VESSEL, mmsi="27312345"),
    "flag in lower case": file_with("vessels", VESSEL, flag="rus"),
    "UN resolution without S/RES": file_with(
        "resolutions", RESOLUTION, body="un_security_council", symbol="1718"
    ),
    "meeting that is no S/PV": file_with("resolutions", RESOLUTION, meeting="5551"),
    "provision id with a space": file_with(
        "resolutions", RESOLUTION, provisions=[{"id": "OP 8", "prohibits": "arms"}]
    ),
    "sha256 in capitals": file_with("documents", DOCUMENT, sha256="A" * 64),
    "document with no url, file or citation": file_with("documents", DOCUMENT, url=_ABSENT),
    "speaker twice": file_with("evidence", EVIDENCE, speakers=["USA", "USA"]),
}
ACCEPTED = {
    "url and no file": file_with("documents", DOCUMENT),
    "file and a null url": file_with("documents", DOCUMENT, url=None, file="003_upi.txt"),
    "text with inner spaces": file_with("actors", ACTOR, name=" North Korea "),
    "15 votes": file_with("responses", RESPONSE, vote={"in_favour": 15, "against": 0}),
    "a response without words (a veto)": file_with("responses", RESPONSE),
    "a graded response": file_with(
        "responses", RESPONSE, credibility=1, directness=0.3, derived_from=["ev-1"]
    ),
    "directness as a number": file_with("evidence", EVIDENCE, directness=0.8),
    "directness as an integer": file_with("evidence", EVIDENCE, directness=1),
    "an observation": file_with(
        "evidence",
        EVIDENCE,
        kind="physical_examination",
        observed="debris of the 2 January missile",
        citations=[{"document": "doc-1", "page": "12"}],
    ),
    "an occurrence over two days": file_with(
        "evidence", EVIDENCE, occurred="2024-01-05/2024-01-06"
    ),
    "several allegations and citations": file_with(
        "evidence",
        EVIDENCE,
        allegations=["al-1", "al-2"],
        citations=[{"document": "doc-1", "quote": "a"}, {"document": "doc-2", "quote": "b"}],
    ),
    "a vessel": file_with("vessels", VESSEL, imo="9074729", mmsi="273123456", flag="RUS"),
    "an EU measure with its own reference": file_with(
        "resolutions", RESOLUTION, body="eu", symbol="Council Regulation (EU) No 833/2014"
    ),
    "a provision numbered as the Council does": file_with(
        "resolutions", RESOLUTION, provisions=[{"id": "OP8(a)(i)", "prohibits": "arms"}]
    ),
    "a document known by its citation": file_with(
        "documents", DOCUMENT, url=_ABSENT, bibliographic="Yonhap, 22 September 2022"
    ),
    "a saved text with its digest": file_with(
        "documents", DOCUMENT, file="a.txt", sha256="0" * 64, archived_url="https://a.org/x"
    ),
}


def loads_cleanly(plain: dict[str, Any]) -> bool:
    return load_text(dump_plain(plain), "case.yaml").ok


def as_read(plain: dict[str, Any]) -> Any:
    return read_yaml(dump_plain(plain), "case.yaml").value


@pytest.mark.parametrize("plain", REFUSED.values(), ids=REFUSED.keys())
def test_both_refuse(plain: dict[str, Any]) -> None:
    assert not loads_cleanly(plain)
    assert not schema_accepts(as_read(plain))


@pytest.mark.parametrize("plain", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_both_accept(plain: dict[str, Any]) -> None:
    assert loads_cleanly(plain)
    assert schema_accepts(as_read(plain))


@attrs.frozen(kw_only=True)
class Measure:
    """Test-only: the JSON types of the primitives the model does not use yet."""

    ratio: float = attrs.field(metadata=doc("A ratio."))
    flag: bool = attrs.field(metadata=doc("A flag."))


attrs.resolve_types(Measure)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ({"ratio": 1.5, "flag": True}, True),
        ({"ratio": 2, "flag": False}, True),  # the converter takes an int for a float too
        ({"ratio": True, "flag": False}, False),
        ({"ratio": "1.5", "flag": False}, False),
        ({"ratio": 1.5, "flag": 1}, False),
        ({"ratio": 1.5, "flag": "true"}, False),
    ],
)
def test_floats_are_numbers_and_bools_booleans(value: dict[str, Any], valid: bool) -> None:
    schema = build_schema(Measure, title="measure")
    assert schema["properties"]["ratio"]["type"] == "number"
    assert Draft202012Validator(schema).is_valid(value) is valid
    try:
        converter.structure(value, Measure)
        converted = True
    except Exception:  # noqa: BLE001  (any refusal will do)
        converted = False
    assert converted is valid

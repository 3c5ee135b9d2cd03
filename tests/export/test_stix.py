"""The STIX 2.1 export: accepted by the OASIS validator (strict), read by python-stix2, stable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import pytest
import stix2  # type: ignore[import-untyped]
from hypothesis import given, settings
from stix2validator import ValidationOptions, validate_string  # type: ignore[import-untyped]

from evidtrack.export._common import KIND_OF_CLASS, RECORD_KINDS
from evidtrack.export.stix import (
    DEPARTURES,
    EVIDENCE_OBJECTS,
    EXTENSION_ID,
    NAMESPACE,
    RESPONSE_OPINIONS,
    STANDARD_FIELDS,
    _Builder,
    sco_id,
    stix_text,
    to_stix,
)
from evidtrack.loading import load_paths
from evidtrack.model import (
    Citation,
    Credibility,
    Dataset,
    DateRange,
    Directness,
    EvidenceKind,
    Observation,
    PartialDate,
    ResponseKind,
    Stance,
)
from evidtrack.scoring import score
from tests.export.datasets import ANCHORS, valid_datasets

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> Dataset:
    return load_paths([SEEDS]).dataset


@pytest.fixture(scope="module")
def bundle(seeds: Dataset) -> dict[str, Any]:
    return to_stix(seeds)


def _leaves(value: Any) -> Any:
    if isinstance(value, dict):
        for inner in value.values():
            yield from _leaves(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _leaves(inner)
    else:
        yield value


def _errors(text: str, disabled: list[str]) -> list[str]:
    result = validate_string(text, ValidationOptions(strict=True, disabled=disabled))
    return [str(e) for e in result.errors]


def test_seeds_pass_the_validator_in_strict_mode(bundle: dict[str, Any]) -> None:
    assert _errors(stix_text(bundle), list(DEPARTURES)) == []


def test_the_only_strict_finding_is_the_documented_departure(bundle: dict[str, Any]) -> None:
    # Every object fails the UUIDv4 check and nothing else: a new finding would show here.
    errors = _errors(stix_text(bundle), [])
    assert errors
    assert all("{103}" in e and "is not a valid UUIDv4 ID" in e for e in errors)
    assert len(errors) == len(bundle["objects"]) + 1  # and the bundle's own id


def test_python_stix2_reads_the_bundle(bundle: dict[str, Any]) -> None:
    parsed = stix2.parse(stix_text(bundle), allow_custom=True)
    assert len(parsed.objects) == len(bundle["objects"])
    kinds = Counter(o["type"] if isinstance(o, dict) else type(o).__name__ for o in parsed.objects)
    for kind in ("Note", "Opinion", "Report", "Identity", "Location", "ExtensionDefinition"):
        assert kinds[kind], kind
    # The custom objects come back as data with every property written.
    custom = {o["id"]: o for o in parsed.objects if isinstance(o, dict)}
    for written in bundle["objects"]:
        if written["id"] in custom:
            assert custom[written["id"]] == written
    # python-stix2 checks the standard objects' properties as it builds them.
    store = stix2.MemoryStore(stix_data=parsed.objects, allow_custom=True)
    assert (
        len(store.query([stix2.Filter("type", "=", "opinion")]))
        == Counter(
            RESPONSE_OPINIONS[r.kind] is not None for r in load_paths([SEEDS]).dataset.responses
        )[True]
    )


def test_counts_per_type_for_the_seeds(bundle: dict[str, Any], seeds: Dataset) -> None:
    types = Counter(o["type"] for o in bundle["objects"])
    states = [a for a in seeds.actors if a.kind.value == "state"]
    opinions = sum(RESPONSE_OPINIONS[r.kind] is not None for r in seeds.responses)
    assert types == {
        "identity": len(seeds.actors) + len(seeds.sources) + 1,  # and evidtrack itself
        "location": len(states),
        "relationship": len(states),
        "report": len(seeds.documents),
        "x-evidtrack-allegation": len(seeds.allegations),
        "x-evidtrack-resolution": len(seeds.resolutions),
        "note": len(seeds.evidence) + len(seeds.responses) - opinions,
        "opinion": opinions,
        "extension-definition": 1,
    }


def test_ids_are_uuid5_in_the_namespace(bundle: dict[str, Any]) -> None:
    ids = [o["id"] for o in bundle["objects"]]
    assert len(set(ids)) == len(ids)
    uuids = [uuid.UUID(i.split("--")[1]) for i in ids]
    assert {u.version for u in uuids} == {5}
    assert len(set(uuids)) == len(uuids)  # unique across types, as STIX requires
    note = next(o for o in bundle["objects"] if o["type"] == "note")
    record_id = note["external_references"][0]["external_id"]
    assert note["id"] == f"note--{uuid.uuid5(NAMESPACE, f'note:evidence:{record_id}')}"


def test_url_ids_are_stix_own(tmp_path: Path) -> None:
    assert (
        sco_id("url", {"value": "https://example.org/a"})
        == stix2.URL(value="https://example.org/a").id
    )


def test_the_allegation_carries_its_score(bundle: dict[str, Any], seeds: Dataset) -> None:
    allegations = [o for o in bundle["objects"] if o["type"] == "x-evidtrack-allegation"]
    for obj in allegations:
        record_id = obj["external_references"][0]["external_id"]
        assessment = score(record_id, seeds)
        assert obj["confidence"] == assessment.stix_confidence
        assert obj["score"]["likelihood"] == assessment.likelihood
        assert obj["score"]["icd203_term"] == assessment.term.value
        assert obj["extensions"] == {EXTENSION_ID: {"extension_type": "new-sdo"}}


def test_as_of_changes_the_score_not_the_records(seeds: Dataset) -> None:
    early = to_stix(seeds, as_of=PartialDate(year=2022, month=9))
    late = to_stix(seeds)
    assert [o["id"] for o in early["objects"]] == [o["id"] for o in late["objects"]]
    scored = [o["score"] for o in early["objects"] if o["type"] == "x-evidtrack-allegation"]
    assert {s["as_of"] for s in scored} == {"2022-09"}
    assert all("as_of" not in o.get("score", {}) for o in late["objects"])
    assert early != late


def test_grades_travel_in_the_extension(bundle: dict[str, Any], seeds: Dataset) -> None:
    notes = {
        o["external_references"][0]["external_id"]: o
        for o in bundle["objects"]
        if o["type"] == "note"
    }
    for item in seeds.evidence:
        extension = notes[item.id]["extensions"][EXTENSION_ID]
        assert extension["credibility"] == item.credibility
        assert extension["kind"] == item.kind.value
        assert extension["stance"] == item.stance.value
    sources = {
        o["external_references"][0]["external_id"]: o
        for o in bundle["objects"]
        if o["type"] == "identity"
        and o["id"] != bundle["objects"][0]["id"]
        and o["extensions"][EXTENSION_ID]["record"] == "source"
    }
    for source in seeds.sources:
        # A relaying publisher has no grade: nothing to carry.
        expected = None if source.reliability is None else source.reliability.value
        assert sources[source.id]["extensions"][EXTENSION_ID].get("reliability") == expected


def test_the_mapping_tables_cover_every_kind() -> None:
    assert set(RESPONSE_OPINIONS) == set(ResponseKind)
    assert set(EVIDENCE_OBJECTS) == set(EvidenceKind)
    # A denial is the strongest disagreement STIX can say, an admission the strongest agreement.
    assert RESPONSE_OPINIONS[ResponseKind.DENIAL] == "strongly-disagree"
    assert RESPONSE_OPINIONS[ResponseKind.ADMISSION] == "strongly-agree"


def test_every_kind_of_record_has_a_mapping() -> None:
    # A record type the model gains fails here until the exporter maps it.
    assert set(STANDARD_FIELDS) == set(KIND_OF_CLASS)
    for kind in RECORD_KINDS.values():
        assert callable(getattr(_Builder, kind, None)), kind


def test_an_examined_object_is_observed_data() -> None:
    item = Observation(
        id="ev-debris",
        allegations=(ANCHORS.allegations[0].id,),
        claim="The debris is of a KN-23.",
        observed="debris of a KN-23",
        citations=(Citation(document=ANCHORS.documents[0].id),),
        occurred=DateRange.parse("2024-01-05"),
        source=ANCHORS.sources[0].id,
        party=ANCHORS.actors[0].id,
        kind=EvidenceKind.PHYSICAL_EXAMINATION,
        stance=Stance.SUPPORTS,
        credibility=Credibility.PROBABLY_TRUE,
        directness=Directness.PARTIAL.number,
        artifact="debris-kharkiv-2024-01-02",
    )
    bundle = to_stix(attrs.evolve(ANCHORS, evidence=(item,)))
    by_type = {o["type"]: o for o in bundle["objects"]}
    seen, thing, note = by_type["observed-data"], by_type["x-evidtrack-artifact"], by_type["note"]
    assert thing["label"] == "debris-kharkiv-2024-01-02"
    assert seen["object_refs"] == [thing["id"]]
    assert seen["first_observed"] == "2024-01-05T00:00:00.000Z"
    assert seen["last_observed"] == "2024-01-05T23:59:59.999Z"
    assert seen["id"] in note["object_refs"]
    assert _errors(stix_text(bundle), list(DEPARTURES)) == []


def test_exporting_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    # Two processes with different hash seeds: no set order, no clock, no random id leaks in.
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"bundle-{seed}.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "evidtrack",
                "export",
                str(SEEDS),
                "--format",
                "stix",
                "--out",
                str(out),
            ],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["type"] == "bundle"


@settings(max_examples=25)
@given(valid_datasets())
def test_any_valid_dataset_gives_a_valid_bundle(dataset: Dataset) -> None:
    bundle = to_stix(dataset)
    text = stix_text(bundle)
    assert _errors(text, list(DEPARTURES)) == []
    assert "null" not in {json.dumps(v) for v in _leaves(bundle)}  # STIX has no null values
    assert stix_text(to_stix(dataset)) == text
    stix2.parse(text, allow_custom=True)

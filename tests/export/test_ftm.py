"""The FollowTheMoney export: every entity loads with followthemoney and no value is dropped."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from followthemoney import model
from hypothesis import given, settings

from evidtrack.export._common import RECORD_KINDS
from evidtrack.export.ftm import (
    ACTOR_SCHEMATA,
    DOCUMENT_SCHEMATA,
    SOURCE_SCHEMATA,
    _Entities,
    entity_id,
    ftm_lines,
    to_ftm,
)
from evidtrack.loading import load_paths
from evidtrack.model import ActorKind, Dataset, SourceKind
from tests.export.datasets import file_datasets

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
#: Property types whose values FollowTheMoney parses: a value it cannot parse is dropped, and a
#: parsed value must be the one written (a date, a country, a link to another entity).
PARSED_TYPES = {"date", "country", "url", "entity", "identifier", "number", "language"}


@pytest.fixture(scope="module")
def seeds() -> Dataset:
    return load_paths([SEEDS]).dataset


@pytest.fixture(scope="module")
def entities(seeds: Dataset) -> list[dict[str, Any]]:
    return [json.loads(line) for line in ftm_lines(to_ftm(seeds))]


def _loaded(entity: dict[str, Any]) -> Any:
    # cleaned=False: followthemoney cleans every value, dropping what it cannot clean.
    return model.get_proxy(entity, cleaned=False)


def test_every_seed_value_survives_loading_unchanged(entities: list[dict[str, Any]]) -> None:
    changed = []
    for entity in entities:
        proxy = _loaded(entity)
        assert proxy.schema.name == entity["schema"]
        for prop, values in entity["properties"].items():
            if sorted(proxy.get(prop)) != sorted(values):
                changed.append((entity["schema"], prop, values, proxy.get(prop)))
    assert changed == []


def test_references_point_at_entities_in_the_export(entities: list[dict[str, Any]]) -> None:
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for entity in entities:
        proxy = _loaded(entity)
        for prop, values in entity["properties"].items():
            if proxy.schema.get(prop).type.name == "entity":
                assert set(values) <= known, (entity["schema"], prop)


def test_counts_per_schema_for_the_seeds(entities: list[dict[str, Any]], seeds: Dataset) -> None:
    schemata = Counter(e["schema"] for e in entities)
    expected: Counter[str] = Counter()
    for actor in seeds.actors:
        expected[ACTOR_SCHEMATA[actor.kind]] += 1
    for source in seeds.sources:
        expected[SOURCE_SCHEMATA[source.kind]] += 1
    for document in seeds.documents:
        expected[DOCUMENT_SCHEMATA[seeds.source_by_id[document.publisher].kind]] += 1
    expected["Document"] += len(seeds.resolutions)
    expected["Event"] += len(seeds.allegations) + len(seeds.events)
    expected["Vessel"] += len(seeds.vessels)
    for kind in ("PublicBody", "Organization", "Person", "Article", "Document", "Event", "Vessel"):
        assert schemata[kind] == expected[kind], kind
    assert schemata["Membership"] == sum(len(a.members) for a in seeds.actors)
    representations = sum(a.acts_for is not None for a in seeds.actors) + sum(
        s.speaks_for is not None for s in seeds.sources
    )
    assert schemata["Representation"] == representations
    # One Documentation per report: an item or response once per document and allegation,
    # each citation of a record, each provision cited.
    quotations = (
        sum(len(i.allegations) * len(i.citations) for i in seeds.evidence)
        + sum(len(r.allegations) * len(r.citations) for r in seeds.responses)
        + sum(len(a.citations) for a in seeds.actors)
        + sum(len(v.citations) for v in seeds.vessels)
        + sum(len(e.citations) for e in seeds.events)
        + sum(len(a.citations) + len(a.provisions) for a in seeds.allegations)
        + sum(
            len(r.citations) + sum(len(p.citations) for p in r.provisions)
            for r in seeds.resolutions
        )
    )
    assert schemata["Documentation"] == quotations


def test_provenance_is_kept(entities: list[dict[str, Any]], seeds: Dataset) -> None:
    by_id = {e["id"]: e for e in entities}
    for item in seeds.evidence:
        entity = by_id[entity_id("evidence", item.id)]  # its first report
        first = item.citations[0]
        document = seeds.document_by_id[first.document]
        publisher = seeds.source_by_id[document.publisher]
        published = seeds.published(item)
        assert published is not None
        assert entity["properties"]["publisher"] == [publisher.name]
        assert entity["properties"]["date"] == [published.isoformat()]
        assert entity["properties"]["recordId"] == [item.id]
        assert entity["properties"]["document"] == [entity_id("document", first.document)]
        assert entity["properties"]["description"] == [first.quote]


def test_states_carry_their_country(entities: list[dict[str, Any]], seeds: Dataset) -> None:
    by_id = {e["id"]: e for e in entities}
    russia = by_id[entity_id("actor", "RUS")]
    assert russia["schema"] == "PublicBody"
    assert russia["properties"]["country"] == ["ru"]
    assert by_id[entity_id("actor", "PRK")]["properties"]["country"] == ["kp"]


def test_every_kind_of_record_has_a_mapping() -> None:
    # A record type the model gains fails here until the exporter maps it.
    for kind in RECORD_KINDS.values():
        assert callable(getattr(_Entities, kind, None)), kind


def test_the_mapping_tables_cover_every_kind() -> None:
    assert set(ACTOR_SCHEMATA) == set(ActorKind)
    assert set(SOURCE_SCHEMATA) == set(SourceKind)
    assert set(DOCUMENT_SCHEMATA) == set(SourceKind)
    for schema in {*ACTOR_SCHEMATA.values(), *SOURCE_SCHEMATA.values()}:
        assert model.get(schema) is not None


@settings(max_examples=60)
@given(file_datasets())
def test_followthemoney_drops_no_value_of_any_dataset(dataset: Dataset) -> None:
    for entity in to_ftm(dataset):
        proxy = _loaded(entity)
        for prop, values in entity["properties"].items():
            kept = proxy.get(prop)
            kind = proxy.schema.get(prop).type
            if kind.name in PARSED_TYPES:
                assert sorted(kept) == sorted(values), (entity["schema"], prop)
            else:
                # Text keeps every value; followthemoney may only tidy its white space.
                cleaned = {kind.clean(v) for v in values}
                assert None not in cleaned, (entity["schema"], prop, values)
                assert cleaned == set(kept), (entity["schema"], prop)

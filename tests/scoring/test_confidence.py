"""The confidence level and the two-independent-sources flag, by example."""

from __future__ import annotations

from typing import Any

import attrs

from evidtrack.model import Credibility, Directness, EvidenceItem, EvidenceKind, Stance
from evidtrack.scoring import STANDARD, Confidence, score
from tests.scoring.worlds import spec, world


def _item(item_id: str, **fields: Any) -> EvidenceItem:
    return spec(**fields).to_item(item_id)


EXAMINATION = _item(
    "org1-exam", party="ORG1", source="research-A", kind=EvidenceKind.PHYSICAL_EXAMINATION
)
TESTIMONY = _item("thd1-testimony", party="THD1", kind=EvidenceKind.TESTIMONY)


def test_high_needs_two_independent_sources_one_first_hand_from_an_independent_body() -> None:
    assessed = score("alg", world((EXAMINATION, TESTIMONY)))
    assert assessed.two_independent_sources
    assert assessed.confidence is Confidence.HIGH
    assert assessed.stix_confidence == 85
    assert any("org1-exam" in reason for reason in assessed.confidence_reasons)


def test_a_strong_independent_refutation_prevents_high() -> None:
    refutation = _item(
        "org2-exam",
        party="ORG2",
        source="research-A",
        kind=EvidenceKind.PHYSICAL_EXAMINATION,
        stance=Stance.REFUTES,
        artifact="other-debris",
    )
    assessed = score("alg", world((EXAMINATION, TESTIMONY, refutation)))
    assert assessed.two_independent_sources
    assert assessed.confidence is Confidence.MODERATE
    assert any("strong independent refutation" in r for r in assessed.confidence_reasons)


def test_two_interested_parties_give_moderate_without_independent_sources() -> None:
    first = _item("acc1", party="ACC1")
    second = _item("acc2", party="ACC2")
    assessed = score("alg", world((first, second)))
    assert not assessed.two_independent_sources
    assert assessed.confidence is Confidence.MODERATE
    assert assessed.stix_confidence == 50


def test_one_qualifying_independent_cluster_gives_moderate() -> None:
    assessed = score("alg", world((EXAMINATION,)))
    assert not assessed.two_independent_sources
    assert assessed.confidence is Confidence.MODERATE


def test_one_party_alone_gives_low() -> None:
    assessed = score("alg", world((_item("acc1", party="ACC1"), _item("acc1-b", party="ACC1"))))
    assert assessed.confidence is Confidence.LOW
    assert assessed.stix_confidence == 15
    assert score("alg", world()).confidence is Confidence.LOW


def test_every_party_whose_own_items_reach_min_support_is_a_source_of_the_cluster() -> None:
    # a third party and an independent body examine one object, their items weigh the same:
    # both are sources of the cluster; no tie-break (by id or otherwise) picks one to lead it
    first = _item("a-exam", party="THD1", kind=EvidenceKind.PHYSICAL_EXAMINATION, artifact="d1")
    second = _item(
        "b-exam",
        party="ORG1",
        source="research-A",
        kind=EvidenceKind.PHYSICAL_EXAMINATION,
        artifact="d1",
    )
    assessed = score("alg", world((first, second)))
    assert {(s.party, s.role.value) for s in assessed.sources} == {
        ("THD1", "third_party"),
        ("ORG1", "independent"),
    }
    assert assessed.two_independent_sources
    assert assessed.confidence is Confidence.HIGH
    swapped = score(
        "alg", world((attrs.evolve(first, id="b-exam"), attrs.evolve(second, id="a-exam")))
    )
    assert swapped.confidence is assessed.confidence
    assert {(s.party, s.worth) for s in swapped.sources} == {
        (s.party, s.worth) for s in assessed.sources
    }


def test_a_party_whose_own_items_in_a_cluster_fall_short_is_no_source_of_it() -> None:
    strong = _item("strong", party="ORG1", source="research-A", origin="shared")
    weak = _item("weak", party="THD1", source="gov-D", credibility=Credibility(5), origin="shared")
    assessed = score("alg", world((strong, weak)))
    (row,) = assessed.rows
    assert {m.item.id for m in row.members if m.weight > 0} == {"strong", "weak"}
    assert {s.party for s in assessed.sources} == {"ORG1"}
    assert not assessed.two_independent_sources


def _imagery(item_id: str, party: str, directness: float) -> EvidenceItem:
    return _item(
        item_id,
        party=party,
        source="research-A",
        kind=EvidenceKind.GEOLOCATED_IMAGERY,
        directness=directness,
    )


def test_circumstance_is_no_first_hand_corroboration_however_many_observe_it() -> None:
    # rail cars whose cargo cannot be identified, seen by two independent analysts
    cars = (
        _imagery("cars-1", "ORG1", Directness.CIRCUMSTANTIAL.number),
        _imagery("cars-2", "ORG2", Directness.CIRCUMSTANTIAL.number),
    )
    assessed = score("alg", world(cars))
    assert assessed.two_independent_sources
    assert assessed.confidence is Confidence.MODERATE
    assert not any("first-hand" in reason for reason in assessed.confidence_reasons)
    # imagery of the cargo itself, partly identified: first-hand corroboration
    cargo = _imagery("cargo", "ORG1", Directness.PARTIAL.number)
    assessed = score("alg", world((*cars, cargo)))
    assert assessed.confidence is Confidence.HIGH
    assert any(
        "directness at least 0.6): cargo" in reason for reason in assessed.confidence_reasons
    )


def test_the_threshold_is_the_profiles() -> None:
    cars = (
        _imagery("cars-1", "ORG1", Directness.CIRCUMSTANTIAL.number),
        _imagery("cars-2", "ORG2", Directness.CIRCUMSTANTIAL.number),
    )
    lenient = attrs.evolve(STANDARD, first_hand_min_directness=0.3)
    assert score("alg", world(cars), profile=lenient).confidence is Confidence.HIGH

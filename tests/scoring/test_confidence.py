"""The confidence level and the two-independent-sources flag, by example."""

from __future__ import annotations

from typing import Any

from evidtrack.model import EvidenceItem, EvidenceKind, Stance
from evidtrack.scoring import Confidence, score
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

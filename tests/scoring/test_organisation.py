"""One independent organisation's clusters share its method: combined with organisation_rho.

An examiner inspecting several objects, or an analyst publishing several reports, is one
method and one set of blind spots; several bodies examining one object are not.
"""

from __future__ import annotations

import math
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidtrack.model import EvidenceItem, EvidenceKind, Stance
from evidtrack.report.score import view
from evidtrack.scoring import STANDARD, STRICT, Group, Profile, score
from evidtrack.scoring.clusters import agg
from tests.scoring.worlds import spec, world


def _exam(item_id: str, party: str = "ORG1", **fields: Any) -> EvidenceItem:
    values = {"kind": EvidenceKind.PHYSICAL_EXAMINATION, **fields}
    return spec(party=party, source="research-A", **values).to_item(item_id)


def _rows(items: tuple[EvidenceItem, ...], profile: Profile = STANDARD) -> dict[str, Any]:
    return {row.key: row for row in score("alg", world(items), profile=profile).rows}


TWO_OBJECTS = (_exam("exam-1", artifact="missile-1"), _exam("exam-2", artifact="missile-2"))


def test_one_organisations_clusters_are_combined_with_organisation_rho() -> None:
    rows = _rows(TWO_OBJECTS)
    (row,) = rows.values()
    assert row.key == "organisation ORG1"
    assert row.group is Group.ORGANISATION
    assert [c.key.words for c in row.clusters] == [
        "same artifact: missile-1",
        "same artifact: missile-2",
    ]
    assert row.value == agg((c.value for c in row.clusters), STANDARD.organisation_rho)
    assert row.value < sum(c.value for c in row.clusters)


@pytest.mark.parametrize("base", [STANDARD, STRICT])
def test_organisation_rho_changes_the_score(base: Profile) -> None:
    # a profile with 0.0 and one with 1.0 give different scores: the parameter is read
    none = score("alg", world(TWO_OBJECTS), profile=attrs.evolve(base, organisation_rho=0.0))
    all_ = score("alg", world(TWO_OBJECTS), profile=attrs.evolve(base, organisation_rho=1.0))
    assert none.log_odds < all_.log_odds
    one = score("alg", world(TWO_OBJECTS[:1]), profile=base)
    # rho 0: the second examination adds nothing to the first
    assert none.log_odds == one.log_odds


def test_the_row_says_how_the_clusters_were_combined() -> None:
    shown = view(score("alg", world(TWO_OBJECTS)))
    labels = [row.label for row in shown.rows]
    assert labels == ["organisation ORG1: 2 clusters combined, ρ 0.5"]


def test_several_bodies_examining_one_object_stand_alone() -> None:
    shared = (*TWO_OBJECTS, _exam("exam-3", party="ORG2", artifact="missile-1"))
    rows = _rows(shared)
    # missile-1 is examined by two bodies: its cluster stands alone, counted in full
    assert set(rows) == {"same artifact: missile-1", "same artifact: missile-2"}
    assert all(row.group is Group.ALONE for row in rows.values())
    assert score("alg", world(shared)).log_odds > score("alg", world(TWO_OBJECTS)).log_odds


def test_an_origin_stands_alone_whoever_repeats_it() -> None:
    report = _exam("report", origin="org1-report", kind=EvidenceKind.EXPERT_FINDING)
    rows = _rows((*TWO_OBJECTS, report))
    assert rows["same origin: org1-report"].group is Group.ALONE
    assert len(rows["organisation ORG1"].clusters) == 2


def test_a_refutation_by_another_party_leaves_the_cluster_in_its_organisation() -> None:
    doubt = spec(party="THD1", artifact="missile-1", stance=Stance.REFUTES).to_item("doubt")
    rows = _rows((*TWO_OBJECTS, doubt))
    (row,) = rows.values()
    assert row.key == "organisation ORG1"
    assert "doubt" in {m.item.id for m in row.members}


@given(
    st.lists(st.floats(0.0, 50.0) | st.just(-0.0), max_size=4),
    st.floats(0.0, 1.0),
)
def test_agg_is_its_formula_whatever_the_number_of_values(values: list[float], rho: float) -> None:
    """``agg`` takes a shortcut for one value; it must give what the formula gives, to the bit
    (fsum of -0.0 is 0.0)."""
    collected = sorted(values)
    expected = (1.0 - rho) * collected[-1] + rho * math.fsum(collected) if collected else 0.0
    assert math.copysign(1.0, agg(values, rho)) == math.copysign(1.0, expected)
    assert agg(values, rho) == expected

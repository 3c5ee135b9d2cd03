"""Examinations of an object are keyed by the object, whoever examined it; an interested
party's assertions stay in its camp, under the camp's cap."""

from __future__ import annotations

from typing import Any

import pytest

from evidtrack.model import EvidenceItem, EvidenceKind
from evidtrack.scoring import CAMP_ROLES, OBJECT_EXAMINATIONS, STANDARD, Group, score
from evidtrack.scoring.combine import logit, sigmoid
from tests.scoring.worlds import spec, world


def _item(item_id: str, party: str, **fields: Any) -> EvidenceItem:
    source = "research-A" if party.startswith("ORG") else "gov-A"
    return spec(party=party, source=source, **fields).to_item(item_id)


def _exam(item_id: str, party: str, artifact: str | None = "debris-1") -> EvidenceItem:
    return _item(item_id, party, kind=EvidenceKind.PHYSICAL_EXAMINATION, artifact=artifact)


def _rows(*items: EvidenceItem) -> dict[str, Any]:
    return {row.key: row for row in score("alg", world(items)).rows}


def test_the_victim_states_and_an_independent_bodys_examinations_share_the_object() -> None:
    rows = _rows(_exam("ally-exam", "ALY1"), _exam("org-exam", "ORG1"), _item("claim", "ACC1"))
    shared = rows["same artifact: debris-1"]
    assert shared.group is Group.ALONE
    assert {m.item.id for m in shared.members} == {"ally-exam", "org-exam"}
    # the ally's examination is not in the camp; the accuser's assertion is
    assert {m.item.id for m in rows["accuser camp"].members} == {"claim"}
    assessed = score("alg", world((_exam("ally-exam", "ALY1"), _exam("org-exam", "ORG1"))))
    assert {s.party for s in assessed.sources} == {"ALY1", "ORG1"}


@pytest.mark.parametrize("kind", sorted(OBJECT_EXAMINATIONS))
def test_an_interested_partys_examination_of_an_object_is_outside_the_camps_cap(
    kind: EvidenceKind,
) -> None:
    item = _item("exam", "ACC1", kind=kind, artifact="debris-1")
    (row,) = score("alg", world((item,))).rows
    assert row.group is Group.ALONE
    assert row.key == "same artifact: debris-1"
    # the role factor still discounts it
    assert row.members[0].weight == pytest.approx(
        STANDARD.kind_weight[kind] * 0.7 * STANDARD.role_supports[row.members[0].item.role]
    )


@pytest.mark.parametrize(
    "item",
    [
        _exam("no-artifact", "ACC1", artifact=None),
        _item("statement-about-debris", "ACC1", artifact="debris-1"),
        _item("assessment", "ALY1", kind=EvidenceKind.INTELLIGENCE_ASSESSMENT),
        _item(
            "repeated-exam",
            "ACC1",
            kind=EvidenceKind.PHYSICAL_EXAMINATION,
            artifact="debris-1",
            origin="one-release",
        ),
    ],
    ids=lambda item: item.id,
)
def test_an_interested_partys_assertions_stay_in_the_camp(item: EvidenceItem) -> None:
    (row,) = score("alg", world((item,))).rows
    assert row.group is Group.CAMP
    assert item.party in {"ACC1", "ALY1"}


def test_many_objects_examined_by_one_interested_party_are_not_bounded_by_the_camp_cap() -> None:
    # what the bounded-party property leaves out, on purpose: each object can be examined again
    exams = tuple(_exam(f"exam-{n}", "ACC1", artifact=f"debris-{n}") for n in range(4))
    assessed = score("alg", world(exams))
    assert assessed.likelihood > sigmoid(logit(STANDARD.prior) + STANDARD.camp_cap)
    assert all(m.item.role in CAMP_ROLES for row in assessed.rows for m in row.members)

"""A "no indication yet" stops counting only when its party publishes, strictly later, support at
least as direct, as credible and as reliable."""

from __future__ import annotations

from typing import Any

import pytest

from evidtrack.model import Credibility, Directness, EvidenceItem, EvidenceKind, PartialDate, Stance
from evidtrack.scoring import score
from tests.scoring.worlds import spec, world

CAVEAT = spec(
    party="ACC1",
    kind=EvidenceKind.NO_INDICATION,
    stance=Stance.REFUTES,
    source="gov-B",
    credibility=Credibility(2),
    directness=Directness.PARTIAL.number,
    published=PartialDate.parse("2022-09-06"),
).to_item("caveat")


def _claim(item_id: str = "claim", **changes: Any) -> EvidenceItem:
    fields: dict[str, Any] = {
        "party": "ACC1",
        "kind": EvidenceKind.INTELLIGENCE_ASSESSMENT,
        "source": "gov-B",
        "credibility": Credibility(2),
        "directness": Directness.PARTIAL.number,
        "published": PartialDate.parse("2022-11-02"),
        **changes,
    }
    return spec(**fields).to_item(item_id)


def _superseded(*items: EvidenceItem) -> str | None:
    assessed = score("alg", world((CAVEAT, *items)))
    reasons = [e.reason for e in assessed.excluded if e.id == "caveat"]
    return reasons[0] if reasons else None


def test_later_support_as_direct_as_credible_and_as_reliable_supersedes() -> None:
    reason = _superseded(_claim())
    assert reason is not None
    assert reason.startswith("'no indication yet' superseded by claim (same party, published after")


@pytest.mark.parametrize(
    ("why", "changes"),
    [
        ("the same day", {"published": PartialDate.parse("2022-09-06")}),
        ("a month that may hold an earlier day", {"published": PartialDate.parse("2022-09")}),
        ("earlier", {"published": PartialDate.parse("2022-09-05")}),
        ("less credible", {"credibility": Credibility(3)}),
        (
            "a 1 not confirmed outside the corpus is a 2, then less direct",
            {
                "credibility": Credibility(1),
                "directness": Directness.CIRCUMSTANTIAL.number,
            },
        ),
        ("less direct", {"directness": Directness.CIRCUMSTANTIAL.number}),
        ("from a less reliable source", {"source": "gov-C"}),
        ("from a source that cannot be judged", {"source": "gov-F"}),
        ("another party", {"party": "ACC2"}),
        ("refuting", {"stance": Stance.REFUTES}),
    ],
)
def test_weaker_same_day_or_other_support_does_not(why: str, changes: dict[str, Any]) -> None:
    assert _superseded(_claim(**changes)) is None, why


def test_a_confirmed_1_supersedes_a_2_and_the_message_names_every_superseding_item() -> None:
    stronger = _claim(
        "stronger",
        credibility=Credibility(1),
        credibility_note="confirmed outside the corpus",
        directness=Directness.DIRECT.number,
        source="gov-A",
    )
    reason = _superseded(_claim(), stronger)
    assert reason is not None
    assert "superseded by claim, stronger (" in reason


def test_the_day_after_is_later() -> None:
    assert _superseded(_claim(published=PartialDate.parse("2022-09-07"))) is not None
